import { Principal, Role } from '@ytmt/core';
import { auditActor } from '../src/audit-actor';

const principal = (memberships: Principal['memberships']): Principal => ({ userId: 'u1', email: 'kaisa@lahti.example', memberships });

describe('auditActor', () => {
  it('names the membership in the event’s organisation first, then the one in its areas', () => {
    const both = principal([
      { role: Role.COORDINATOR, organizationId: 'area-org', employmentAreaId: 'lahti' },
      { role: Role.EMPLOYER_USER, organizationId: 'konepaja', employmentAreaId: null },
    ]);
    expect(auditActor(both, { organizationIds: ['konepaja'], employmentAreaIds: ['lahti'] })).toEqual({ actorRole: Role.EMPLOYER_USER, actorOrganizationId: 'konepaja' });
    expect(auditActor(both, { employmentAreaIds: [null, 'lahti'] })).toEqual({ actorRole: Role.COORDINATOR, actorOrganizationId: 'area-org' });
  });

  it('records nothing when no membership matches, e.g. a platform admin', () => {
    expect(auditActor(principal([{ role: Role.PLATFORM_ADMIN, organizationId: null, employmentAreaId: null }]), { organizationIds: ['konepaja'], employmentAreaIds: ['lahti'] })).toEqual({});
  });
});
