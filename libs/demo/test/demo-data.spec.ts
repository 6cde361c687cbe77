import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { Role } from '@ytmt/core';
import { DeliveryMode, ServiceInput, ServiceStatus } from '@ytmt/catalogue';
import { Sector } from '@ytmt/identity';
import { demoServiceInput } from '../src/demo-catalogue.seeder';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from '../src/demo-data';
import { demoBusinessId } from '../src/demo-seeder.service';
import { DEMO_SERVICES } from '../src/demo-services';

describe('demo data', () => {
  it('gives every company and provider a valid, unique Y-tunnus', () => {
    const ids = DEMO_ORGANIZATIONS.filter((o) => o.businessIdBase).map((o) => demoBusinessId(o.businessIdBase as string));
    expect(ids.every((id) => FinnishBusinessIds.isValidBusinessId(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a demo user for every role, each in a known organisation', () => {
    const roles = new Set(DEMO_USERS.flatMap((u) => u.memberships.map((m) => m.role)));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    const keys = new Set(DEMO_ORGANIZATIONS.map((o) => o.key));
    for (const user of DEMO_USERS) {
      for (const membership of user.memberships) {
        if (membership.role === Role.JOBSEEKER) expect(membership.organizationKey).toBeNull();
        else expect(keys.has(membership.organizationKey as string)).toBe(true);
      }
    }
  });

  it('covers all three sectors', () => {
    expect(new Set(DEMO_ORGANIZATIONS.map((o) => o.sector))).toEqual(new Set(['PUBLIC', 'PRIVATE', 'THIRD_SECTOR']));
  });
});

describe('demo service catalogue', () => {
  // The codes of DOMAIN.md, inserted by the Catalogue migration.
  const CATEGORIES = [
    'RECRUITMENT_SERVICES', 'RECRUITMENT_TRAINING', 'LABOUR_MARKET_TRAINING', 'APPRENTICESHIP', 'PAY_SUBSIDY', 'WORK_TRIAL',
    'JOB_COACHING', 'REHABILITATIVE_WORK', 'WORKSHOP', 'SKILLS_RECOGNITION', 'STAFF_DEVELOPMENT', 'ON_THE_JOB_LEARNING',
    'ACCOMMODATION_ADVICE', 'INCLUSIVE_RECRUITMENT_ADVICE', 'ENTREPRENEURSHIP_ADVICE', 'INTEGRATION_SERVICES', 'CAREER_GUIDANCE',
    'WORK_ABILITY_SUPPORT', 'EMPLOYMENT_VIA_PROCUREMENT',
  ];
  const TARGET_GROUPS = [
    'PARTIAL_WORK_ABILITY', 'DISABLED', 'LONG_TERM_UNEMPLOYED', 'YOUNG', 'OLDER', 'IMMIGRANTS', 'LOW_EDUCATION', 'LEARNING_DIFFICULTIES',
  ];
  const DEMO_AREAS = ['helsinki', 'lahti', 'kympin-tyollisyysalue', 'pohjoisen-keski-suomen-tyollisyysalue'];
  const organization = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key);
  const published = DEMO_SERVICES.filter((s) => s.status === ServiceStatus.PUBLISHED);

  it('covers every category and target group with a published service', () => {
    expect(new Set(published.flatMap((s) => s.service.categoryCodes))).toEqual(new Set(CATEGORIES));
    expect(new Set(published.flatMap((s) => s.service.targetGroupCodes ?? []))).toEqual(new Set(TARGET_GROUPS));
  });

  it('has published services of every sector, in every demo area and nationally', () => {
    expect(new Set(published.map((s) => organization(s.providerKey)?.sector))).toEqual(new Set(Object.values(Sector)));
    for (const area of DEMO_AREAS) expect(published.some((s) => s.employmentAreaCodes.includes(area))).toBe(true);
    expect(published.filter((s) => s.service.isNational).length).toBeGreaterThanOrEqual(3);
  });

  it('shows every lifecycle state, and only rejected services carry a reason', () => {
    const count = (status: ServiceStatus) => DEMO_SERVICES.filter((s) => s.status === status).length;
    expect(count(ServiceStatus.DRAFT)).toBe(2);
    expect(count(ServiceStatus.REJECTED)).toBe(2);
    expect(count(ServiceStatus.ARCHIVED)).toBe(2);
    expect(count(ServiceStatus.SUBMITTED)).toBeGreaterThanOrEqual(2);
    expect(count(ServiceStatus.PUBLISHED)).toBeGreaterThan(DEMO_SERVICES.length / 2);
    for (const demo of DEMO_SERVICES) expect(Boolean(demo.rejectionReason)).toBe(demo.status === ServiceStatus.REJECTED);
  });

  it('has Swedish and English texts for some services', () => {
    expect(DEMO_SERVICES.filter((s) => s.service.nameSv && s.service.summarySv).length).toBeGreaterThanOrEqual(8);
    expect(DEMO_SERVICES.filter((s) => s.service.nameEn && s.service.summaryEn).length).toBeGreaterThanOrEqual(8);
  });

  it('names each service once per provider, and every provider has a demo provider user', () => {
    const keys = DEMO_SERVICES.map((s) => `${s.providerKey}/${s.service.nameFi}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const demo of DEMO_SERVICES) {
      expect(organization(demo.providerKey)).toBeDefined();
      const providerUsers = DEMO_USERS.filter((u) =>
        u.memberships.some((m) => m.role === Role.PROVIDER_USER && m.organizationKey === demo.providerKey),
      );
      expect(providerUsers.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every demo service an input the API would accept', async () => {
    const areaId = (code: string) => `00000000-0000-4000-8000-${String(DEMO_AREAS.indexOf(code) + 1).padStart(12, '0')}`;
    for (const demo of DEMO_SERVICES) {
      for (const code of demo.employmentAreaCodes) expect(DEMO_AREAS).toContain(code);
      const input = demoServiceInput(demo, demo.employmentAreaCodes.map(areaId));
      const errors = await validate(plainToInstance(ServiceInput, input), { forbidUnknownValues: true });
      expect({ service: input.nameFi, errors: errors.map((e) => e.toString()) }).toEqual({ service: input.nameFi, errors: [] });
      // The cross-field rules of ServiceInputValidator, which need no database.
      expect(input.isNational || input.employmentAreaIds.length + input.municipalityCodes.length > 0).toBe(true);
      expect(input.isNational && input.employmentAreaIds.length > 0).toBe(false);
      expect(input.isFree).toBe(!input.costOptions.some((option) => (option.amount ?? 0) > 0));
      if (input.minimumAge !== undefined && input.maximumAge !== undefined) expect(input.minimumAge).toBeLessThanOrEqual(input.maximumAge);
      if (input.deliveryMode !== DeliveryMode.REMOTE) expect(input.locations.length).toBeGreaterThan(0);
    }
  });
});
