import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditService, Connection, decodeCursor, employmentAreasWithRole, encodeCursor, Principal, Role } from '@ytmt/core';
import { OrganizationDirectory } from '@ytmt/identity';
import { auditActor, CandidateProfileReader, ConsentScope } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CandidateAccessReader, NeedForList } from './candidate-access.service';
import { CandidacyProgress, CoordinatorStatus, EmployerStatus } from './candidate.enums';
import { CandidatePolicy } from './candidate.policy';
import { needPseudonym, needReference } from './candidate-pseudonyms';
import { CandidateEventActor, CandidateEventKind, CandidateEventType } from './dto/candidate-history.types';
import { MatchingErrorCode, MatchingException } from './matching.exception';

interface EventRow {
  total: number;
  id: string | null;
  kind: CandidateEventKind;
  value: string | null;
  by_user_id: string | null;
  at: Date;
  at_key: string;
  candidate_id: string;
  profile_id: string | null;
  withdrawn_at: Date | null;
}

const KINDS = Object.values(CandidateEventKind);

/**
 * Which role takes each step: the kind tells it, whoever the stored user was; a progress outcome
 * (PROGRESS) is recorded by the employer or a coordinator, told apart by the company's members.
 */
const ACTOR_OF: Record<Exclude<CandidateEventKind, CandidateEventKind.PROGRESS>, CandidateEventActor> = {
  [CandidateEventKind.COORDINATOR_STATUS]: CandidateEventActor.COORDINATOR,
  [CandidateEventKind.SHARE_REQUESTED]: CandidateEventActor.COORDINATOR,
  [CandidateEventKind.SHARE_CANCELLED]: CandidateEventActor.COORDINATOR,
  [CandidateEventKind.PRESENTED]: CandidateEventActor.COORDINATOR,
  [CandidateEventKind.SHARE_ACCEPTED]: CandidateEventActor.JOBSEEKER,
  [CandidateEventKind.SHARE_DECLINED]: CandidateEventActor.JOBSEEKER,
  [CandidateEventKind.SHARE_REVOKED]: CandidateEventActor.JOBSEEKER,
  [CandidateEventKind.WITHDRAWN]: CandidateEventActor.JOBSEEKER,
  [CandidateEventKind.ERASED]: CandidateEventActor.JOBSEEKER,
  [CandidateEventKind.EMPLOYER_STATUS]: CandidateEventActor.EMPLOYER,
  [CandidateEventKind.SHARE_EXPIRED]: CandidateEventActor.SYSTEM,
};

/**
 * A need's candidate list's history (candidate_event), newest first, for the coordinators who run
 * the list. People are named as candidateList names them; staff only by role and organisation.
 * Every person whose steps are shown is an audited view, as a row of the list is.
 */
@Injectable()
export class CandidateHistoryQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CandidateAccessReader,
    private readonly profiles: CandidateProfileReader,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(principal: Principal, needId: string, first: number, after: string | null): Promise<Connection<CandidateEventType>> {
    const need = await this.reader.need(needId);
    CandidatePolicy.assertCanRunList(principal, need.access);
    const cursor = after === null ? null : keyOf(after);
    const found: EventRow[] = await this.dataSource.query(
      `WITH events AS (
         SELECT e.id, e.kind, e.value, e.by_user_id, e.at, e.candidate_id, c.profile_id, c.withdrawn_at
           FROM candidate_event e JOIN candidate c ON c.id = e.candidate_id
          WHERE c.need_id = $1 AND e.kind = ANY($2::text[]))
       SELECT total.n AS total, page.*
         FROM (SELECT count(*)::int AS n FROM events) total
         LEFT JOIN LATERAL (
           SELECT events.*, events.at::text AS at_key FROM events
            WHERE $3::timestamptz IS NULL OR (events.at, events.id) < ($3::timestamptz, $4::uuid)
            ORDER BY events.at DESC, events.id DESC
            LIMIT $5) page ON true`,
      [need.id, KINDS, cursor?.at ?? null, cursor?.id ?? null, first + 1],
    );
    const totalCount = found[0]?.total ?? 0;
    const rows = found.filter((row) => row.id !== null);
    const page = rows.slice(0, first);
    const nodes = await this.nodes(principal, need, page);
    const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(`${page[index].at_key}|${page[index].id}`) }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  private async nodes(principal: Principal, need: NeedForList, rows: readonly EventRow[]): Promise<CandidateEventType[]> {
    if (rows.length === 0) return [];
    const profileIds = [...new Set(rows.flatMap((row) => (row.profile_id ? [row.profile_id] : [])))];
    const consents = await this.profiles.consentsOf(profileIds);
    const actorOf = await this.actors(need, rows);
    const organizationOf = await this.actingOrganizations(need, rows, actorOf);
    await this.audit.recordMany(
      profileIds.map((profileId) => ({
        actorUserId: principal.userId,
        action: 'candidate.view',
        resourceType: 'jobseeker_profile',
        resourceId: profileId,
        organizationId: need.organizationId,
        details: { needId: need.id, view: 'COORDINATOR_LIST_HISTORY', ...auditActor(principal, { employmentAreaIds: [need.access.homeEmploymentAreaId, ...need.access.sharedEmploymentAreaIds] }) },
      })),
    );
    const ownAreas = employmentAreasWithRole(principal, Role.COORDINATOR);
    const secret = this.config.privacy.pseudonymSecret;
    return rows.map((row) => {
      const consent = row.profile_id ? consents.get(row.profile_id) : undefined;
      const listed = row.withdrawn_at === null && (consent?.activeScopes.has(ConsentScope.MATCHING) ?? false);
      const ownArea = consent?.employmentAreaId != null && ownAreas.includes(consent.employmentAreaId);
      const actor = actorOf(row);
      return {
        id: row.id as string,
        kind: row.kind,
        at: row.at,
        profileId: !listed || !row.profile_id ? null : ownArea ? row.profile_id : needReference(secret, need.id, row.profile_id),
        // An erased person's steps stay under a name keyed by the candidacy, linked to no one.
        pseudonym: needPseudonym(secret, need.id, row.profile_id ?? row.candidate_id),
        actor,
        actorOrganizationName: organizationOf(actor, row.by_user_id),
        byYou: row.by_user_id !== null && row.by_user_id === principal.userId,
        coordinatorStatus: row.kind === CandidateEventKind.COORDINATOR_STATUS ? enumValue(CoordinatorStatus, row.value) : null,
        employerStatus: row.kind === CandidateEventKind.EMPLOYER_STATUS ? enumValue(EmployerStatus, row.value) : null,
        shareDeadline: row.kind === CandidateEventKind.SHARE_REQUESTED && row.value && !Number.isNaN(Date.parse(row.value)) ? new Date(row.value) : null,
        progress: row.kind === CandidateEventKind.PROGRESS ? enumValue(CandidacyProgress, row.value) : null,
      };
    });
  }

  /** The role of each step: by kind, and for a progress outcome whether its recorder is one of the company's users. */
  private async actors(need: NeedForList, rows: readonly EventRow[]): Promise<(row: EventRow) => CandidateEventActor> {
    const progressBy = new Set(rows.flatMap((row) => (row.kind === CandidateEventKind.PROGRESS && row.by_user_id ? [row.by_user_id] : [])));
    const employers = progressBy.size > 0 ? new Set(await this.organizations.memberUserIds([need.organizationId], [Role.EMPLOYER_USER])) : new Set<string>();
    return (row) => {
      if (row.kind !== CandidateEventKind.PROGRESS) return ACTOR_OF[row.kind];
      return row.by_user_id !== null && employers.has(row.by_user_id) ? CandidateEventActor.EMPLOYER : CandidateEventActor.COORDINATOR;
    };
  }

  /**
   * Names the organisation a step was taken for: the company for its users' steps, and for a
   * coordinator's the organisation of whichever of the list's areas (home and shared) they work in.
   * A few statements per page, however many steps it holds.
   */
  private async actingOrganizations(
    need: NeedForList,
    rows: readonly EventRow[],
    actorOf: (row: EventRow) => CandidateEventActor,
  ): Promise<(actor: CandidateEventActor, userId: string | null) => string | null> {
    const coordinatorIds = new Set(rows.flatMap((row) => (actorOf(row) === CandidateEventActor.COORDINATOR && row.by_user_id ? [row.by_user_id] : [])));
    const hasEmployerSteps = rows.some((row) => actorOf(row) === CandidateEventActor.EMPLOYER);
    const company = hasEmployerSteps ? await this.organizations.byId(need.organizationId) : null;
    const coordinatorOrganization = new Map<string, string>();
    if (coordinatorIds.size > 0) {
      const areaIds = [need.access.homeEmploymentAreaId, ...need.access.sharedEmploymentAreaIds].filter((id): id is string => id !== null);
      const areaOrganizations = [...(await this.organizations.ofEmploymentAreas(areaIds)).values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
      for (const organization of areaOrganizations) {
        for (const userId of await this.organizations.memberUserIds([organization.id], [Role.COORDINATOR])) {
          if (coordinatorIds.has(userId) && !coordinatorOrganization.has(userId)) coordinatorOrganization.set(userId, organization.name);
        }
      }
    }
    return (actor, userId) => {
      if (actor === CandidateEventActor.EMPLOYER) return company?.name ?? null;
      if (actor === CandidateEventActor.COORDINATOR && userId) return coordinatorOrganization.get(userId) ?? null;
      return null;
    };
  }
}

function enumValue<T extends string>(values: Record<string, T>, value: string | null): T | null {
  return value !== null && (Object.values(values) as string[]).includes(value) ? (value as T) : null;
}

/** The (time, id) a cursor of this history names. */
function keyOf(cursor: string): { at: string; id: string } {
  const key = decodeCursor(cursor);
  const split = key.lastIndexOf('|');
  const at = key.slice(0, split);
  const id = key.slice(split + 1);
  if (split < 0 || !isUUID(id) || Number.isNaN(Date.parse(at))) {
    throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'after', 'is not a cursor returned by this API');
  }
  return { at, id };
}
