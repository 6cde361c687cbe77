import { Principal, Role } from '@ytmt/core';
import { NeedsException } from '../src/needs.exception';
import { CompanyAccess, NeedsPolicy } from '../src/needs.policy';

const principal = (role: Role, organizationId: string | null, employmentAreaId: string | null = null): Principal => ({
  userId: 'u',
  email: 'u@ytmt.example',
  memberships: [{ role, organizationId, employmentAreaId }],
});

describe('NeedsPolicy', () => {
  const company: CompanyAccess = { companyId: 'konepaja', homeEmploymentAreaId: 'lahti', sharedEmploymentAreaIds: ['helsinki'] };

  it('lets the company’s employer users and home-area coordinators write', () => {
    expect(NeedsPolicy.canWrite(principal(Role.EMPLOYER_USER, 'konepaja'), company)).toBe(true);
    expect(NeedsPolicy.canWrite(principal(Role.COORDINATOR, 'area-org', 'lahti'), company)).toBe(true);
    expect(NeedsPolicy.canWrite(principal(Role.COORDINATOR, 'area-org', 'helsinki'), company)).toBe(false);
    expect(() => NeedsPolicy.assertCanWrite(principal(Role.EMPLOYER_USER, 'hoivakoti'), company)).toThrow(NeedsException);
  });

  it('lets shared areas read, and nobody else', () => {
    expect(NeedsPolicy.canRead(principal(Role.COORDINATOR, 'area-org', 'helsinki'), company)).toBe(true);
    expect(NeedsPolicy.canRead(principal(Role.AREA_ADMIN, 'area-org', 'lahti'), company)).toBe(true);
    expect(NeedsPolicy.canRead(principal(Role.COORDINATOR, 'area-org', 'kymppi'), company)).toBe(false);
    expect(NeedsPolicy.canRead(principal(Role.EMPLOYER_USER, 'hoivakoti'), company)).toBe(false);
    expect(NeedsPolicy.canRead(principal(Role.PROVIDER_USER, 'saatio'), company)).toBe(false);
  });

  it('keeps a pending company’s needs from the areas it is shared with; its own users and home area still read', () => {
    const pending: CompanyAccess = { ...company, pending: true };
    expect(NeedsPolicy.canRead(principal(Role.COORDINATOR, 'area-org', 'helsinki'), pending)).toBe(false);
    expect(NeedsPolicy.canRead(principal(Role.COORDINATOR, 'area-org', 'lahti'), pending)).toBe(true);
    expect(NeedsPolicy.canRead(principal(Role.EMPLOYER_USER, 'konepaja'), pending)).toBe(true);
  });
});
