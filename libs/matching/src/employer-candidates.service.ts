import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { Adjustment, LanguageLevel, NeedsService, NeedStage } from '@ytmt/needs';
import { EducationLevel } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CandidateAccessReader } from './candidate-access.service';
import { toCandidateCard } from './candidate-card';
import { EmployerStatus } from './candidate.enums';
import { ACTIVE_CONSENT_SQL } from './candidate-list.service';
import { CandidatePolicy } from './candidate.policy';
import { CandidateCardType } from './dto/candidate.types';
import { Candidate } from './entities/candidate.entity';
import { CandidateEvent } from './entities/candidate-event.entity';
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
  occupations: { uri: string; label: string }[];
  languages: { language: string; level: LanguageLevel }[];
  driving_licences: string[];
  education_level: EducationLevel | null;
  hours_min: number | null;
  hours_max: number | null;
  remote_ok: boolean;
  adjustments_needed: Adjustment[] | null;
  share_adjustments: boolean;
  shared: boolean;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
}

/** The employer's side: presented candidates as anonymised cards, and the employer's statuses. */
@Injectable()
export class EmployerCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly audit: AuditService,
    private readonly needs: NeedsService,
  ) {}

  async presented(principal: Principal, needId: string): Promise<CandidateCardType[]> {
    const need = await this.reader.need(needId);
    CandidatePolicy.assertIsEmployer(principal, need.access);
    // Checked on every read, not by a job: a card is shown only while the consent it was presented
    // under (ANONYMOUS_VISIBILITY) holds or a share request for this need stands accepted, so a
    // withdrawal or a revocation takes effect at once. Identity columns are joined only where a
    // share request for this need stands accepted (a revoked one no longer counts).
    const rows: CardRow[] = await this.dataSource.query(
      `SELECT c.id AS candidate_id, p.id AS profile_id, c.presented_at, c.employer_status, m.score, m.explanation,
              coalesce((SELECT json_agg(json_build_object('uri', o.occupation_uri, 'label', o.label) ORDER BY o.label) FROM profile_occupation o WHERE o.profile_id = p.id AND NOT o.wished), '[]') AS occupations,
              coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM profile_language l WHERE l.profile_id = p.id), '[]') AS languages,
              p.driving_licences, p.education_level, p.hours_min, p.hours_max, p.remote_ok,
              w.adjustments_needed::text[] AS adjustments_needed,
              ${ACTIVE_CONSENT_SQL('SHARE_ADJUSTMENT_NEEDS')} AS share_adjustments,
              sh.accepted IS NOT NULL AS shared, i.first_name, i.last_name, i.email, i.phone
         FROM candidate c JOIN jobseeker_profile p ON p.id = c.profile_id
         LEFT JOIN match_result m ON m.need_id = c.need_id AND m.profile_id = c.profile_id
         LEFT JOIN work_ability_profile w ON w.profile_id = p.id
         LEFT JOIN LATERAL (SELECT true AS accepted FROM share_request s WHERE s.candidate_id = c.id AND s.status = 'ACCEPTED' LIMIT 1) sh ON true
         LEFT JOIN jobseeker_identity i ON sh.accepted AND i.profile_id = p.id
        WHERE c.need_id = $1 AND c.presented_at IS NOT NULL AND c.withdrawn_at IS NULL AND ${ACTIVE_CONSENT_SQL('MATCHING')}
          AND (${ACTIVE_CONSENT_SQL('ANONYMOUS_VISIBILITY')} OR sh.accepted IS NOT NULL)
        ORDER BY c.presented_at, c.id`,
      [needId],
    );
    const label = await this.reader.skillLabels(rows.flatMap((r) => explanationSkillUris(r.explanation)));
    await this.audit.recordMany(
      rows.map((row) => ({
        actorUserId: principal.userId,
        action: row.shared ? 'candidate.view_identity' : 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: row.profile_id,
        organizationId: need.organizationId,
        details: { needId, candidateId: row.candidate_id, view: 'EMPLOYER_CARD' },
      })),
    );
    return rows.map((row, index) =>
      toCandidateCard(
        {
          candidateId: row.candidate_id,
          position: index + 1,
          score: row.score,
          explanation: row.explanation,
          occupations: row.occupations,
          languages: row.languages,
          drivingLicences: row.driving_licences,
          educationLevel: row.education_level,
          hoursMin: row.hours_min,
          hoursMax: row.hours_max,
          remoteOk: row.remote_ok,
          adjustmentsNeeded: row.adjustments_needed ?? [],
          presentedAt: row.presented_at,
          employerStatus: row.employer_status,
          shareAdjustmentNeeds: row.share_adjustments,
          identity: row.shared && row.first_name !== null
            ? { firstName: row.first_name, lastName: row.last_name as string, email: row.email, phone: row.phone }
            : null,
        },
        label,
      ),
    );
  }

  /** The employer's status of a presented candidate; enough hires fill the need. */
  async setStatus(principal: Principal, candidateId: string, status: EmployerStatus): Promise<CandidateCardType> {
    if (!isUUID(candidateId)) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
    const needId = await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.getRepository(Candidate).findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.candidateId', 'no such candidate');
      const need = await this.reader.need(candidate.needId, manager, 'input.candidateId');
      CandidatePolicy.assertIsEmployer(principal, need.access);
      const [visible] = await manager.query(
        `SELECT ${ACTIVE_CONSENT_SQL('ANONYMOUS_VISIBILITY', '$1::uuid')} OR EXISTS (SELECT 1 FROM share_request WHERE candidate_id = $2 AND status = 'ACCEPTED') AS ok`,
        [candidate.profileId, candidate.id],
      );
      if (!candidate.presentedAt || candidate.withdrawnAt || !candidate.profileId || !visible?.ok) {
        throw MatchingException.field(MatchingErrorCode.NOT_PRESENTED, 'input.candidateId', 'the candidate has not been presented to you');
      }
      await manager.getRepository(Candidate).update(candidate.id, { employerStatus: status });
      await manager.getRepository(CandidateEvent).insert({ candidateId, kind: 'EMPLOYER_STATUS', value: status, byUserId: principal.userId });
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
