import { Principal, Role } from '@ytmt/core';
import { MarketplacePolicy } from '../src/marketplace.policy';

const member = (role: Role, organizationId: string, employmentAreaId: string | null = null): Principal => ({
  userId: `${role}-${organizationId}`,
  email: 'x@ytmt.example',
  memberships: [{ role, organizationId, employmentAreaId }],
});
const access = { companyId: 'konepaja', homeEmploymentAreaId: 'lahti', sharedEmploymentAreaIds: ['kymppi'] };

describe('MarketplacePolicy', () => {
  it('lets the employer and the coordinators of the company’s areas see all proposals', () => {
    expect(MarketplacePolicy.seesAllProposals(member(Role.EMPLOYER_USER, 'konepaja'), access)).toBe(true);
    expect(MarketplacePolicy.seesAllProposals(member(Role.COORDINATOR, 'area-org', 'kymppi'), access)).toBe(true);
    expect(MarketplacePolicy.seesAllProposals(member(Role.EMPLOYER_USER, 'hoiva'), access)).toBe(false);
    expect(MarketplacePolicy.seesAllProposals(member(Role.COORDINATOR, 'area-org', 'helsinki'), access)).toBe(false);
    expect(MarketplacePolicy.seesAllProposals(member(Role.PROVIDER_USER, 'saatio'), access)).toBe(false);
  });

  it('leaves answers to the employer and forwards to the company’s coordinators', () => {
    expect(() => MarketplacePolicy.assertCanAnswer(member(Role.EMPLOYER_USER, 'konepaja'), access)).not.toThrow();
    expect(() => MarketplacePolicy.assertCanAnswer(member(Role.COORDINATOR, 'area-org', 'lahti'), access)).toThrow(/answer/);
    expect(() => MarketplacePolicy.assertCanForward(member(Role.COORDINATOR, 'area-org', 'lahti'), access)).not.toThrow();
    expect(() => MarketplacePolicy.assertCanForward(member(Role.EMPLOYER_USER, 'konepaja'), access)).toThrow(/forward/);
  });

  it('neither forwards the needs of a company whose right to act is not verified nor lets it receive proposals', () => {
    const pending = { ...access, pending: true };
    expect(() => MarketplacePolicy.assertCanForward(member(Role.COORDINATOR, 'area-org', 'lahti'), pending)).toThrow(/not verified/);
    expect(() => MarketplacePolicy.assertCanReceiveProposals(pending, 'input.needId')).toThrow(/no such need/);
    expect(() => MarketplacePolicy.assertCanReceiveProposals(access, 'input.needId')).not.toThrow();
  });

  it('lets providers act only for their own organisation', () => {
    expect(MarketplacePolicy.isProviderUserOf(member(Role.PROVIDER_USER, 'saatio'), 'saatio')).toBe(true);
    expect(MarketplacePolicy.isProviderUserOf(member(Role.PROVIDER_USER, 'saatio'), 'rekry')).toBe(false);
    expect(MarketplacePolicy.isProviderUserOf(member(Role.EMPLOYER_USER, 'saatio'), 'saatio')).toBe(false);
  });
});
