import { Principal } from '@ytmt/core';

/** Where an event happened, as its writer knows it: the organisations and employment areas the actor may have acted for. */
export interface AuditActingScope {
  organizationIds?: readonly (string | null)[];
  employmentAreaIds?: readonly (string | null)[];
}

/**
 * The actor's role and organisation at the time of an event, for `details` (`actorRole`,
 * `actorOrganizationId`): the jobseeker's "who has seen my data" names them without ever naming
 * the person, and memberships read later may have changed. Ids and an enum only, never personal
 * data. The membership in one of the given organisations wins, then one in the given areas;
 * nothing is recorded when neither matches (e.g. a platform admin). Pure.
 */
export function auditActor(principal: Principal, scope: AuditActingScope): Record<string, string> {
  const organizations = (scope.organizationIds ?? []).filter((id): id is string => id !== null);
  const areas = (scope.employmentAreaIds ?? []).filter((id): id is string => id !== null);
  const membership =
    principal.memberships.find((m) => m.organizationId !== null && organizations.includes(m.organizationId)) ??
    principal.memberships.find((m) => m.employmentAreaId !== null && areas.includes(m.employmentAreaId));
  if (!membership) return {};
  return membership.organizationId ? { actorRole: membership.role, actorOrganizationId: membership.organizationId } : { actorRole: membership.role };
}
