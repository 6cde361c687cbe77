import { hasRole, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { IdentityErrorCode, IdentityException } from './identity.exception';

export const IdentityPolicy = {
  /** Members see their own organisations; platform admins see all. */
  assertCanReadOrganization(principal: Principal, organizationId: string): void {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return;
    if (principal.memberships.some((m) => m.organizationId === organizationId)) return;
    throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, 'You can only see organisations you belong to');
  },
  /**
   * Contact details (website, e-mail, phone): the organisation's provider users and platform
   * admins. Everything else about an organisation — name, type, sector, business id, home — only
   * platform admins change (issue 11, point 5), so a provider user inside an employment-area
   * organisation cannot rename the area either.
   */
  assertCanEditContactDetails(principal: Principal, organizationId: string): void {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return;
    if (organizationsWithRole(principal, Role.PROVIDER_USER).includes(organizationId)) return;
    throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, "Only the organisation's provider users and platform admins change its contact details");
  },
  assertCanListOrganizations(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) {
      throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, 'Only platform admins can list organisations');
    }
  },
  /** Users, their e-mails and memberships are the platform admins' alone. */
  assertCanManageUsers(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) {
      throw new IdentityException(IdentityErrorCode.NOT_ALLOWED, 'Only platform admins manage users and memberships');
    }
  },
};
