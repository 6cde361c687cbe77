import { Principal, Role } from '@ytmt/core';
import { IdentityErrorCode, IdentityException, roleFitsOrganization, UserAdminAuditAction, UserAdminService, UserDirectory, OrganizationType } from '@ytmt/identity';
import { createApp, TestApp } from '@ytmt/test-kit';

// Platform admins' user management against the real database: the role rules, duplicates, the
// last-admin guard and the audit trail.
describe('UserAdminService (real PostgreSQL)', () => {
  let app: TestApp;
  let service: UserAdminService;
  let admin: Principal;
  let coordinator: Principal;
  const orgId = async (name: string): Promise<string> => (await app.dataSource.query('SELECT id FROM organization WHERE name = $1', [name]))[0].id;
  const userId = async (email: string): Promise<string> => (await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;
  const auditCount = async (action: string, resourceId: string): Promise<number> =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND resource_id = $2', [action, resourceId]))[0].n;
  const codeOf = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityException);
    return (error as IdentityException).code;
  };

  beforeAll(async () => {
    app = await createApp();
    service = app.app.get(UserAdminService);
    const users = app.app.get(UserDirectory);
    admin = (await users.findByEmail('paakayttaja@ytmt.example')) as Principal;
    coordinator = (await users.findByEmail('koordinaattori.lahti@ytmt.example')) as Principal;
  });
  afterAll(() => app.close());

  it('fits roles to organisation types', () => {
    expect(roleFitsOrganization(Role.EMPLOYER_USER, { type: OrganizationType.COMPANY, employmentAreaId: null })).toBe(true);
    expect(roleFitsOrganization(Role.EMPLOYER_USER, { type: OrganizationType.ASSOCIATION, employmentAreaId: null })).toBe(false);
    expect(roleFitsOrganization(Role.COORDINATOR, { type: OrganizationType.COMPANY, employmentAreaId: null })).toBe(false);
    expect(roleFitsOrganization(Role.AREA_ADMIN, { type: OrganizationType.EMPLOYMENT_AREA, employmentAreaId: 'a' })).toBe(true);
    expect(roleFitsOrganization(Role.JOBSEEKER, { type: OrganizationType.OTHER, employmentAreaId: null })).toBe(false);
  });

  it('lists users by name or e-mail with memberships and audits one read per user shown', async () => {
    const page = await service.list(admin, 'koordinaattori', 10);
    const emails = page.edges.map((e) => e.node.user.email);
    expect(emails).toContain('koordinaattori.lahti@ytmt.example');
    expect(emails.every((e) => e.includes('koordinaattori'))).toBe(true);
    const kaisa = page.edges.find((e) => e.node.user.email === 'koordinaattori.lahti@ytmt.example')?.node;
    expect(kaisa?.memberships.map((m) => [m.role, m.organization?.name])).toEqual([[Role.COORDINATOR, 'Lahden työllisyyspalvelut']]);
    expect(await auditCount(UserAdminAuditAction.READ_USER, kaisa?.user.id as string)).toBe(1);
    const byName = await service.list(admin, 'Pääkäyttäjä', 10);
    expect(byName.edges.map((e) => e.node.user.email)).toEqual(['paakayttaja@ytmt.example']);
  });

  it('pages with cursors', async () => {
    const first = await service.list(admin, undefined, 2);
    const second = await service.list(admin, undefined, 2, first.pageInfo.endCursor as string);
    expect(second.edges[0].node.user.displayName >= first.edges[1].node.user.displayName).toBe(true);
    expect(first.totalCount).toBeGreaterThan(4);
  });

  it('refuses everyone but platform admins', async () => {
    expect(await codeOf(service.list(coordinator, undefined, 10))).toBe(IdentityErrorCode.NOT_ALLOWED);
    const input = { userId: coordinator.userId, role: Role.PROVIDER_USER, organizationId: await orgId('Lahden työllisyyspalvelut') };
    expect(await codeOf(service.addMembership(coordinator, input))).toBe(IdentityErrorCode.NOT_ALLOWED);
  });

  it('adds a fitting membership once, refuses a duplicate and a misfit, removes it, and audits both changes', async () => {
    const jari = await userId('tyonhakija@ytmt.example');
    const provider = await orgId('Esteetön Työelämä ry');
    const added = await service.addMembership(admin, { userId: jari, role: Role.PROVIDER_USER, organizationId: provider });
    const membership = added.memberships.find((m) => m.role === Role.PROVIDER_USER);
    expect(membership?.organization?.name).toBe('Esteetön Työelämä ry');
    expect(await codeOf(service.addMembership(admin, { userId: jari, role: Role.PROVIDER_USER, organizationId: provider }))).toBe(IdentityErrorCode.MEMBERSHIP_EXISTS);
    expect(await codeOf(service.addMembership(admin, { userId: jari, role: Role.EMPLOYER_USER, organizationId: provider }))).toBe(
      IdentityErrorCode.ROLE_DOES_NOT_FIT_ORGANIZATION,
    );
    expect(await codeOf(service.addMembership(admin, { userId: jari, role: Role.COORDINATOR, organizationId: await orgId('Lahden Konepaja Oy') }))).toBe(
      IdentityErrorCode.ROLE_DOES_NOT_FIT_ORGANIZATION,
    );
    const removed = await service.removeMembership(admin, membership?.id as string);
    expect(removed.memberships.map((m) => m.role)).toEqual([Role.JOBSEEKER]);
    expect(await codeOf(service.removeMembership(admin, membership?.id as string))).toBe(IdentityErrorCode.MEMBERSHIP_NOT_FOUND);
    expect(await auditCount(UserAdminAuditAction.ADD_MEMBERSHIP, jari)).toBe(1);
    expect(await auditCount(UserAdminAuditAction.REMOVE_MEMBERSHIP, jari)).toBe(1);
  });

  it("keeps an admin's own last PLATFORM_ADMIN membership, but not a second one", async () => {
    const [own] = await app.dataSource.query(`SELECT id FROM membership WHERE user_id = $1 AND role = 'PLATFORM_ADMIN'`, [admin.userId]);
    expect(await codeOf(service.removeMembership(admin, own.id))).toBe(IdentityErrorCode.LAST_PLATFORM_ADMIN);
    const second = await service.addMembership(admin, { userId: admin.userId, role: Role.PLATFORM_ADMIN, organizationId: await orgId('Lahden työllisyyspalvelut') });
    const extra = second.memberships.find((m) => m.role === Role.PLATFORM_ADMIN && m.organization?.name === 'Lahden työllisyyspalvelut');
    await service.removeMembership(admin, extra?.id as string);
    expect(await codeOf(service.removeMembership(admin, own.id))).toBe(IdentityErrorCode.LAST_PLATFORM_ADMIN);
  });
});
