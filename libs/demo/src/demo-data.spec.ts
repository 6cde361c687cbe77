import { FinnishBusinessIds } from 'finnish-business-ids';
import { Role } from '@ytmt/core';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { demoBusinessId } from './demo-seeder.service';

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
