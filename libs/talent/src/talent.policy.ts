import { employmentAreasWithRole, hasRole, Principal, Role } from '@ytmt/core';
import { TalentErrorCode, TalentException } from './talent.exception';

/** What the policy must know about a profile. */
export interface ProfileAccess {
  profileId: string;
  userId: string | null;
  employmentAreaId: string | null;
}

/**
 * Every jobseeker-profile authorisation rule, in one place. Pure. The jobseeker keeps their own
 * profile; coordinators of the area serving the jobseeker may keep it with them. Employers never
 * read profiles here: they see candidate cards, which the matching lib builds under consent.
 */
export const TalentPolicy = {
  isOwner(principal: Principal, access: ProfileAccess): boolean {
    return access.userId !== null && access.userId === principal.userId && hasRole(principal, Role.JOBSEEKER);
  },

  isAreaCoordinator(principal: Principal, access: ProfileAccess): boolean {
    return access.employmentAreaId !== null && employmentAreasWithRole(principal, Role.COORDINATOR).includes(access.employmentAreaId);
  },

  canKeep(principal: Principal, access: ProfileAccess): boolean {
    return TalentPolicy.isOwner(principal, access) || TalentPolicy.isAreaCoordinator(principal, access);
  },

  assertCanKeep(principal: Principal, access: ProfileAccess): void {
    // NOT_FOUND rather than FORBIDDEN: outsiders must not learn which profiles exist.
    if (!TalentPolicy.canKeep(principal, access)) {
      throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    }
  },

  /** Consents are the jobseeker's own decision: nobody grants or withdraws them on their behalf. */
  assertCanDecideConsent(principal: Principal, access: ProfileAccess): void {
    if (!TalentPolicy.isOwner(principal, access)) {
      throw new TalentException(TalentErrorCode.NOT_ALLOWED, 'Only the jobseeker can grant or withdraw their consents');
    }
  },

  assertCanCreateForJobseeker(principal: Principal, employmentAreaId: string | null): void {
    if (employmentAreaId === null || !employmentAreasWithRole(principal, Role.COORDINATOR).includes(employmentAreaId)) {
      throw new TalentException(TalentErrorCode.NOT_ALLOWED, "Coordinators create profiles only for jobseekers of their own area's municipalities");
    }
  },
};
