import { Principal, Role } from '@ytmt/core';
import { TalentPolicy } from '../src/talent.policy';

const jobseeker: Principal = { userId: 'u1', email: 'a@b.fi', memberships: [{ role: Role.JOBSEEKER, organizationId: null, employmentAreaId: null }] };
const coordinator: Principal = { userId: 'c1', email: 'c@b.fi', memberships: [{ role: Role.COORDINATOR, organizationId: 'o1', employmentAreaId: 'lahti' }] };
const otherCoordinator: Principal = { userId: 'c2', email: 'd@b.fi', memberships: [{ role: Role.COORDINATOR, organizationId: 'o2', employmentAreaId: 'helsinki' }] };
const access = { profileId: 'p1', userId: 'u1', employmentAreaId: 'lahti' };

describe('TalentPolicy', () => {
  it('lets the owner and the coordinators of the area keep the profile, nobody else', () => {
    expect(TalentPolicy.canKeep(jobseeker, access)).toBe(true);
    expect(TalentPolicy.canKeep(coordinator, access)).toBe(true);
    expect(TalentPolicy.canKeep(otherCoordinator, access)).toBe(false);
    expect(TalentPolicy.canKeep({ ...jobseeker, userId: 'u2' }, access)).toBe(false);
  });

  it('leaves consent decisions to the jobseeker alone', () => {
    expect(() => TalentPolicy.assertCanDecideConsent(jobseeker, access)).not.toThrow();
    expect(() => TalentPolicy.assertCanDecideConsent(coordinator, access)).toThrow(/Only the jobseeker/);
  });

  it('hides profiles from outsiders as missing', () => {
    expect(() => TalentPolicy.assertCanKeep(otherCoordinator, access)).toThrow(/no such profile/);
  });
});
