import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { NeedsPolicy } from '@ytmt/needs';
import { ConsentScope, CandidateProfileReader } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateAccessReader } from './candidate-access.service';
import { CandidacyProgress, EmployerStatus, ShareRequestStatus } from './candidate.enums';
import { CandidatePolicy } from './candidate.policy';
import type { CandidacyProgressType } from './dto/candidate.types';
import { Candidate } from './entities/candidate.entity';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import type { MatchExplanation } from './engine';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/** The candidate event kind a progress outcome is recorded as (value: a CandidacyProgress). */
export const PROGRESS_EVENT = 'PROGRESS';

/**
 * Whether a hire relied on the role being carved (separable tasks carved out) or on adjustments
 * the need offers: a precision-capable person filled the role that way. Pure.
 */
export function hireReliedOnCarvedRole(explanation: MatchExplanation | null): boolean {
  if (!explanation) return false;
  return explanation.carvedOutTaskIds.length > 0 || explanation.adjustmentsRelied.length > 0 || explanation.tasks.some((t) => t.outcome !== 'WITHIN');
}

/**
 * Progress outcomes of a presented or hired candidacy (work trial, apprenticeship, training
 * started, pay-subsidised job), recorded by the need's company or by coordinators of its areas.
 * Each is a candidate event (the audited history), recorded once: recording it again changes nothing.
 */
@Injectable()
export class CandidacyProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly profiles: CandidateProfileReader,
  ) {}

  async record(principal: Principal, candidateId: string, progress: CandidacyProgress): Promise<CandidacyProgressType[]> {
    if (!isUUID(candidateId)) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
    if (!Object.values(CandidacyProgress).includes(progress)) throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'input.progress', 'not a progress outcome');
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.getRepository(Candidate).findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
      const need = await this.reader.need(candidate.needId, manager, 'input.candidateId');
      const employer = NeedsPolicy.isEmployerOf(principal, need.access);
      if (employer) CandidatePolicy.assertIsEmployer(principal, need.access);
      else CandidatePolicy.assertCanRunList(principal, need.access);
      const presented = candidate.presentedAt !== null || candidate.employerStatus === EmployerStatus.HIRED;
      // The employer acts only on candidates still shown to them (as setEmployerCandidateStatus).
      const visible =
        !employer ||
        (candidate.profileId !== null &&
          ((await this.profiles.hasActiveConsent(candidate.profileId, ConsentScope.ANONYMOUS_VISIBILITY, manager)) ||
            (await manager.getRepository(ShareRequest).existsBy({ candidateId: candidate.id, status: ShareRequestStatus.ACCEPTED }))));
      if (!presented || candidate.withdrawnAt || !candidate.profileId || !visible) {
        throw MatchingException.field(MatchingErrorCode.NOT_PRESENTED, 'input.candidateId', 'progress is recorded for presented candidates only');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(CandidateEvent)
        .values({ candidateId, kind: PROGRESS_EVENT, value: progress, byUserId: principal.userId })
        .orIgnore()
        .execute();
    });
    return (await this.ofCandidates([candidateId])).get(candidateId) ?? [];
  }

  /** The progress recorded on each candidacy, in the order recorded. */
  async ofCandidates(candidateIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CandidacyProgressType[]>> {
    const result = new Map<string, CandidacyProgressType[]>();
    if (candidateIds.length === 0) return result;
    const rows: { candidate_id: string; value: CandidacyProgress; at: Date }[] = await manager.query(
      `SELECT candidate_id, value, at FROM candidate_event WHERE kind = $2 AND candidate_id = ANY($1::uuid[]) ORDER BY at, value`,
      [[...new Set(candidateIds)], PROGRESS_EVENT],
    );
    for (const row of rows) {
      const list = result.get(row.candidate_id) ?? [];
      list.push({ progress: row.value, at: row.at });
      result.set(row.candidate_id, list);
    }
    return result;
  }
}
