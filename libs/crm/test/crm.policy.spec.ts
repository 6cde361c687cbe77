import { Principal, Role } from '@ytmt/core';
import { CrmException } from '../src/crm.exception';
import { areasSeeing, CompanyAccessScope, CrmPolicy } from '../src/crm.policy';
import { CompanyUserRole } from '../src/entities/company-parts.entity';
import { CompanyVerificationStatus } from '../src/entities/company-verification';
import { InteractionVisibility } from '../src/entities/crm-record.entity';

const LAHTI = 'area-lahti';
const HELSINKI = 'area-helsinki';
const KYMPPI = 'area-kymppi';

const principal = (userId: string, ...memberships: [Role, string | null, string | null][]): Principal => ({
  userId,
  email: `${userId}@ytmt.example`,
  memberships: memberships.map(([role, organizationId, employmentAreaId]) => ({ role, organizationId, employmentAreaId })),
});

const lahtiCoordinator = principal('koordinaattori-lahti', [Role.COORDINATOR, 'org-lahti', LAHTI]);
const helsinkiCoordinator = principal('koordinaattori-helsinki', [Role.COORDINATOR, 'org-helsinki', HELSINKI]);
const kymppiCoordinator = principal('koordinaattori-kymppi', [Role.COORDINATOR, 'org-kymppi', KYMPPI]);
const helsinkiAdmin = principal('aluevastaava-helsinki', [Role.AREA_ADMIN, 'org-helsinki', HELSINKI]);
const lahtiAdmin = principal('aluevastaava-lahti', [Role.AREA_ADMIN, 'org-lahti', LAHTI]);
const platformAdmin = principal('paakayttaja', [Role.PLATFORM_ADMIN, 'operator', null]);
const employerAdmin = principal('tyonantaja', [Role.EMPLOYER_USER, 'kahvila', null]);
const employerMember = principal('tyontekija', [Role.EMPLOYER_USER, 'kahvila', null]);
const otherEmployer = principal('toinen-tyonantaja', [Role.EMPLOYER_USER, 'konepaja', null]);

/** A Helsinki company shared with Lahti. */
const kahvila: CompanyAccessScope = {
  organizationId: 'kahvila',
  homeEmploymentAreaId: HELSINKI,
  sharedEmploymentAreaIds: [LAHTI],
  companyUsers: [
    { userId: 'tyonantaja', role: CompanyUserRole.ADMIN },
    { userId: 'tyontekija', role: CompanyUserRole.MEMBER },
  ],
  verificationStatus: CompanyVerificationStatus.VERIFIED,
};
const unshared: CompanyAccessScope = { ...kahvila, sharedEmploymentAreaIds: [] };
const homeless: CompanyAccessScope = { ...kahvila, homeEmploymentAreaId: null, sharedEmploymentAreaIds: [] };

describe('CrmPolicy', () => {
  it('lets coordinators of the home area and of shared areas act as coordinators, nobody else', () => {
    expect(areasSeeing(kahvila)).toEqual([HELSINKI, LAHTI]);
    expect(CrmPolicy.canActAsCoordinator(helsinkiCoordinator, kahvila)).toBe(true);
    expect(CrmPolicy.canActAsCoordinator(lahtiCoordinator, kahvila)).toBe(true);
    expect(CrmPolicy.canActAsCoordinator(lahtiCoordinator, unshared)).toBe(false);
    expect(CrmPolicy.canActAsCoordinator(kymppiCoordinator, kahvila)).toBe(false);
    // Area admins manage the area; the CRM's personal data is for coordinators.
    expect(CrmPolicy.canActAsCoordinator(helsinkiAdmin, kahvila)).toBe(false);
    expect(CrmPolicy.canActAsCoordinator(platformAdmin, kahvila)).toBe(false);
    expect(CrmPolicy.canActAsCoordinator(employerAdmin, kahvila)).toBe(false);
  });

  it('tells the company’s own users from other employers by the company users, not by role alone', () => {
    expect(CrmPolicy.isEmployerUser(employerAdmin, kahvila)).toBe(true);
    expect(CrmPolicy.isEmployerUser(employerMember, kahvila)).toBe(true);
    expect(CrmPolicy.isEmployerUser(otherEmployer, kahvila)).toBe(false);
    expect(CrmPolicy.isCompanyAdmin(employerAdmin, kahvila)).toBe(true);
    expect(CrmPolicy.isCompanyAdmin(employerMember, kahvila)).toBe(false);
  });

  it('shows the profile to its users, staff of seeing areas and platform admins; the CRM to coordinators only', () => {
    expect(CrmPolicy.canReadProfile(employerMember, kahvila)).toBe(true);
    expect(CrmPolicy.canReadProfile(otherEmployer, kahvila)).toBe(false);
    expect(CrmPolicy.canReadProfile(lahtiAdmin, kahvila)).toBe(true);
    expect(CrmPolicy.canReadProfile(lahtiAdmin, unshared)).toBe(false);
    expect(CrmPolicy.canReadProfile(platformAdmin, homeless)).toBe(true);
    expect(CrmPolicy.canReadCrm(employerAdmin, kahvila)).toBe(false);
    expect(CrmPolicy.canReadCoordination(employerAdmin, kahvila)).toBe(false);
    expect(CrmPolicy.canReadCoordination(helsinkiAdmin, kahvila)).toBe(true);
  });

  it('answers NOT_FOUND for a company the caller cannot see and FORBIDDEN when they see it but may not act', () => {
    const notFound = () => CrmPolicy.assertCoordinatorArea(kymppiCoordinator, kahvila);
    expect(notFound).toThrow(CrmException);
    expect(catchCode(notFound)).toBe('NOT_FOUND');
    expect(catchCode(() => CrmPolicy.assertCoordinatorArea(employerAdmin, kahvila))).toBe('FORBIDDEN');
    expect(catchCode(() => CrmPolicy.assertCoordinatorArea(otherEmployer, kahvila))).toBe('NOT_FOUND');
  });

  it('writes CRM entries for the home area first, else for the sharing area', () => {
    const both = principal('kaksoisrooli', [Role.COORDINATOR, 'org-lahti', LAHTI], [Role.COORDINATOR, 'org-helsinki', HELSINKI]);
    expect(CrmPolicy.assertCoordinatorArea(both, kahvila)).toBe(HELSINKI);
    expect(CrmPolicy.assertCoordinatorArea(lahtiCoordinator, kahvila)).toBe(LAHTI);
  });

  it('keeps AREA_ONLY interactions in the author’s area and shows SHARED ones to every seeing area', () => {
    const areaOnly = { visibility: InteractionVisibility.AREA_ONLY, authorEmploymentAreaId: HELSINKI };
    const shared = { visibility: InteractionVisibility.SHARED, authorEmploymentAreaId: HELSINKI };
    expect(CrmPolicy.canSeeInteraction(helsinkiCoordinator, kahvila, areaOnly)).toBe(true);
    expect(CrmPolicy.canSeeInteraction(lahtiCoordinator, kahvila, areaOnly)).toBe(false);
    expect(CrmPolicy.canSeeInteraction(lahtiCoordinator, kahvila, shared)).toBe(true);
    expect(CrmPolicy.canSeeInteraction(lahtiCoordinator, unshared, shared)).toBe(false);
    expect(CrmPolicy.canSeeInteraction(kymppiCoordinator, kahvila, shared)).toBe(false);
  });

  it('lets only admins of the home area share the company', () => {
    expect(() => CrmPolicy.assertCanShare(helsinkiAdmin, kahvila)).not.toThrow();
    expect(catchCode(() => CrmPolicy.assertCanShare(lahtiAdmin, kahvila))).toBe('FORBIDDEN');
    expect(catchCode(() => CrmPolicy.assertCanShare(helsinkiCoordinator, kahvila))).toBe('FORBIDDEN');
    expect(catchCode(() => CrmPolicy.assertCanShare(lahtiAdmin, unshared))).toBe('NOT_FOUND');
  });

  it('lets the company’s admins manage its users and edit it, with home-area coordinators also editing', () => {
    expect(() => CrmPolicy.assertCanManageCompanyUsers(employerAdmin, kahvila)).not.toThrow();
    expect(catchCode(() => CrmPolicy.assertCanManageCompanyUsers(employerMember, kahvila))).toBe('FORBIDDEN');
    expect(() => CrmPolicy.assertCanUpdateCompany(helsinkiCoordinator, kahvila)).not.toThrow();
    expect(catchCode(() => CrmPolicy.assertCanUpdateCompany(lahtiCoordinator, kahvila))).toBe('FORBIDDEN');
  });

  it('lets coordinators create accounts for customers only in their own area', () => {
    expect(() => CrmPolicy.assertCanCreateForCustomer(lahtiCoordinator, LAHTI)).not.toThrow();
    expect(() => CrmPolicy.assertCanCreateForCustomer(lahtiCoordinator, HELSINKI)).toThrow(/their area/);
    expect(() => CrmPolicy.assertCanCreateForCustomer(lahtiCoordinator, null)).toThrow(CrmException);
    expect(() => CrmPolicy.assertCanCreateForCustomer(lahtiAdmin, LAHTI)).toThrow(CrmException);
  });

  it('gives the audit log to area admins for their areas and to platform admins for all', () => {
    expect(CrmPolicy.auditScope(helsinkiAdmin)).toEqual({ all: false, areaIds: [HELSINKI] });
    expect(CrmPolicy.auditScope(platformAdmin)).toEqual({ all: true, areaIds: [] });
    expect(catchCode(() => CrmPolicy.auditScope(helsinkiCoordinator))).toBe('FORBIDDEN');
  });

  it('lets coordinators of the home area verify and transfer a company; its own admin, other areas and platform admins not', () => {
    const pending: CompanyAccessScope = { ...kahvila, verificationStatus: CompanyVerificationStatus.PENDING };
    expect(CrmPolicy.isPending(pending)).toBe(true);
    expect(CrmPolicy.isPending(kahvila)).toBe(false);
    expect(() => CrmPolicy.assertCanVerify(helsinkiCoordinator, pending)).not.toThrow();
    expect(() => CrmPolicy.assertCanTransfer(helsinkiCoordinator, pending)).not.toThrow();
    for (const caller of [employerAdmin, lahtiCoordinator, helsinkiAdmin, platformAdmin]) {
      expect(() => CrmPolicy.assertCanVerify(caller, pending)).toThrow(CrmException);
      expect(() => CrmPolicy.assertCanTransfer(caller, pending)).toThrow(CrmException);
    }
    // Without a home area, only platform admins can.
    expect(() => CrmPolicy.assertCanVerify(platformAdmin, { ...homeless, verificationStatus: CompanyVerificationStatus.PENDING })).not.toThrow();
    expect(() => CrmPolicy.assertCanTransfer(platformAdmin, homeless)).not.toThrow();
  });
});

function catchCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof CrmException ? error.clientCode : undefined;
  }
  return undefined;
}
