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
  /**
   * Business ids (Y-tunnus) the identity provider says this person may represent, from this
   * request's token (the mandate claim, AUTH_MANDATE_CLAIM). Never stored; absent: none.
   */
  mandateBusinessIds?: readonly string[];
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
  /** Only an address the identity provider marks `email_verified: true`: the one that may link an account. */
  email: string | null;
  /** Signed by the development key store: the subject is a demo user's id. */
  development: boolean;
  /** The mandate claim's business ids (see Principal.mandateBusinessIds). */
  mandateBusinessIds?: readonly string[];
}

/** Implemented by the identity lib: maps a verified token to a known user and their roles. */
export interface PrincipalResolver {
  resolve(token: VerifiedToken): Promise<Principal | null>;
}

export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');
