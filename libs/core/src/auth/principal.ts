import { Role } from './role.enum';

export interface PrincipalMembership {
  organizationId: string | null;
  role: Role;
  /** Set for memberships in an employment-area organisation (coordinators, area admins). */
  employmentAreaId: string | null;
}

/** Who is calling, as the policies see it. Roles come from the database, never from the token. */
export interface Principal {
  userId: string;
  email: string;
  memberships: readonly PrincipalMembership[];
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.memberships.some((m) => m.role === role);
}

export function employmentAreasWithRole(principal: Principal, role: Role): string[] {
  return principal.memberships
    .filter((m) => m.role === role && m.employmentAreaId !== null)
    .map((m) => m.employmentAreaId as string);
}

export function organizationsWithRole(principal: Principal, role: Role): string[] {
  return principal.memberships
    .filter((m) => m.role === role && m.organizationId !== null)
    .map((m) => m.organizationId as string);
}

export interface VerifiedToken {
  issuer: string;
  subject: string;
  email: string | null;
  /** Signed by the development key store: the subject is a demo user's id. */
  development: boolean;
}

/** Implemented by the identity lib: maps a verified token to a known user and their roles. */
export interface PrincipalResolver {
  resolve(token: VerifiedToken): Promise<Principal | null>;
}

export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');
