import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, OutboxService, Principal } from '@ytmt/core';
import { notificationMessage, NotificationType, shareRequestReminderKey } from '@ytmt/events';
import { NeedsService, NeedStage } from '@ytmt/needs';
import { CandidateProfileReader, ConsentScope } from '@ytmt/talent';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateAccessReader, NeedForList } from './candidate-access.service';
import { CandidacyClosures, closureReason } from './candidacy-closures.service';
import { CandidacyOutcome, CandidateSource, CoordinatorStatus, EmployerStatus, ShareRequestStatus } from './candidate.enums';
import { CandidatePolicy } from './candidate.policy';
import { needReference } from './candidate-pseudonyms';
import { Candidate } from './entities/candidate.entity';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import { MatchingErrorCode, MatchingException } from './matching.exception';

const MIN_DEADLINE_MS = 60 * 60 * 1000;
const MAX_DEADLINE_MS = 60 * 24 * 3600 * 1000;

/**
 * What coordinators do on a need's candidate list: their statuses, share requests, presentation.
 * Each action acts on a person still listed (a valid MATCHING consent); CandidateListQuery reads
 * the list.
 */
@Injectable()
export class CandidateListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly profiles: CandidateProfileReader,
    private readonly needs: NeedsService,
    private readonly outbox: OutboxService,
    private readonly closures: CandidacyClosures,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The mutations below return the real profile id of the candidate they changed, for `entry`. */
  async setStatus(principal: Principal, needId: string, profileId: string, status: CoordinatorStatus, reason: string | null = null): Promise<string> {
    const given = closureReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const { candidate, subjectProfileId } = await this.candidateFor(manager, principal, needId, profileId);
      await manager.getRepository(Candidate).update(candidate.id, { coordinatorStatus: status });
      await this.event(manager, candidate.id, 'COORDINATOR_STATUS', status, principal.userId);
      // Set aside after the jobseeker heard of it (a share request or a presentation): they are told they were not selected.
      if (status === CoordinatorStatus.NOT_RELEVANT || status === CoordinatorStatus.NOT_INTERESTED) {
        const known = candidate.presentedAt !== null || (await manager.getRepository(ShareRequest).existsBy({ candidateId: candidate.id }));
        if (known) await this.closures.close(manager, [candidate.id], CandidacyOutcome.NOT_SELECTED, principal.userId, given);
      }
      return subjectProfileId;
    });
  }

  async requestShare(principal: Principal, needId: string, profileId: string, deadline: Date, message: string | null): Promise<string> {
    const wait = deadline.getTime() - Date.now();
    if (wait < MIN_DEADLINE_MS || wait > MAX_DEADLINE_MS) {
      throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'input.deadline', 'must be between one hour and 60 days from now');
    }
    return this.dataSource.transaction(async (manager) => {
      const { candidate, subjectProfileId } = await this.candidateFor(manager, principal, needId, profileId);
      const open = await manager.getRepository(ShareRequest).findOneBy({ candidateId: candidate.id, status: ShareRequestStatus.REQUESTED });
      if (open && open.deadline.getTime() > Date.now()) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_OPEN, 'input.profileId', 'a share request is already waiting for an answer');
      }
      await this.closures.reopen(manager, candidate.id, principal.userId);
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
      return subjectProfileId;
    });
  }

  async cancelShare(principal: Principal, needId: string, profileId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { candidate, subjectProfileId } = await this.candidateFor(manager, principal, needId, profileId);
      const result = await manager.getRepository(ShareRequest).update(
        { candidateId: candidate.id, status: ShareRequestStatus.REQUESTED },
        { status: ShareRequestStatus.CANCELLED, answeredAt: new Date() },
      );
      if (!result.affected) throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'input.profileId', 'no share request is waiting');
      await this.event(manager, candidate.id, 'SHARE_CANCELLED', null, principal.userId);
      await this.closures.close(manager, [candidate.id], CandidacyOutcome.CANCELLED, principal.userId);
      return subjectProfileId;
    });
  }

  /**
   * Shows the candidate to the employer: needs the jobseeker's consent to an anonymised card
   * (ANONYMOUS_VISIBILITY) or an accepted share request for this need. Moves the need to OFFERED.
   */
  async present(principal: Principal, needId: string, profileId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // The need first (presenting may move its stage), then the candidate: the order a stage change locks in.
      CandidatePolicy.assertCanRunList(principal, (await this.reader.need(needId, manager, 'input.needId')).access);
      await this.needs.lockForChange(manager, needId);
      const { candidate, subjectProfileId } = await this.candidateFor(manager, principal, needId, profileId);
      if (candidate.presentedAt) return subjectProfileId;
      const visible = await this.profiles.hasActiveConsent(subjectProfileId, ConsentScope.ANONYMOUS_VISIBILITY, manager);
      const shared = await manager.getRepository(ShareRequest).existsBy({ candidateId: candidate.id, status: ShareRequestStatus.ACCEPTED });
      if (!visible && !shared) {
        throw MatchingException.field(
          MatchingErrorCode.NO_CONSENT,
          'input.profileId',
          'the jobseeker has neither allowed an anonymised card nor accepted a share request for this need',
        );
      }
      await this.closures.reopen(manager, candidate.id, principal.userId);
      await manager.getRepository(Candidate).update(candidate.id, { presentedAt: new Date(), employerStatus: EmployerStatus.NEW });
      await this.event(manager, candidate.id, 'PRESENTED', null, principal.userId);
      await this.needs.advanceTo(manager, needId, NeedStage.OFFERED, principal.userId);
      return subjectProfileId;
    });
  }

  /** The candidate row for a pair, created from the engine's suggestion on first action. */
  private async candidateFor(
    manager: EntityManager,
    principal: Principal,
    needId: string,
    given: string,
  ): Promise<{ need: NeedForList; candidate: Candidate; subjectProfileId: string }> {
    const need = await this.reader.need(needId, manager, 'input.needId');
    CandidatePolicy.assertCanRunList(principal, need.access);
    const profileId = await this.resolveProfileId(manager, needId, given);
    const consented = await this.profiles.hasActiveConsent(profileId, ConsentScope.MATCHING, manager);
    const [suggested] = await manager.query('SELECT 1 FROM match_result WHERE need_id = $1 AND profile_id = $2', [needId, profileId]);
    const repository = manager.getRepository(Candidate);
    let candidate = await repository.findOne({ where: { needId, profileId }, lock: { mode: 'pessimistic_write' } });
    if (!consented || (!suggested && (!candidate || candidate.withdrawnAt))) {
      throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.profileId', 'not a candidate for this need');
    }
    if (!candidate) {
      await repository.createQueryBuilder().insert().values({ needId, profileId, source: CandidateSource.SUGGESTED }).orIgnore().execute();
      candidate = (await repository.findOne({ where: { needId, profileId }, lock: { mode: 'pessimistic_write' } })) as Candidate;
    } else if (candidate.withdrawnAt) {
      // Consent given again after a withdrawal: the earlier candidacy starts over.
      await repository.update(candidate.id, { withdrawnAt: null, coordinatorStatus: null, presentedAt: null, employerStatus: null, closedAt: null, closureOutcome: null, closureReason: null, hiredIntoCarvedRole: null });
      candidate = (await repository.findOneBy({ id: candidate.id })) as Candidate;
    }
    return { need, candidate, subjectProfileId: profileId };
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

