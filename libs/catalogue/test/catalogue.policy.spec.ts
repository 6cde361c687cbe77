import { Principal, Role } from '@ytmt/core';
import { CatalogueException } from '../src/catalogue.exception';
import { CataloguePolicy, ServiceScope } from '../src/catalogue.policy';

const principal = (...memberships: [Role, string | null, string | null][]): Principal => ({
  userId: 'u1',
  email: 'kayttaja@ytmt.example',
  memberships: memberships.map(([role, organizationId, employmentAreaId]) => ({ role, organizationId, employmentAreaId })),
});

const LAHTI = 'area-lahti';
const regional: ServiceScope = { organizationId: 'saatio', isNational: false, employmentAreaIds: [LAHTI], published: false };
const national: ServiceScope = { ...regional, isNational: true, employmentAreaIds: [] };

describe('CataloguePolicy', () => {
  const provider = principal([Role.PROVIDER_USER, 'saatio', null]);
  const otherProvider = principal([Role.PROVIDER_USER, 'rekry', null]);
  const lahtiCoordinator = principal([Role.COORDINATOR, 'area-org-lahti', LAHTI]);
  const helsinkiCoordinator = principal([Role.COORDINATOR, 'area-org-helsinki', 'area-helsinki']);
  const admin = principal([Role.PLATFORM_ADMIN, 'operator', null]);
  const employer = principal([Role.EMPLOYER_USER, 'konepaja', null]);

  it('lets only the provider’s own users edit', () => {
    expect(() => CataloguePolicy.assertCanEdit(provider, regional)).not.toThrow();
    expect(() => CataloguePolicy.assertCanEdit(otherProvider, regional)).toThrow(CatalogueException);
    expect(() => CataloguePolicy.assertCanEdit(lahtiCoordinator, regional)).toThrow(CatalogueException);
  });

  it('gives regional services to coordinators of a covered area and national ones to platform admins', () => {
    expect(CataloguePolicy.canModerate(lahtiCoordinator, regional)).toBe(true);
    expect(CataloguePolicy.canModerate(helsinkiCoordinator, regional)).toBe(false);
    expect(CataloguePolicy.canModerate(lahtiCoordinator, national)).toBe(false);
    expect(CataloguePolicy.canModerate(admin, national)).toBe(true);
    expect(CataloguePolicy.canModerate(admin, regional)).toBe(true);
    expect(CataloguePolicy.canModerate(provider, regional)).toBe(false);
  });

  it('shows unpublished services only to their provider and moderators; published ones to everyone', () => {
    expect(CataloguePolicy.canRead(null, regional)).toBe(false);
    expect(CataloguePolicy.canRead(employer, regional)).toBe(false);
    expect(CataloguePolicy.canRead(provider, regional)).toBe(true);
    expect(CataloguePolicy.canRead(lahtiCoordinator, regional)).toBe(true);
    expect(CataloguePolicy.canRead(null, { ...regional, published: true })).toBe(true);
  });

  it('lets the provider or a moderator archive; a moderator of some covered areas withdraws it from those only', () => {
    const twoAreas: ServiceScope = { ...regional, employmentAreaIds: [LAHTI, 'area-helsinki'] };
    expect(CataloguePolicy.archiveReach(provider, twoAreas)).toEqual({ whole: true });
    expect(CataloguePolicy.archiveReach(admin, twoAreas)).toEqual({ whole: true });
    expect(CataloguePolicy.archiveReach(lahtiCoordinator, regional)).toEqual({ whole: true });
    expect(CataloguePolicy.archiveReach(lahtiCoordinator, twoAreas)).toEqual({ whole: false, areaIds: [LAHTI] });
    expect(() => CataloguePolicy.archiveReach(helsinkiCoordinator, regional)).toThrow(/archive/);
    expect(() => CataloguePolicy.archiveReach(lahtiCoordinator, national)).toThrow(/archive/);
    expect(() => CataloguePolicy.archiveReach(employer, regional)).toThrow(/archive/);
  });

  it('lets a decision speak for the moderator’s own covered areas only, and national coverage for platform admins only', () => {
    const twoAreas: ServiceScope = { ...regional, employmentAreaIds: [LAHTI, 'area-helsinki'] };
    expect(CataloguePolicy.decisionAreas(lahtiCoordinator, twoAreas)).toEqual({ all: false, areaIds: [LAHTI] });
    expect(CataloguePolicy.decisionAreas(admin, twoAreas)).toEqual({ all: true, areaIds: [LAHTI, 'area-helsinki'] });
    expect(() => CataloguePolicy.assertCanDecide(helsinkiCoordinator, regional)).toThrow(CatalogueException);
    expect(() => CataloguePolicy.assertCanDecide(lahtiCoordinator, { ...national, employmentAreaIds: [LAHTI] })).toThrow(/platform admins/);
    expect(CataloguePolicy.assertCanDecide(admin, national)).toEqual({ all: true, areaIds: [] });
    expect(() => CataloguePolicy.assertCanDecide(provider, regional)).toThrow(CatalogueException);
  });
});
