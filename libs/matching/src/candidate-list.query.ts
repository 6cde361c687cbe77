import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditService, Connection, employmentAreasWithRole, Principal, Role, toOffsetConnection } from '@ytmt/core';
import { auditActor, CandidateProfileReader, ConsentScope, ProfileConsents } from '@ytmt/talent';
import { DataSource } from 'typeorm';
import { CandidateAccessReader, NeedForList } from './candidate-access.service';
import { toClosure } from './candidacy-closures.service';
import { CandidacyProgressService } from './candidacy-progress.service';
import { CandidacyOutcome, CandidateSource, CoordinatorStatus, EmployerStatus, ShareRequestStatus } from './candidate.enums';
import { effectiveShareStatus } from './candidate-list.service';
import { CandidatePolicy } from './candidate.policy';
import { needPseudonym, needReference } from './candidate-pseudonyms';
import { CandidateListEntryType } from './dto/candidate.types';
import type { MatchExplanation } from './engine';
import { explanationSkillUris, toExplanationType } from './explanation.mapper';
import { listOffset } from './list-position';
import { MatchingErrorCode, MatchingException } from './matching.exception';

interface ListRow {
  profile_id: string;
  match_id: string | null;
  candidate_id: string | null;
  source: CandidateSource | null;
  score: number | null;
  engine_version: string | null;
  computed_at: Date | null;
  explanation: MatchExplanation | null;
  coordinator_status: CoordinatorStatus | null;
  presented_at: Date | null;
  employer_status: EmployerStatus | null;
  closed_at: Date | null;
  closure_outcome: CandidacyOutcome | null;
  closure_reason: string | null;
  share_id: string | null;
  share_status: ShareRequestStatus | null;
  share_deadline: Date | null;
  share_requested_at: Date | null;
  share_answered_at: Date | null;
}

/**
 * A need's candidate list as its coordinators see it: the engine's suggestions and the people
 * coordinators acted on, best score first. Only people with a valid MATCHING consent appear, and
 * every row shown is an audited view of that person.
 */
@Injectable()
export class CandidateListQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly profiles: CandidateProfileReader,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly progress: CandidacyProgressService,
  ) {}

  /**
   * One page of the list, best score first. A cursor is the row's position in the list, never the
   * person's id: coordinators outside the person's area must not learn it.
   */
  async page(principal: Principal, needId: string, first: number, after: string | null): Promise<Connection<CandidateListEntryType>> {
    const need = await this.reader.need(needId);
    CandidatePolicy.assertCanRunList(principal, need.access);
    const offset = listOffset(after);
    const profileIds = await this.pairs(needId);
    const consents = await this.profiles.consentsOf(profileIds);
    const listed = profileIds.filter((id) => consents.get(id)?.activeScopes.has(ConsentScope.MATCHING));
    const shown = listed.slice(offset, offset + first);
    const entries = new Map((await this.entries(principal, need, shown, consents)).map((node) => [node.subjectProfileId, node]));
    return toOffsetConnection(shown, offset, listed.length, (profileId) => entries.get(profileId) ?? null);
  }

  /** One row of the list, as a mutation that changed it returns it; `profileId` is the real profile id. */
  async entry(principal: Principal, needId: string, profileId: string): Promise<CandidateListEntryType> {
    const need = await this.reader.need(needId, undefined, 'input.needId');
    CandidatePolicy.assertCanRunList(principal, need.access);
    const consents = await this.profiles.consentsOf([profileId]);
    const [entry] = consents.get(profileId)?.activeScopes.has(ConsentScope.MATCHING) ? await this.entries(principal, need, [profileId], consents) : [];
    if (!entry) throw MatchingException.field(MatchingErrorCode.CANDIDATE_NOT_FOUND, 'input.profileId', 'not a candidate for this need');
    return entry;
  }

  /** Everyone the engine suggested or a coordinator acted on, in list order. */
  private async pairs(needId: string): Promise<string[]> {
    const rows: { profile_id: string }[] = await this.dataSource.query(
      `WITH pairs AS (
         SELECT profile_id FROM match_result WHERE need_id = $1
         UNION SELECT profile_id FROM candidate WHERE need_id = $1 AND withdrawn_at IS NULL AND profile_id IS NOT NULL)
       SELECT pairs.profile_id FROM pairs
         LEFT JOIN match_result m ON m.need_id = $1 AND m.profile_id = pairs.profile_id
        ORDER BY m.score DESC NULLS LAST, pairs.profile_id`,
      [needId],
    );
    return rows.map((row) => row.profile_id);
  }

  /** The rows of these people, in the given order; each one shown is audited. */
  private async entries(principal: Principal, need: NeedForList, profileIds: readonly string[], consents: ReadonlyMap<string, ProfileConsents>): Promise<CandidateListEntryType[]> {
    if (profileIds.length === 0) return [];
    const found: ListRow[] = await this.dataSource.query(
      `SELECT ids.profile_id, m.id AS match_id, c.id AS candidate_id, c.source, m.score, m.engine_version, m.computed_at, m.explanation,
              c.coordinator_status, c.presented_at, c.employer_status, c.closed_at, c.closure_outcome, c.closure_reason,
              s.id AS share_id, s.status AS share_status, s.deadline AS share_deadline, s.requested_at AS share_requested_at, s.answered_at AS share_answered_at
         FROM unnest($2::uuid[]) AS ids(profile_id)
         LEFT JOIN match_result m ON m.need_id = $1 AND m.profile_id = ids.profile_id
         LEFT JOIN candidate c ON c.need_id = $1 AND c.profile_id = ids.profile_id AND c.withdrawn_at IS NULL
         LEFT JOIN LATERAL (SELECT * FROM share_request sr WHERE sr.candidate_id = c.id ORDER BY sr.requested_at DESC LIMIT 1) s ON true`,
      [need.id, [...profileIds]],
    );
    const byProfile = new Map(found.filter((row) => row.match_id !== null || row.candidate_id !== null).map((row) => [row.profile_id, row]));
    const rows = profileIds.flatMap((id) => byProfile.get(id) ?? []);
    const label = await this.reader.skillLabels(rows.flatMap((r) => explanationSkillUris(r.explanation)));
    const progress = await this.progress.ofCandidates(rows.flatMap((row) => (row.candidate_id ? [row.candidate_id] : [])));
    await this.audit.recordMany(
      rows.map((row) => ({
        actorUserId: principal.userId,
        action: 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: row.profile_id,
        organizationId: need.organizationId,
        details: { needId: need.id, view: 'COORDINATOR_LIST', ...auditActor(principal, { employmentAreaIds: [need.access.homeEmploymentAreaId, ...need.access.sharedEmploymentAreaIds] }) },
      })),
    );
    const ownAreas = employmentAreasWithRole(principal, Role.COORDINATOR);
    const secret = this.config.privacy.pseudonymSecret;
    return rows.map((row) => {
      // Coordinators of the person's own area keep the profile with them and see it whole; others
      // get what the person's consents allow, under a name and id valid on this list only.
      const consent = consents.get(row.profile_id);
      const areaId = consent?.employmentAreaId ?? null;
      const ownArea = areaId !== null && ownAreas.includes(areaId);
      const workAbilityDetails = ownArea || (consent?.activeScopes.has(ConsentScope.SHARE_ADJUSTMENT_NEEDS) ?? false);
      return {
        needId: need.id,
        subjectProfileId: row.profile_id,
        workAbilityDetails,
        profileId: ownArea ? row.profile_id : needReference(secret, need.id, row.profile_id),
        pseudonym: needPseudonym(secret, need.id, row.profile_id),
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
        closure: toClosure(row.closed_at, row.closure_outcome, row.closure_reason),
        progress: (row.candidate_id && progress.get(row.candidate_id)) || [],
      };
    });
  }
}
