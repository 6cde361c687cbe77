import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditService, employmentAreasWithRole, OutboxService, Principal, Role } from '@ytmt/core';
import { notificationMessage, NotificationType, shareRequestReminderKey } from '@ytmt/events';
import { NeedsService, NeedStage } from '@ytmt/needs';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateAccessReader, NeedForList } from './candidate-access.service';
import { CandidateSource, CoordinatorStatus, EmployerStatus, ShareRequestStatus } from './candidate.enums';
import { CandidatePolicy } from './candidate.policy';
import { needPseudonym, needReference } from './candidate-pseudonyms';
import { CandidateListEntryType } from './dto/candidate.types';
import { Candidate } from './entities/candidate.entity';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import type { MatchExplanation } from './engine';
import { explanationSkillUris, toExplanationType } from './explanation.mapper';
import { MatchingErrorCode, MatchingException } from './matching.exception';

// Mirrors isConsentActive in the talent lib, for list queries.
export const ACTIVE_CONSENT_SQL = (scope: string, profile = 'p.id') =>
  `EXISTS (SELECT 1 FROM consent c WHERE c.profile_id = ${profile} AND c.scope = '${scope}' AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))`;

interface ListRow {
  profile_id: string;
  employment_area_id: string | null;
  share_adjustments: boolean;
  candidate_id: string | null;
  source: CandidateSource | null;
  score: number | null;
  engine_version: string | null;
  computed_at: Date | null;
  explanation: MatchExplanation | null;
  coordinator_status: CoordinatorStatus | null;
  presented_at: Date | null;
  employer_status: EmployerStatus | null;
  share_id: string | null;
  share_status: ShareRequestStatus | null;
  share_deadline: Date | null;
  share_requested_at: Date | null;
  share_answered_at: Date | null;
}

const MIN_DEADLINE_MS = 60 * 60 * 1000;
const MAX_DEADLINE_MS = 60 * 24 * 3600 * 1000;

/**
 * A need's candidate list as its coordinators run it: the engine's suggestions, the coordinators'
 * statuses, share requests, presentation. Only people with a valid MATCHING consent appear, and
 * every row shown is an audited view of that person.
 */
@Injectable()
export class CandidateListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly audit: AuditService,
    private readonly needs: NeedsService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(principal: Principal, needId: string): Promise<CandidateListEntryType[]> {
    const need = await this.reader.need(needId);
    CandidatePolicy.assertCanRunList(principal, need.access);
    const rows: ListRow[] = await this.dataSource.query(
      `WITH pairs AS (
         SELECT profile_id FROM match_result WHERE need_id = $1
         UNION SELECT profile_id FROM candidate WHERE need_id = $1 AND withdrawn_at IS NULL)
       SELECT p.id AS profile_id, p.employment_area_id, ${ACTIVE_CONSENT_SQL('SHARE_ADJUSTMENT_NEEDS')} AS share_adjustments, c.id AS candidate_id, c.source, m.score, m.engine_version, m.computed_at, m.explanation,
              c.coordinator_status, c.presented_at, c.employer_status,
              s.id AS share_id, s.status AS share_status, s.deadline AS share_deadline, s.requested_at AS share_requested_at, s.answered_at AS share_answered_at
         FROM pairs JOIN jobseeker_profile p ON p.id = pairs.profile_id
         LEFT JOIN match_result m ON m.need_id = $1 AND m.profile_id = p.id
         LEFT JOIN candidate c ON c.need_id = $1 AND c.profile_id = p.id AND c.withdrawn_at IS NULL
         LEFT JOIN LATERAL (SELECT * FROM share_request sr WHERE sr.candidate_id = c.id ORDER BY sr.requested_at DESC LIMIT 1) s ON true
        WHERE ${ACTIVE_CONSENT_SQL('MATCHING')}
        ORDER BY m.score DESC NULLS LAST, p.id`,
      [needId],
    );
    const label = await this.reader.skillLabels(rows.flatMap((r) => explanationSkillUris(r.explanation)));
    await this.audit.recordMany(
      rows.map((row) => ({
        actorUserId: principal.userId,
        action: 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: row.profile_id,
        organizationId: need.organizationId,
        details: { needId, view: 'COORDINATOR_LIST' },
      })),
    );
    const ownAreas = employmentAreasWithRole(principal, Role.COORDINATOR);
    const secret = this.config.privacy.pseudonymSecret;
    return rows.map((row) => {
      // Coordinators of the person's own area keep the profile with them and see it whole; others
      // get what the person's consents allow, under a name and id valid on this list only.
      const ownArea = row.employment_area_id !== null && ownAreas.includes(row.employment_area_id);
      const workAbilityDetails = ownArea || row.share_adjustments;
      return {
      needId,
      subjectProfileId: row.profile_id,
      workAbilityDetails,
      profileId: ownArea ? row.profile_id : needReference(secret, needId, row.profile_id),
      pseudonym: needPseudonym(secret, needId, row.profile_id),
      candidateId: row.candidate_id,
      source: row.source ?? CandidateSource.SUGGESTED,
      score: row.score,
      engineVersion: row.engine_version,
      computedAt: row.computed_at,
      explanation: row.explanation && toExplanationType(row.explanation, label, { workAbilityDetails, exactDistance: ownArea }),
      coordinatorStatus: row.coordinator_status,
      shareRequest: row.share_id
        ? {
            id: row.share_id,
            status: effectiveShareStatus(row.share_status as ShareRequestStatus, row.share_deadline as Date),
            deadline: row.share_deadline as Date,
            requestedAt: row.share_requested_at as Date,
            answeredAt: row.share_answered_at,
          }
        : null,
      presentedAt: row.presented_at,
      employerStatus: row.employer_status,
      };
    });
  }

  async setStatus(principal: Principal, needId: string, profileId: string, status: CoordinatorStatus): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { candidate } = await this.candidateFor(manager, principal, needId, profileId);
      await manager.getRepository(Candidate).update(candidate.id, { coordinatorStatus: status });
      await this.event(manager, candidate.id, 'COORDINATOR_STATUS', status, principal.userId);
    });
  }

  async requestShare(principal: Principal, needId: string, profileId: string, deadline: Date, message: string | null): Promise<void> {
    const wait = deadline.getTime() - Date.now();
    if (wait < MIN_DEADLINE_MS || wait > MAX_DEADLINE_MS) {
      throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'input.deadline', 'must be between one hour and 60 days from now');
    }
    await this.dataSource.transaction(async (manager) => {
      const { candidate } = await this.candidateFor(manager, principal, needId, profileId);
      const open = await manager.getRepository(ShareRequest).findOneBy({ candidateId: candidate.id, status: ShareRequestStatus.REQUESTED });
      if (open && open.deadline.getTime() > Date.now()) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_OPEN, 'input.profileId', 'a share request is already waiting for an answer');
      }
      if (open) {
        await manager.getRepository(ShareRequest).update(open.id, { status: ShareRequestStatus.EXPIRED });
        await this.event(manager, candidate.id, 'SHARE_EXPIRED', null, null);
      }
      const { identifiers } = await manager.getRepository(ShareRequest).insert({
        candidateId: candidate.id,
        profileId: candidate.profileId,
        status: ShareRequestStatus.REQUESTED,
        deadline,
        message,
        requestedByUserId: principal.userId,
      });
      const shareRequestId = identifiers[0].id as string;
      await this.event(manager, candidate.id, 'SHARE_REQUESTED', deadline.toISOString(), principal.userId);
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.SHARE_REQUEST, shareRequestId }));
      await this.outbox.add(
        manager,
        notificationMessage(
          { type: NotificationType.SHARE_REQUEST_REMINDER, shareRequestId },
          // The reconciler re-derives the same job (same id) if Redis loses it.
          { notBefore: reminderTime(deadline), dedupeKey: shareRequestReminderKey(shareRequestId) },
        ),
      );
    });
  }

  async cancelShare(principal: Principal, needId: string, profileId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { candidate } = await this.candidateFor(manager, principal, needId, profileId);
      const result = await manager.getRepository(ShareRequest).update(
        { candidateId: candidate.id, status: ShareRequestStatus.REQUESTED },
        { status: ShareRequestStatus.CANCELLED, answeredAt: new Date() },
      );
      if (!result.affected) throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'input.profileId', 'no share request is waiting');
      await this.event(manager, candidate.id, 'SHARE_CANCELLED', null, principal.userId);
    });
  }

  /**
   * Shows the candidate to the employer: needs the jobseeker's consent to an anonymised card
   * (ANONYMOUS_VISIBILITY) or an accepted share request for this need. Moves the need to OFFERED.
   */
  async present(principal: Principal, needId: string, profileId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { candidate } = await this.candidateFor(manager, principal, needId, profileId);
      if (candidate.presentedAt) return;
      const [row] = await manager.query(
        `SELECT ${ACTIVE_CONSENT_SQL('ANONYMOUS_VISIBILITY', '$1::uuid')} AS visible,
                EXISTS (SELECT 1 FROM share_request WHERE candidate_id = $2 AND status = 'ACCEPTED') AS shared`,
        [candidate.profileId, candidate.id],
      );
      if (!row.visible && !row.shared) {
        throw MatchingException.field(
          MatchingErrorCode.NO_CONSENT,
          'input.profileId',
          'the jobseeker has neither allowed an anonymised card nor accepted a share request for this need',
        );
      }
      await manager.getRepository(Candidate).update(candidate.id, { presentedAt: new Date(), employerStatus: EmployerStatus.NEW });
      await this.event(manager, candidate.id, 'PRESENTED', null, principal.userId);
      await this.needs.advanceTo(manager, needId, NeedStage.OFFERED, principal.userId);
    });
  }

  /** The candidate row for a pair, created from the engine's suggestion on first action. */
  private async candidateFor(manager: EntityManager, principal: Principal, needId: string, given: string): Promise<{ need: NeedForList; candidate: Candidate }> {
    const need = await this.reader.need(needId, manager, 'input.needId');
    CandidatePolicy.assertCanRunList(principal, need.access);
    const profileId = await this.resolveProfileId(manager, needId, given);
    const [consent] = await manager.query(`SELECT ${ACTIVE_CONSENT_SQL('MATCHING', '$1::uuid')} AS ok`, [profileId]);
    const [suggested] = await manager.query('SELECT 1 FROM match_result WHERE need_id = $1 AND profile_id = $2', [needId, profileId]);
    const repository = manager.getRepository(Candidate);
    let candidate = await repository.findOne({ where: { needId, profileId }, lock: { mode: 'pessimistic_write' } });
    if (!consent?.ok || (!suggested && (!candidate || candidate.withdrawnAt))) {
      throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.profileId', 'not a candidate for this need');
    }
    if (!candidate) {
      await repository.createQueryBuilder().insert().values({ needId, profileId, source: CandidateSource.SUGGESTED }).orIgnore().execute();
      candidate = (await repository.findOne({ where: { needId, profileId }, lock: { mode: 'pessimistic_write' } })) as Candidate;
    } else if (candidate.withdrawnAt) {
      // Consent given again after a withdrawal: the earlier candidacy starts over.
      await repository.update(candidate.id, { withdrawnAt: null, coordinatorStatus: null, presentedAt: null, employerStatus: null });
      candidate = (await repository.findOneBy({ id: candidate.id })) as Candidate;
    }
    return { need, candidate };
  }

  /** The profile behind a list's reference (or a profile id itself); unknown ones are not candidates. */
  private async resolveProfileId(manager: EntityManager, needId: string, given: string): Promise<string> {
    const rows: { profile_id: string }[] = await manager.query(
      `SELECT profile_id FROM match_result WHERE need_id = $1 UNION SELECT profile_id FROM candidate WHERE need_id = $1 AND profile_id IS NOT NULL`,
      [needId],
    );
    const secret = this.config.privacy.pseudonymSecret;
    const found = rows.find((row) => row.profile_id === given || needReference(secret, needId, row.profile_id) === given);
    if (!found) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.profileId', 'not a candidate for this need');
    return found.profile_id;
  }

  private async event(manager: EntityManager, candidateId: string, kind: string, value: string | null, byUserId: string | null): Promise<void> {
    await manager.getRepository(CandidateEvent).insert({ candidateId, kind, value, byUserId });
  }
}

/** A day before the deadline; for short deadlines, halfway there. */
export function reminderTime(deadline: Date, now: Date = new Date()): Date {
  const dayBefore = deadline.getTime() - 24 * 3600 * 1000;
  const halfway = now.getTime() + (deadline.getTime() - now.getTime()) / 2;
  return new Date(Math.max(dayBefore, halfway));
}

/** A request past its deadline is expired whether or not the sweep has recorded it yet. */
export function effectiveShareStatus(status: ShareRequestStatus, deadline: Date, now: Date = new Date()): ShareRequestStatus {
  return status === ShareRequestStatus.REQUESTED && deadline.getTime() <= now.getTime() ? ShareRequestStatus.EXPIRED : status;
}
