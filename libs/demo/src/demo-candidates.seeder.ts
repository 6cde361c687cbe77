import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import {
  CandidateListService,
  CoordinatorStatus,
  EmployerCandidatesService,
  EmployerStatus,
  MatcherService,
  ShareRequestService,
  ShareRevocationService,
  ShareRequestStatus,
} from '@ytmt/matching';
import { NeedsService, NeedStage } from '@ytmt/needs';
import { NotificationService } from '@ytmt/notifications';
import { DataSource } from 'typeorm';
import { DEMO_CANDIDATES, DEMO_JOBSEEKERS, DEMO_LIST_PEOPLE, DemoCandidate, DemoJobseeker } from './demo-jobseekers';
import { DEMO_NEEDS, DemoNeed } from './demo-needs';
import { notifyPendingEvents } from './demo-marketplace.seeder';
import { demoNeedRow, loadDemoPrincipal } from './demo-needs.seeder';
import { demoProfileId } from './demo-talent.seeder';

export interface DemoCandidatesReport {
  /** match_result rows after the run. */
  suggestions: number;
  /** Candidate-list actions this run took (statuses, share requests and answers, presentations). */
  actions: number;
  /** Planned candidates the engine did not suggest, as "jobseeker → need"; they are left out. */
  missing: string[];
  /** Why nothing was done, or null. */
  skipped: string | null;
}

interface CandidateState {
  suggested: boolean;
  candidateId: string | null;
  coordinatorStatus: CoordinatorStatus | null;
  presented: boolean;
  employerStatus: EmployerStatus | null;
  shareStatus: ShareRequestStatus | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SHARE_DEADLINE_DAYS = 14;

/**
 * Computes the demo's suggestions and walks its candidate lists (DEMO_CANDIDATES) through the
 * services coordinators, jobseekers and employers use, as those people. The matcher runs here
 * in-process, without the worker's queues: the CLI starts no workers. Idempotent: every step
 * looks at where the candidate already is and does only what is still missing.
 */
@Injectable()
export class DemoCandidatesSeeder {
  private readonly logger = new Logger(DemoCandidatesSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matcher: MatcherService,
    private readonly lists: CandidateListService,
    private readonly shareRequests: ShareRequestService,
    private readonly employers: EmployerCandidatesService,
    private readonly needs: NeedsService,
    private readonly notifications: NotificationService,
    private readonly revocations: ShareRevocationService,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoCandidatesReport> {
    const report: DemoCandidatesReport = { suggestions: 0, actions: 0, missing: [], skipped: null };
    const [{ profiles }] = await this.dataSource.query('SELECT count(*)::int AS profiles FROM jobseeker_profile');
    if (profiles === 0) return { ...report, skipped: 'no jobseeker profiles to match (ESCO not loaded?)' };
    const total = DEMO_CANDIDATES.length + 2;
    progress('suggestions', 0, total);
    // A rematch re-announces strong matches (notifications), so it runs only when something changed.
    if (await this.suggestionsOutdated()) await this.matcher.rematchAll();
    progress('suggestions', 1, total);
    for (const [index, demo] of DEMO_CANDIDATES.entries()) {
      report.actions += await this.walk(demo, report.missing);
      progress(`${demo.jobseekerKey} → ${demo.needTitle}`, index + 2, total);
    }
    // The worker's sweep records expiries; run it now so the expired request shows as EXPIRED at once.
    await this.shareRequests.expireDue();
    report.actions += await this.fillUnfilled();
    // As the worker would after the hire: a filled need keeps only the suggestions someone acted on.
    if (report.actions > 0) await this.matcher.rematchAll();
    const [{ suggestions }] = await this.dataSource.query('SELECT count(*)::int AS suggestions FROM match_result');
    report.suggestions = suggestions;
    progress('done', total, total);
    if (report.missing.length > 0) this.logger.warn(`Not suggested by the engine, left out of the demo lists: ${report.missing.join('; ')}`);
    return report;
  }

  /** Takes one planned candidate as far as DEMO_CANDIDATES says; returns the number of actions. */
  private async walk(demo: DemoCandidate, missing: string[]): Promise<number> {
    const needDemo = demoNeed(demo.needTitle);
    const jobseeker = demoJobseeker(demo.jobseekerKey);
    const people = DEMO_LIST_PEOPLE[needDemo.companyKey];
    if (!people) throw new Error(`No demo coordinator runs the lists of ${needDemo.companyKey}`);
    const need = await demoNeedRow(this.dataSource, needDemo);
    const profileId = await demoProfileId(this.dataSource, jobseeker);
    const state = need && profileId ? await this.state(need.id, profileId) : null;
    if (!need || !profileId || !state || (!state.suggested && !state.candidateId)) {
      missing.push(`${demo.jobseekerKey} → ${demo.needTitle}`);
      return 0;
    }
    const coordinator = await loadDemoPrincipal(this.dataSource, people.coordinatorEmail);
    let actions = 0;
    if (demo.coordinatorStatus && state.coordinatorStatus !== demo.coordinatorStatus) {
      await this.lists.setStatus(coordinator, need.id, profileId, demo.coordinatorStatus);
      actions++;
    }
    if (demo.shareRequest && state.shareStatus === null) {
      actions += await this.shareRequest(coordinator, need.id, profileId, needDemo, jobseeker, demo.shareRequest);
    }
    if (demo.employerStatus) {
      if (!state.presented) {
        await this.lists.present(coordinator, need.id, profileId);
        if (demo.presentedDaysAgo) await this.backdatePresentation(need.id, profileId, demo.presentedDaysAgo);
        actions++;
      }
      const current = state.presented ? state.employerStatus : EmployerStatus.NEW;
      if (current !== demo.employerStatus) {
        const employer = await loadDemoPrincipal(this.dataSource, people.employerEmail);
        const { candidateId } = await this.state(need.id, profileId);
        await this.employers.setStatus(employer, candidateId as string, demo.employerStatus);
        actions++;
      }
    }
    return actions;
  }

  /**
   * A presentation the employer has left unanswered for weeks, as happens: the presentation and its
   * history entry move back in time, so the coordinators' report of candidacies awaiting closure
   * has something to show.
   */
  private async backdatePresentation(needId: string, profileId: string, daysAgo: number): Promise<void> {
    const at = new Date(Date.now() - daysAgo * DAY_MS);
    await this.dataSource.query(
      `WITH c AS (UPDATE candidate SET presented_at = $3 WHERE need_id = $1 AND profile_id = $2 RETURNING id)
       UPDATE candidate_event e SET at = $3 FROM c WHERE e.candidate_id = c.id AND e.kind = 'PRESENTED'`,
      [needId, profileId, at],
    );
  }

  /** Asks the jobseeker to share their identity, then takes the request to the planned outcome. */
  private async shareRequest(
    coordinator: Principal,
    needId: string,
    profileId: string,
    need: DemoNeed,
    jobseeker: DemoJobseeker,
    outcome: ShareRequestStatus,
  ): Promise<number> {
    const deadline = new Date(Date.now() + SHARE_DEADLINE_DAYS * DAY_MS);
    const message = `Työnantaja on kiinnostunut profiilistasi tehtävään "${need.title}". Saammeko kertoa nimesi ja yhteystietosi työnantajalle?`;
    await this.lists.requestShare(coordinator, needId, profileId, deadline, message);
    // The jobseeker is told now, while the request still waits: later it would be old news.
    await notifyPendingEvents(this.dataSource, this.notifications);
    const [request]: { id: string; candidate_id: string }[] = await this.dataSource.query(
      `SELECT s.id, s.candidate_id FROM share_request s JOIN candidate c ON c.id = s.candidate_id
        WHERE c.need_id = $1 AND c.profile_id = $2 AND s.status = 'REQUESTED'`,
      [needId, profileId],
    );
    switch (outcome) {
      case ShareRequestStatus.REQUESTED:
        return 1;
      case ShareRequestStatus.ACCEPTED:
      case ShareRequestStatus.DECLINED: {
        if (!jobseeker.userEmail) throw new Error(`Demo jobseeker ${jobseeker.key} has no account to answer a share request with`);
        await this.shareRequests.answer(await loadDemoPrincipal(this.dataSource, jobseeker.userEmail), request.id, outcome === ShareRequestStatus.ACCEPTED);
        return 2;
      }
      case ShareRequestStatus.CANCELLED:
        await this.lists.cancelShare(coordinator, needId, profileId);
        return 2;
      case ShareRequestStatus.EXPIRED: {
        // The service accepts only deadlines from an hour ahead, and the demo needs one that ran
        // out unanswered: move this request (and its history entry) two weeks back in time. The
        // expiry sweep in seed() then records it as EXPIRED, as the worker's sweep would.
        const requestedAt = new Date(Date.now() - (SHARE_DEADLINE_DAYS + 2) * DAY_MS);
        const pastDeadline = new Date(Date.now() - 2 * DAY_MS);
        await this.dataSource.query('UPDATE share_request SET requested_at = $2, deadline = $3 WHERE id = $1', [request.id, requestedAt, pastDeadline]);
        await this.dataSource.query(
          `UPDATE candidate_event SET at = $2, value = $3 WHERE candidate_id = $1 AND kind = 'SHARE_REQUESTED'`,
          [request.candidate_id, requestedAt, pastDeadline.toISOString()],
        );
        return 1;
      }
      case ShareRequestStatus.REVOKED: {
        // Accepted, then taken back: the employer saw the identity once, the audit log keeps that.
        if (!jobseeker.userEmail) throw new Error(`Demo jobseeker ${jobseeker.key} has no account to answer a share request with`);
        const principal = await loadDemoPrincipal(this.dataSource, jobseeker.userEmail);
        await this.shareRequests.answer(principal, request.id, true);
        await this.revocations.revoke(principal, request.id);
        return 3;
      }
    }
  }

  /**
   * A demo need meant to be FILLED is filled by the hire in DEMO_CANDIDATES. Should the engine
   * not have suggested that candidate, its author marks it filled, so the demo still shows the
   * whole 6T path.
   */
  private async fillUnfilled(): Promise<number> {
    let moved = 0;
    for (const demo of DEMO_NEEDS.filter((n) => n.targetStage === NeedStage.FILLED)) {
      const need = await demoNeedRow(this.dataSource, demo);
      if (!need || need.stage === NeedStage.FILLED || need.stage === NeedStage.CLOSED) continue;
      this.logger.warn(`Demo need "${demo.title}" was not filled through its candidate list; its author marks it filled`);
      await this.needs.moveStage(await loadDemoPrincipal(this.dataSource, demo.authorEmail), need.id, NeedStage.FILLED);
      moved++;
    }
    return moved;
  }

  /**
   * Whether a profile or a need changed after the stored suggestions were computed (or none are
   * stored). computed_at comes from this process's clock and updated_at from the database's: on
   * one machine they agree, and a skew could only cause an extra, harmless rematch in the window
   * between a seeding run and a change right after it.
   */
  private async suggestionsOutdated(): Promise<boolean> {
    const [row]: { outdated: boolean }[] = await this.dataSource.query(
      `SELECT (SELECT max(computed_at) FROM match_result) IS NULL
           OR (SELECT max(computed_at) FROM match_result) < greatest((SELECT max(updated_at) FROM jobseeker_profile), (SELECT max(updated_at) FROM need))
           AS outdated`,
    );
    return row.outdated;
  }

  private async state(needId: string, profileId: string): Promise<CandidateState> {
    const [row]: {
      suggested: boolean;
      candidate_id: string | null;
      coordinator_status: CoordinatorStatus | null;
      presented: boolean | null;
      employer_status: EmployerStatus | null;
      share_status: ShareRequestStatus | null;
    }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM match_result m WHERE m.need_id = $1 AND m.profile_id = $2) AS suggested,
              c.id AS candidate_id, c.coordinator_status, c.presented_at IS NOT NULL AS presented, c.employer_status,
              (SELECT s.status FROM share_request s WHERE s.candidate_id = c.id ORDER BY s.requested_at DESC LIMIT 1) AS share_status
         FROM (SELECT 1) one LEFT JOIN candidate c ON c.need_id = $1 AND c.profile_id = $2 AND c.withdrawn_at IS NULL`,
      [needId, profileId],
    );
    return {
      suggested: row.suggested,
      candidateId: row.candidate_id,
      coordinatorStatus: row.coordinator_status,
      presented: row.presented ?? false,
      employerStatus: row.employer_status,
      shareStatus: row.share_status,
    };
  }
}

function demoNeed(title: string): DemoNeed {
  const need = DEMO_NEEDS.find((n) => n.title === title);
  if (!need) throw new Error(`No demo need is titled ${title}`);
  return need;
}

function demoJobseeker(key: string): DemoJobseeker {
  const jobseeker = DEMO_JOBSEEKERS.find((j) => j.key === key);
  if (!jobseeker) throw new Error(`No demo jobseeker has the key ${key}`);
  return jobseeker;
}
