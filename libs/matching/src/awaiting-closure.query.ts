import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditService, Connection, employmentAreasWithRole, Principal, Role, toOffsetConnection } from '@ytmt/core';
import { OrganizationDirectory } from '@ytmt/identity';
import { CompanyAccessReader, NeedSummaryReader } from '@ytmt/needs';
import { DataSource } from 'typeorm';
import { AwaitingClosureState, EmployerStatus } from './candidate.enums';
import { needPseudonym } from './candidate-pseudonyms';
import { AwaitingClosureType } from './dto/candidate.types';
import { listOffset } from './list-position';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/** The most open candidacies one report weighs; more than this waiting at once is not a list but a backlog. */
const REPORT_SCAN_LIMIT = 5000;
const DAY_MS = 24 * 3600 * 1000;

interface OpenRow {
  id: string;
  need_id: string;
  profile_id: string;
  employer_status: EmployerStatus | null;
  state: AwaitingClosureState;
  since: Date;
}

/**
 * For coordinators and area admins: candidacies of their areas' needs (the company's home area or
 * an area it is shared with, as candidate lists are scoped) that reached the jobseeker — a share
 * request or a presentation — and have had no closure for longer than a given number of days,
 * longest-waiting first. Each person shown is an audited view, as on the candidate list.
 */
@Injectable()
export class AwaitingClosureQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedSummaryReader,
    private readonly companies: CompanyAccessReader,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(principal: Principal, first: number, after: string | null, olderThanDays: number, now: Date = new Date()): Promise<Connection<AwaitingClosureType>> {
    const areas = new Set([...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)]);
    if (areas.size === 0) throw new MatchingException(MatchingErrorCode.NOT_ALLOWED, 'Only coordinators and area admins see candidacies awaiting closure');
    if (!Number.isInteger(olderThanDays) || olderThanDays < 0 || olderThanDays > 365) {
      throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'olderThanDays', 'must be a whole number of days from 0 to 365');
    }
    const offset = listOffset(after);
    // The caller's rows only, chosen in SQL: the scan limit bounds the caller's own backlog, never another area's.
    const companyIds = await this.companies.companyIdsInAreas([...areas]);
    const needIds = await this.needs.idsOfOrganizations(companyIds);
    // A request past its deadline has expired whether or not the sweep recorded it: the sweep closes it.
    const rows: OpenRow[] =
      needIds.length === 0
        ? []
        : await this.dataSource.query(
            `WITH open AS (
               SELECT c.id, c.need_id, c.profile_id, c.employer_status,
                      CASE WHEN c.presented_at IS NOT NULL THEN 'PRESENTED' WHEN s.status = 'ACCEPTED' THEN 'SHARE_ACCEPTED' ELSE 'SHARE_REQUESTED' END AS state,
                      CASE WHEN c.presented_at IS NOT NULL THEN c.presented_at WHEN s.status = 'ACCEPTED' THEN coalesce(s.answered_at, s.requested_at) ELSE s.requested_at END AS since
                 FROM candidate c
                 LEFT JOIN LATERAL (SELECT sr.status, sr.requested_at, sr.answered_at, sr.deadline FROM share_request sr
                                     WHERE sr.candidate_id = c.id ORDER BY sr.requested_at DESC LIMIT 1) s ON true
                WHERE c.need_id = ANY($4::uuid[]) AND c.closed_at IS NULL AND c.withdrawn_at IS NULL AND c.profile_id IS NOT NULL
                  AND (c.presented_at IS NOT NULL OR s.status = 'ACCEPTED' OR (s.status = 'REQUESTED' AND s.deadline > $1)))
             SELECT * FROM open WHERE since < $1::timestamptz - make_interval(days => $2) ORDER BY since, id LIMIT $3`,
            [now, olderThanDays, REPORT_SCAN_LIMIT, needIds],
          );
    const shown = rows.slice(offset, offset + first);
    const needs = await this.needs.byIds([...new Set(shown.map((row) => row.need_id))]);
    const companies = await this.organizations.byIds([...new Set([...needs.values()].map((need) => need.organizationId))]);
    await this.audit.recordMany(
      shown.map((row) => ({
        actorUserId: principal.userId,
        action: 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: row.profile_id,
        organizationId: needs.get(row.need_id)?.organizationId ?? null,
        details: { needId: row.need_id, candidateId: row.id, view: 'AWAITING_CLOSURE' },
      })),
    );
    const secret = this.config.privacy.pseudonymSecret;
    return toOffsetConnection(shown, offset, rows.length, (row) => {
      const need = needs.get(row.need_id);
      const since = new Date(row.since);
      return {
        candidateId: row.id,
        needId: row.need_id,
        needTitle: need?.title ?? '',
        companyName: (need && companies.get(need.organizationId)?.name) ?? '',
        pseudonym: needPseudonym(secret, row.need_id, row.profile_id),
        state: row.state,
        employerStatus: row.employer_status,
        since,
        daysWaiting: Math.floor((now.getTime() - since.getTime()) / DAY_MS),
      };
    });
  }
}
