// Pure: no Nest, no I/O. Which roles an organisation can hold, by what kind of organisation it is.
import { Role } from '@ytmt/core';
import { OrganizationType } from './entities/organization.entity';

export interface MembershipOrganization {
  type: OrganizationType;
  employmentAreaId: string | null;
}

const COMPANY_TYPES: readonly OrganizationType[] = [OrganizationType.COMPANY, OrganizationType.COOPERATIVE, OrganizationType.SOCIAL_ENTERPRISE];

/**
 * Whether a member of the organisation may hold the role:
 * - EMPLOYER_USER: companies (company, cooperative, social enterprise), as crm's company accounts.
 * - COORDINATOR, AREA_ADMIN: the organisation that runs an employment area (the policy scopes
 *   them by that area, so elsewhere they would see nothing or, worse, be mis-scoped).
 * - PROVIDER_USER: any organisation, since the public, private and third sector all offer
 *   services (the catalogue's provider organisations have every type, areas included).
 * - PLATFORM_ADMIN: public-sector operators only (a state agency or an employment area's
 *   organisation), never a company or an association.
 * - JOBSEEKER: never; jobseekers belong to no organisation and get their role from sign-in.
 */
export function roleFitsOrganization(role: Role, organization: MembershipOrganization): boolean {
  switch (role) {
    case Role.EMPLOYER_USER:
      return COMPANY_TYPES.includes(organization.type);
    case Role.COORDINATOR:
    case Role.AREA_ADMIN:
      return organization.employmentAreaId !== null;
    case Role.PROVIDER_USER:
      return true;
    case Role.PLATFORM_ADMIN:
      return organization.type === OrganizationType.STATE_AGENCY || organization.type === OrganizationType.EMPLOYMENT_AREA;
    case Role.JOBSEEKER:
      return false;
  }
}
