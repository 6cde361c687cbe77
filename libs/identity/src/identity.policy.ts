import { hasRole, Principal, Role } from '@ytmt/core';
import { IdentityErrorCode, IdentityException } from './identity.exception';

export const IdentityPolicy = {
  /** Members see their own organisations; platform admins see all. */
  assertCanReadOrganization(principal: Principal, organizationId: string): void {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return;
    if (principal.memberships.some((m) => m.organizationId === organizationId)) return;
    throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, 'You can only see organisations you belong to');
  },
  assertCanListOrganizations(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) {
      throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, 'Only platform admins can list organisations');
    }
  },
};
