import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { NeedsService, NeedStage } from '@ytmt/needs';
import { auditActor, CandidateProfileFacts, CandidateProfileReader, ConsentScope } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateAccessReader } from './candidate-access.service';
import { toCandidateCard } from './candidate-card';
import { CandidacyClosures, closureReason, toClosure } from './candidacy-closures.service';
import { CandidacyProgressService, hireReliedOnCarvedRole } from './candidacy-progress.service';
import { CandidacyOutcome, EmployerStatus, ShareRequestStatus } from './candidate.enums';
import { CandidatePolicy } from './candidate.policy';
import { CandidateCardType } from './dto/candidate.types';
import { Candidate } from './entities/candidate.entity';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import type { MatchExplanation } from './engine';
import { explanationSkillUris } from './explanation.mapper';
import { MatchingErrorCode, MatchingException } from './matching.exception';

interface CardRow {
  candidate_id: string;
  profile_id: string;
  presented_at: Date;
  employer_status: EmployerStatus;
  score: number | null;
  explanation: MatchExplanation | null;
  shared: boolean;
  closed_at: Date | null;
  closure_outcome: CandidacyOutcome | null;
  closure_reason: string | null;
}

/** The employer's side: presented candidates as anonymised cards, and the employer's statuses. */
@Injectable()
export class EmployerCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly profiles: CandidateProfileReader,
    private readonly audit: AuditService,
    private readonly needs: NeedsService,
    private readonly closures: CandidacyClosures,
    private readonly progress: CandidacyProgressService,
  ) {}

  async presented(principal: Principal, needId: string): Promise<CandidateCardType[]> {
    const need = await this.reader.need(needId);
    CandidatePolicy.assertIsEmployer(principal, need.access);
    // Checked on every read, not by a job: a card is shown only while the consent it was presented
    // under (ANONYMOUS_VISIBILITY) holds or a share request for this need stands accepted, so a
    // withdrawal or a revocation takes effect at once. Identities are read only where a share
    // request for this need stands accepted (a revoked one no longer counts).
    const presented: CardRow[] = await this.dataSource.query(
      `SELECT c.id AS candidate_id, c.profile_id, c.presented_at, c.employer_status, c.closed_at, c.closure_outcome, c.closure_reason, m.score, m.explanation,
              EXISTS (SELECT 1 FROM share_request s WHERE s.candidate_id = c.id AND s.status = 'ACCEPTED') AS shared
         FROM candidate c
         LEFT JOIN match_result m ON m.need_id = c.need_id AND m.profile_id = c.profile_id
        WHERE c.need_id = $1 AND c.presented_at IS NOT NULL AND c.withdrawn_at IS NULL AND c.profile_id IS NOT NULL
        ORDER BY c.presented_at, c.id`,
      [needId],
    );
    const consents = await this.profiles.consentsOf(presented.map((row) => row.profile_id));
    const rows = presented.filter((row) => {
      const scopes = consents.get(row.profile_id)?.activeScopes;
      return scopes?.has(ConsentScope.MATCHING) && (scopes.has(ConsentScope.ANONYMOUS_VISIBILITY) || row.shared);
    });
    const facts = await this.profiles.cardFactsOf(rows.map((row) => row.profile_id));
    const identities = await this.profiles.identitiesOf(rows.filter((row) => row.shared).map((row) => row.profile_id));
    const label = await this.reader.skillLabels(rows.flatMap((r) => explanationSkillUris(r.explanation)));
    const progress = await this.progress.ofCandidates(rows.map((row) => row.candidate_id));
    await this.audit.recordMany(
      rows.map((row) => ({
        actorUserId: principal.userId,
        action: row.shared ? 'candidate.view_identity' : 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: row.profile_id,
        organizationId: need.organizationId,
        details: { needId, candidateId: row.candidate_id, view: 'EMPLOYER_CARD', ...auditActor(principal, { organizationIds: [need.organizationId] }) },
      })),
    );
    return rows.map((row, index) => {
      const profile = facts.get(row.profile_id) as CandidateProfileFacts;
      return toCandidateCard(
        {
          candidateId: row.candidate_id,
          position: index + 1,
          score: row.score,
          explanation: row.explanation,
          ...profile,
          presentedAt: row.presented_at,
          employerStatus: row.employer_status,
          shareAdjustmentNeeds: consents.get(row.profile_id)?.activeScopes.has(ConsentScope.SHARE_ADJUSTMENT_NEEDS) ?? false,
          identity: row.shared ? (identities.get(row.profile_id) ?? null) : null,
          // The reason reaches the employer only when it is their own (their NOT_SELECTED or HIRED); a coordinator's stays with the coordinators and the jobseeker.
          closure: toClosure(row.closed_at, row.closure_outcome, (row.closure_outcome as string | null) === row.employer_status ? row.closure_reason : null),
          progress: progress.get(row.candidate_id) ?? [],
        },
        label,
      );
    });
  }

  private async explanationOf(manager: EntityManager, candidate: Candidate): Promise<MatchExplanation | null> {
    const [row]: { explanation: MatchExplanation | null }[] = await manager.query(`SELECT explanation FROM match_result WHERE need_id = $1 AND profile_id = $2`, [
      candidate.needId,
      candidate.profileId,
    ]);
    return row?.explanation ?? null;
  }

  /** The employer's status of a presented candidate; enough hires fill the need. */
  async setStatus(principal: Principal, candidateId: string, status: EmployerStatus, reason: string | null = null): Promise<CandidateCardType> {
    const given = closureReason(reason);
    if (!isUUID(candidateId)) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
    const needId = await this.dataSource.transaction(async (manager) => {
      // The need first (a hire may fill it), then the candidate: the order a stage change locks in.
      const found = await manager.getRepository(Candidate).findOne({ where: { id: candidateId }, select: { id: true, needId: true } });
      if (!found) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
      await this.needs.lockForChange(manager, found.needId);
      const candidate = await manager.getRepository(Candidate).findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
      const need = await this.reader.need(candidate.needId, manager, 'input.candidateId');
      CandidatePolicy.assertIsEmployer(principal, need.access);
      const visible =
        candidate.profileId !== null &&
        ((await this.profiles.hasActiveConsent(candidate.profileId, ConsentScope.ANONYMOUS_VISIBILITY, manager)) ||
          (await manager.getRepository(ShareRequest).existsBy({ candidateId: candidate.id, status: ShareRequestStatus.ACCEPTED })));
      if (!candidate.presentedAt || candidate.withdrawnAt || !candidate.profileId || !visible) {
        throw MatchingException.field(MatchingErrorCode.NOT_PRESENTED, 'input.candidateId', 'the candidate has not been presented to you');
      }
      // At a hire, only whether it relied on a carved role or offered adjustments is kept (for the indicators).
      const hiredIntoCarvedRole = status === EmployerStatus.HIRED ? hireReliedOnCarvedRole(await this.explanationOf(manager, candidate)) : null;
      await manager.getRepository(Candidate).update(candidate.id, { employerStatus: status, hiredIntoCarvedRole });
      await manager.getRepository(CandidateEvent).insert({ candidateId, kind: 'EMPLOYER_STATUS', value: status, byUserId: principal.userId });
      if (status === EmployerStatus.NOT_SELECTED || status === EmployerStatus.HIRED) {
        const outcome = status === EmployerStatus.HIRED ? CandidacyOutcome.HIRED : CandidacyOutcome.NOT_SELECTED;
        await this.closures.close(manager, [candidate.id], outcome, principal.userId, given);
      }
      if (status === EmployerStatus.HIRED) {
        const [row] = await manager.query(`SELECT count(*)::int AS hired FROM candidate WHERE need_id = $1 AND employer_status = 'HIRED'`, [need.id]);
        if ((row.hired as number) >= need.positions) await this.needs.advanceTo(manager, need.id, NeedStage.FILLED, principal.userId);
      }
      return need.id;
    });
    const card = (await this.presented(principal, needId)).find((c) => c.candidateId === candidateId);
    if (!card) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
    return card;
  }
}
