import { Role } from '@ytmt/core';
import { createApp, signIn, TestApp } from '@ytmt/test-kit';

describe('Platform admin over GraphQL: users, memberships and taxonomy labels', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('lets a platform admin find a user, grant and take away a provider role, and rename a term; refuses others', async () => {
    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const { users } = await admin.data<{ users: { totalCount: number; edges: { node: { id: string; email: string; memberships: { id: string; role: string }[] } }[] } }>(
      '{ users(search: "tyonhakija.mikko") { totalCount edges { node { id email memberships { id role organization { name } } } } } }',
    );
    expect(users.totalCount).toBe(1);
    const mikko = users.edges[0].node;
    const [{ id: organizationId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Osaamo Koulutus Oy'`);
    const add = 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { memberships { id role organization { name } } } }';
    const { addMembership } = await admin.data<{ addMembership: { memberships: { id: string; role: string; organization: { name: string } | null }[] } }>(add, {
      input: { userId: mikko.id, role: 'PROVIDER_USER', organizationId },
    });
    const granted = addMembership.memberships.find((m) => m.role === 'PROVIDER_USER');
    expect(granted?.organization?.name).toBe('Osaamo Koulutus Oy');
    const again = await admin.request(add, { input: { userId: mikko.id, role: 'PROVIDER_USER', organizationId } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const misfit = await admin.request(add, { input: { userId: mikko.id, role: 'AREA_ADMIN', organizationId } });
    expect(misfit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(misfit.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'input.role' })]);
    const { removeMembership } = await admin.data<{ removeMembership: { memberships: { role: string }[] } }>(
      'mutation ($id: ID!) { removeMembership(membershipId: $id) { memberships { role } } }',
      { id: granted?.id },
    );
    expect(removeMembership.memberships.map((m) => m.role)).toEqual(['JOBSEEKER']);

    const { taxonomyTerms } = await admin.data<{ taxonomyTerms: { id: string; code: string }[] }>('{ taxonomyTerms(taxonomy: TARGET_GROUP) { id code } }');
    const term = taxonomyTerms[0];
    const { updateTaxonomyTerm } = await admin.data<{ updateTaxonomyTerm: { code: string; labelSv: string } }>(
      'mutation ($id: ID!) { updateTaxonomyTerm(id: $id, input: { labelFi: "Nuoret aikuiset", labelSv: "Unga vuxna", labelEn: "Young adults" }) { code labelSv } }',
      { id: term.id },
    );
    expect(updateTaxonomyTerm).toEqual({ code: term.code, labelSv: 'Unga vuxna' });

    const coordinator = await signIn(app, Role.COORDINATOR);
    const listed = await coordinator.request('{ users { totalCount } }');
    expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const renamed = await coordinator.request('mutation ($id: ID!) { updateTaxonomyTerm(id: $id, input: { labelFi: "Ei" }) { code } }', { id: term.id });
    expect(renamed.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
  });
});
