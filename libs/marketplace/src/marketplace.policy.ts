import { employmentAreasWithRole, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { CompanyAccess, NeedsPolicy } from '@ytmt/needs';
import { MarketplaceErrorCode, MarketplaceException } from './marketplace.exception';

/**
 * Who may do what with proposals and forwards. Pure. The employer answers; the company's
 * coordinators (its area and areas it is shared with) follow and forward; providers propose their
 * own published services to needs they can see, and withdraw their own open proposals.
 */
export const MarketplacePolicy = {
  isCompanyCoordinator(principal: Principal, access: CompanyAccess): boolean {
    const areas = [access.homeEmploymentAreaId, ...access.sharedEmploymentAreaIds].filter((id): id is string => id !== null);
    const mine = employmentAreasWithRole(principal, Role.COORDINATOR);
    return areas.some((id) => mine.includes(id));
  },

  isProviderUserOf(principal: Principal, providerId: string): boolean {
    return organizationsWithRole(principal, Role.PROVIDER_USER).includes(providerId);
  },

  /** All proposals of a need: the company's own users and its coordinators. */
  seesAllProposals(principal: Principal, access: CompanyAccess): boolean {
    return NeedsPolicy.isEmployerOf(principal, access) || MarketplacePolicy.isCompanyCoordinator(principal, access);
  },

  assertCanAnswer(principal: Principal, access: CompanyAccess): void {
    if (!NeedsPolicy.isEmployerOf(principal, access)) {
      throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "Only the company's own users answer proposals to its needs");
    }
  },

  assertCanForward(principal: Principal, access: CompanyAccess): void {
    if (!MarketplacePolicy.isCompanyCoordinator(principal, access)) {
      throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "Only coordinators of the company's areas forward its needs");
    }
    if (access.pending) {
      throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "The company's right to act is not verified yet: its needs cannot be forwarded");
    }
  },

  /** A company whose right to act is not verified yet receives no proposals (answered as if the need were not there). */
  assertCanReceiveProposals(access: CompanyAccess, path: string): void {
    if (access.pending) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, path, 'no such need');
  },

  assertProviderUserOf(principal: Principal, providerId: string, path: string): void {
    if (!MarketplacePolicy.isProviderUserOf(principal, providerId)) {
      throw MarketplaceException.field(MarketplaceErrorCode.NOT_ALLOWED, path, "you can act only for your own organisation's services");
    }
  },
};
