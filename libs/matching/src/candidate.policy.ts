import { employmentAreasWithRole, Principal, Role } from '@ytmt/core';
import { CompanyAccess, NeedsPolicy } from '@ytmt/needs';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/**
 * Who may do what with a need's candidate list. Pure. Coordinators of the company's area and of
 * areas it is shared with run the list; the company's own users see only presented candidates,
 * anonymised; identity reaches them only through an accepted share request (checked where cards
 * are built, see candidate-card.ts).
 */
export const CandidatePolicy = {
  isListCoordinator(principal: Principal, access: CompanyAccess): boolean {
    const areas = [access.homeEmploymentAreaId, ...access.sharedEmploymentAreaIds].filter((id): id is string => id !== null);
    const mine = employmentAreasWithRole(principal, Role.COORDINATOR);
    return areas.some((id) => mine.includes(id));
  },

  assertCanRunList(principal: Principal, access: CompanyAccess): void {
    if (!CandidatePolicy.isListCoordinator(principal, access)) {
      throw new MatchingException(MatchingErrorCode.NOT_ALLOWED, "Only coordinators of the company's areas run its candidate lists");
    }
    CandidatePolicy.assertVerified(access);
  },

  /** A company whose right to act is not verified yet sees no candidates, nor are any run for it. */
  assertVerified(access: CompanyAccess): void {
    if (access.pending) {
      throw new MatchingException(MatchingErrorCode.NOT_ALLOWED, "The company's right to act is not verified yet: no candidates until a coordinator verifies it");
    }
  },

  assertIsEmployer(principal: Principal, access: CompanyAccess): void {
    if (!NeedsPolicy.isEmployerOf(principal, access)) {
      throw new MatchingException(MatchingErrorCode.NOT_ALLOWED, "Only the company's own users see the candidates presented to it");
    }
    CandidatePolicy.assertVerified(access);
  },
};
