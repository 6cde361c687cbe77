import { Principal, Role } from '@ytmt/core';
import { NeedSearchDocument } from '../../src/search/need-search.port';
import { canSee, coversNeed, isOpenNeedStage, NO_COVERAGE, needSearchAudience } from '../../src/search/need-visibility';

const LAHTI = '5b0c2f7e-8a51-4c1e-9d3a-1e2f3a4b5c61';
const HELSINKI = '8d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f62';
const TAMPERE = 'c4d5e6f7-0819-4a2b-8c3d-4e5f6a7b8c93';
const OULU = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55';
const KONEPAJA = '7e2d9b10-4c3a-4f5e-8b6d-000000000001';
const HOIVA = '7e2d9b10-4c3a-4f5e-8b6d-000000000002';
const SAATIO = '7e2d9b10-4c3a-4f5e-8b6d-000000000010';
const REKRY = '7e2d9b10-4c3a-4f5e-8b6d-000000000011';

function principal(...memberships: [Role, string | null, string | null][]): Principal {
  return {
    userId: 'a0000000-0000-4000-8000-000000000001',
    email: 'kayttaja@ytmt.example',
    memberships: memberships.map(([role, organizationId, employmentAreaId]) => ({ role, organizationId, employmentAreaId })),
  };
}

/** A Konepaja need in Lahti; the company's home area is Lahti and it is shared with Tampere. */
function need(overrides: Partial<NeedSearchDocument> = {}): NeedSearchDocument {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    companyId: KONEPAJA,
    companyName: 'Lahden Konepaja Oy',
    title: 'Hitsaaja',
    description: 'Hitsaustöitä konepajassa.',
    kinds: ['RECRUITMENT'],
    municipalityCode: '398',
    employmentAreaId: LAHTI,
    companyAreaIds: [LAHTI, TAMPERE],
    measures: [],
    adjustments: [],
    openToPrecisionCapable: false,
    stage: 'IDENTIFIED',
    occupationLabel: null,
    occupationGroups: [],
    visibility: 'COORDINATORS_ONLY',
    forwardedProviderIds: [],
    updatedAt: '2025-03-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('needSearchAudience', () => {
  it('gives anonymous callers the public grant only', () => {
    expect(needSearchAudience(null)).toEqual({
      public: true,
      all: false,
      coordinatorAreaIds: [],
      providerCoverage: NO_COVERAGE,
      providerIds: [],
      companyIds: [],
    });
  });

  it('collects coordinator and area admin areas, companies and provider organisations', () => {
    const audience = needSearchAudience(
      principal(
        [Role.COORDINATOR, 'o-lahti', LAHTI],
        [Role.AREA_ADMIN, 'o-helsinki', HELSINKI],
        [Role.EMPLOYER_USER, KONEPAJA, null],
        [Role.PROVIDER_USER, SAATIO, null],
        [Role.JOBSEEKER, null, null],
      ),
      { national: false, areaIds: [LAHTI, LAHTI], municipalityCodes: ['111'] },
    );
    expect(audience).toEqual({
      public: true,
      all: false,
      coordinatorAreaIds: [LAHTI, HELSINKI].sort(),
      providerCoverage: { national: false, areaIds: [LAHTI], municipalityCodes: ['111'] },
      providerIds: [SAATIO],
      companyIds: [KONEPAJA],
    });
  });

  it('ignores service coverage for a caller who is no provider user', () => {
    const audience = needSearchAudience(principal([Role.EMPLOYER_USER, HOIVA, null]), { national: true, areaIds: [], municipalityCodes: [] });
    expect(audience.providerCoverage).toEqual(NO_COVERAGE);
  });

  it('does not make a provider user of an area organisation a coordinator of it', () => {
    const audience = needSearchAudience(principal([Role.PROVIDER_USER, 'o-lahti', LAHTI]));
    expect(audience.coordinatorAreaIds).toEqual([]);
    expect(audience.providerIds).toEqual(['o-lahti']);
  });

  it('lets platform admins see everything', () => {
    expect(needSearchAudience(principal([Role.PLATFORM_ADMIN, 'o-operator', null])).all).toBe(true);
  });
});

describe('coversNeed', () => {
  it('covers through a national service, the employment area or the municipality', () => {
    expect(coversNeed({ national: true, areaIds: [], municipalityCodes: [] }, { employmentAreaId: null, municipalityCode: null })).toBe(true);
    expect(coversNeed({ national: false, areaIds: [LAHTI], municipalityCodes: [] }, { employmentAreaId: LAHTI, municipalityCode: '398' })).toBe(true);
    expect(coversNeed({ national: false, areaIds: [], municipalityCodes: ['111'] }, { employmentAreaId: LAHTI, municipalityCode: '111' })).toBe(true);
    expect(coversNeed({ national: false, areaIds: [], municipalityCodes: ['111'] }, { employmentAreaId: LAHTI, municipalityCode: '398' })).toBe(false);
    expect(coversNeed({ national: false, areaIds: [LAHTI], municipalityCodes: ['398'] }, { employmentAreaId: null, municipalityCode: null })).toBe(false);
  });
});

describe('canSee', () => {
  const anonymous = needSearchAudience(null);
  const coordinator = (area: string) => needSearchAudience(principal([Role.COORDINATOR, 'o-area', area]));
  const provider = (coverage = NO_COVERAGE, organization = SAATIO) => needSearchAudience(principal([Role.PROVIDER_USER, organization, null]), coverage);
  const lahtiServices = { national: false, areaIds: [LAHTI], municipalityCodes: [] };

  it('shows open PUBLIC needs to everyone, finished ones only to closer audiences', () => {
    expect(isOpenNeedStage('OFFERED')).toBe(true);
    expect(canSee(anonymous, need({ visibility: 'PUBLIC' }))).toBe(true);
    for (const stage of ['FILLED', 'CLOSED']) {
      expect(isOpenNeedStage(stage)).toBe(false);
      expect(canSee(anonymous, need({ visibility: 'PUBLIC', stage }))).toBe(false);
      expect(canSee(coordinator(LAHTI), need({ visibility: 'PUBLIC', stage }))).toBe(true);
      expect(canSee(provider(lahtiServices), need({ visibility: 'PUBLIC', stage }))).toBe(true);
    }
    expect(canSee(anonymous, need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(false);
  });

  it.each<[string, string, boolean, boolean]>([
    // label, coordinator's area, sees COORDINATORS_AND_PROVIDERS, sees COORDINATORS_ONLY
    ["the company's home area", LAHTI, true, true],
    ['an area the company is shared with', TAMPERE, true, true],
    ['an unrelated area', OULU, false, false],
  ])('coordinators of %s', (_label, area, seesProviders, seesOnly) => {
    expect(canSee(coordinator(area), need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(seesProviders);
    expect(canSee(coordinator(area), need({ visibility: 'COORDINATORS_ONLY' }))).toBe(seesOnly);
  });

  it("lets coordinators of the need's municipality's area see COORDINATORS_AND_PROVIDERS, not COORDINATORS_ONLY", () => {
    const inHelsinki = { municipalityCode: '091', employmentAreaId: HELSINKI };
    expect(canSee(coordinator(HELSINKI), need({ ...inHelsinki, visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(true);
    expect(canSee(coordinator(HELSINKI), need({ ...inHelsinki, visibility: 'COORDINATORS_ONLY' }))).toBe(false);
  });

  it('treats area admins as coordinators of their area', () => {
    const admin = needSearchAudience(principal([Role.AREA_ADMIN, 'o-lahti', LAHTI]));
    expect(canSee(admin, need({ visibility: 'COORDINATORS_ONLY' }))).toBe(true);
  });

  it('shows COORDINATORS_AND_PROVIDERS needs to providers whose services cover the place, never COORDINATORS_ONLY', () => {
    expect(canSee(provider(lahtiServices), need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(true);
    expect(canSee(provider(lahtiServices), need({ visibility: 'COORDINATORS_ONLY' }))).toBe(false);
    expect(canSee(provider({ national: false, areaIds: [HELSINKI], municipalityCodes: [] }), need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(false);
    expect(canSee(provider({ national: true, areaIds: [], municipalityCodes: [] }), need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(true);
    expect(canSee(provider({ national: false, areaIds: [], municipalityCodes: ['398'] }), need({ visibility: 'COORDINATORS_AND_PROVIDERS' }))).toBe(true);
  });

  it('shows a forwarded need to the provider it was forwarded to, whatever its visibility', () => {
    const forwarded = need({ visibility: 'COORDINATORS_ONLY', forwardedProviderIds: [REKRY] });
    expect(canSee(provider(NO_COVERAGE, REKRY), forwarded)).toBe(true);
    expect(canSee(provider(NO_COVERAGE, SAATIO), forwarded)).toBe(false);
  });

  it("shows employers every need of their own company and only public ones of others", () => {
    const konepaja = needSearchAudience(principal([Role.EMPLOYER_USER, KONEPAJA, null]));
    const hoiva = needSearchAudience(principal([Role.EMPLOYER_USER, HOIVA, null]));
    expect(canSee(konepaja, need({ visibility: 'COORDINATORS_ONLY', stage: 'CLOSED' }))).toBe(true);
    expect(canSee(hoiva, need({ visibility: 'COORDINATORS_ONLY' }))).toBe(false);
    expect(canSee(hoiva, need({ visibility: 'PUBLIC' }))).toBe(true);
  });

  it('shows platform admins everything', () => {
    const admin = needSearchAudience(principal([Role.PLATFORM_ADMIN, 'o-operator', null]));
    expect(canSee(admin, need({ visibility: 'COORDINATORS_ONLY', companyAreaIds: [] }))).toBe(true);
  });
});
