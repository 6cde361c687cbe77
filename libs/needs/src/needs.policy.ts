import { employmentAreasWithRole, hasRole, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { NeedsErrorCode, NeedsException } from './needs.exception';

/** Who may see a company's needs: its home area, the areas it is shared with, its own users. */
export interface CompanyAccess {
  companyId: string;
  homeEmploymentAreaId: string | null;
  sharedEmploymentAreaIds: readonly string[];
  /**
   * The company account's right to act is not verified yet (issue 11, point 3): its needs stay
   * inside the company, it sees no candidates and receives no proposals. Absent: verified.
   */
  pending?: boolean;
}

/** Every needs authorisation rule, in one place. Pure. */
export const NeedsPolicy = {
  isEmployerOf(principal: Principal, access: CompanyAccess): boolean {
    return organizationsWithRole(principal, Role.EMPLOYER_USER).includes(access.companyId);
  },

  isHomeCoordinator(principal: Principal, access: CompanyAccess): boolean {
    return access.homeEmploymentAreaId !== null && employmentAreasWithRole(principal, Role.COORDINATOR).includes(access.homeEmploymentAreaId);
  },

  canRead(principal: Principal, access: CompanyAccess): boolean {
    if (NeedsPolicy.isEmployerOf(principal, access) || hasRole(principal, Role.PLATFORM_ADMIN)) return true;
    // A pending company's needs reach only its home area (which verifies it), as in need search.
    const shared = access.pending ? [] : access.sharedEmploymentAreaIds;
    const areas = [access.homeEmploymentAreaId, ...shared].filter((id): id is string => id !== null);
    const mine = [...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)];
    return areas.some((id) => mine.includes(id));
  },

  /** Employer users of the company, and coordinators of its home area on its behalf. */
  canWrite(principal: Principal, access: CompanyAccess): boolean {
    return NeedsPolicy.isEmployerOf(principal, access) || NeedsPolicy.isHomeCoordinator(principal, access);
  },

  assertCanRead(principal: Principal, access: CompanyAccess): void {
    if (!NeedsPolicy.canRead(principal, access)) {
      throw new NeedsException(NeedsErrorCode.NOT_ALLOWED, "You cannot see this company's needs");
    }
  },

  assertCanWrite(principal: Principal, access: CompanyAccess): void {
    if (!NeedsPolicy.canWrite(principal, access)) {
      throw new NeedsException(NeedsErrorCode.NOT_ALLOWED, "Only the company's own users and coordinators of its area can change its needs");
    }
  },
};
