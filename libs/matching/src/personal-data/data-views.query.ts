import { Injectable } from '@nestjs/common';
import { AuditEvent, AuditService, Connection, hasRole, Principal, Role } from '@ytmt/core';
import { OrganizationDirectory } from '@ytmt/identity';
import { NeedSummaryReader } from '@ytmt/needs';
import { ProfileService } from '@ytmt/talent';
import { MatchingErrorCode, MatchingException } from '../matching.exception';
import { DataViewKind, DataViewType } from './data-views.types';

const ROLES = new Set<string>(Object.values(Role));

/** Audit action (and, for candidate views, `details.view`) → what the jobseeker is told was seen. */
export function dataViewKindOf(event: Pick<AuditEvent, 'action' | 'details'>): DataViewKind {
  switch (event.action) {
    case 'jobseeker_profile.read':
    case 'jobseeker_profile.read_own':
      return DataViewKind.PROFILE;
    case 'jobseeker_profile.create':
    case 'jobseeker_profile.write':
      return DataViewKind.PROFILE_CHANGE;
    case 'jobseeker_identity.read':
      return DataViewKind.IDENTITY;
    case 'candidate.view':
      return event.details.view === 'EMPLOYER_CARD' ? DataViewKind.CANDIDATE_CARD : DataViewKind.CANDIDATE_LIST;
    case 'candidate.view_identity':
      return DataViewKind.IDENTIFIED_CANDIDATE_CARD;
    case 'jobseeker_profile.export':
      return DataViewKind.EXPORT;
    case 'share_request.revoke':
      return DataViewKind.SHARE_REVOKED;
    default:
      return DataViewKind.OTHER;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * "Who has seen my data": the audit events about the signed-in jobseeker's profile, newest first,
 * told as organisation, role, time and need — never the acting person (no user id, no name).
 *
 * Every read and write of a profile, its identity or its candidate entries is recorded with the
 * profile id as the resource (candidate entries too: their events name the profile, with the
 * candidate and need ids in details), so one keyset page over `resource_id` finds them all.
 *
 * The role and organisation come from `details.actorRole` / `details.actorOrganizationId`,
 * recorded at write time (auditActor). Older events lack them; for those the code path that wrote
 * them says enough: an employer card is read only by the company's own users (EMPLOYER_USER of the
 * event's organisation) and candidate lists are run only by coordinators; a profile read names the
 * profile's employment area, whose organisation is shown. Otherwise null rather than a guess from
 * today's memberships.
 *
 * Reading this list is deliberately NOT audited: it reads only the caller's own log, and recording
 * it would fill the very list the jobseeker is reading with their own visits to it.
 */
@Injectable()
export class DataViewsQuery {
  constructor(
    private readonly profiles: ProfileService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationDirectory,
    private readonly needs: NeedSummaryReader,
  ) {}

  async mine(principal: Principal, first: number, after?: string): Promise<Connection<DataViewType>> {
    if (!hasRole(principal, Role.JOBSEEKER)) {
      throw new MatchingException(MatchingErrorCode.NOT_ALLOWED, 'Only a jobseeker sees who has seen their own data');
    }
    const mine = await this.profiles.getMine(principal);
    if (!mine) return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
    const page = await this.audit.page({ scope: null, resourceId: mine.profile.id }, first, after);
    const events = page.edges.map((edge) => edge.node);
    const actorOrganizationOf = (event: AuditEvent): string | null =>
      text(event.details.actorOrganizationId) ?? (event.details.view === 'EMPLOYER_CARD' ? event.organizationId : null);
    const byId = await this.organizations.byIds(events.flatMap((event) => (actorOrganizationOf(event) ? [actorOrganizationOf(event) as string] : [])));
    const byArea = await this.organizations.ofEmploymentAreas(events.flatMap((event) => (event.employmentAreaId ? [event.employmentAreaId] : [])));
    const needs = await this.needs.byIds(events.flatMap((event) => (text(event.details.needId) ? [text(event.details.needId) as string] : [])));
    const toNode = (event: AuditEvent): DataViewType => {
      const byYou = event.actorUserId === principal.userId;
      const needId = text(event.details.needId);
      const organizationId = actorOrganizationOf(event);
      const organization = organizationId ? byId.get(organizationId) : event.employmentAreaId ? byArea.get(event.employmentAreaId) : undefined;
      return {
        id: event.id,
        at: event.at,
        kind: dataViewKindOf(event),
        organizationName: byYou ? null : (organization?.name ?? null),
        role: byYou ? null : this.roleOf(event),
        needId,
        needTitle: needId ? (needs.get(needId)?.title ?? null) : null,
        byYou,
      };
    };
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })) };
  }

  private roleOf(event: AuditEvent): Role | null {
    const recorded = text(event.details.actorRole);
    if (recorded && ROLES.has(recorded)) return recorded as Role;
    if (event.details.view === 'EMPLOYER_CARD') return Role.EMPLOYER_USER;
    if (event.details.view === 'COORDINATOR_LIST' || event.details.view === 'COORDINATOR_LIST_HISTORY') return Role.COORDINATOR;
    return null;
  }
}
