import { createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const COMPANY_FIELDS = `id name businessId type sector sizeClass homeMunicipalityCode homeEmploymentAreaId operatingMunicipalityCodes
  industry { section code sectionNameFi }
  crm { tags sharedWithEmploymentAreaIds responsibleCoordinators { displayName } }
  users { email role }`;
const REGISTER = `mutation ($input: CompanyInput!) { registerCompany(input: $input) { ${COMPANY_FIELDS} } }`;
const CREATE_FOR_CUSTOMER = `mutation ($input: CompanyInput!) { createCompanyForCustomer(input: $input) { ${COMPANY_FIELDS} } }`;
const COMPANY = `query ($id: ID!) { company(id: $id) { ${COMPANY_FIELDS} } }`;
const MY_COMPANIES = `query ($filter: CompanyFilter, $first: Int, $after: String) {
  myCompanies(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
const CONTACTS = 'query ($id: ID!) { companyContacts(companyId: $id) { id name title email phone } }';
const INTERACTIONS = 'query ($id: ID!) { companyInteractions(companyId: $id) { id summary visibility authorEmploymentAreaId } }';
const LOG = `mutation ($id: ID!, $input: InteractionInput!) { logInteraction(companyId: $id, input: $input) { id visibility authorEmploymentAreaId } }`;
const SHARE = 'mutation ($id: ID!, $area: ID!) { shareCompany(companyId: $id, employmentAreaId: $area) { crm { sharedWithEmploymentAreaIds } } }';
const UNSHARE = 'mutation ($id: ID!, $area: ID!) { unshareCompany(companyId: $id, employmentAreaId: $area) { crm { sharedWithEmploymentAreaIds } } }';
const AUDIT = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { action actorUserId resourceType resourceId organizationId employmentAreaId details { key value } } }
    pageInfo { hasNextPage endCursor } } }`;
const TASKS_DUE = `query ($before: DateTime, $includeDone: Boolean) {
  myTasksDue(before: $before, includeDone: $includeDone) { id title companyName done overdue dueAt } }`;

interface Company {
  id: string;
  name: string;
  businessId: string;
  homeEmploymentAreaId: string | null;
  industry: { section: string; code: string | null; sectionNameFi: string | null };
  crm: { tags: string[]; sharedWithEmploymentAreaIds: string[]; responsibleCoordinators: { displayName: string }[] } | null;
  users: { email: string; role: string }[] | null;
}
interface AuditEdge {
  node: { action: string; actorUserId: string; resourceType: string; resourceId: string; organizationId: string; employmentAreaId: string };
}

function companyInput(overrides: Record<string, unknown>) {
  return {
    name: 'Päijänteen Puusepät Oy',
    businessId: '9102001-4',
    type: 'COMPANY',
    industrySection: 'C',
    industryCode: '16.23',
    sizeClass: 'SMALL_10_49',
    homeMunicipalityCode: '398',
    operatingMunicipalityCodes: [],
    website: 'https://paijanteenpuusepat.example',
    ...overrides,
  };
}

const DAY = 24 * 60 * 60 * 1000;

describe('Company accounts and the coordinators’ CRM end to end', () => {
  let app: TestApp;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let helsinkiAdmin: GraphQLClient;
  let helsinkiEmployer: GraphQLClient;
  let lahtiEmployer: GraphQLClient;
  let lahtiAreaId: string;
  let helsinkiAreaId: string;
  let lahtiCompany: Company;
  let helsinkiCompany: Company;
  let employerCompany: Company;

  const count = async (table: string): Promise<number> =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const ids = async (client: GraphQLClient, filter: Record<string, unknown> = {}) =>
    (await client.data<{ myCompanies: { edges: { node: { id: string } }[] } }>(MY_COMPANIES, { filter, first: 100 })).myCompanies.edges.map(
      (e) => e.node.id,
    );

  beforeAll(async () => {
    app = await createApp();
    lahtiCoordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    helsinkiAdmin = await signIn(app, 'aluevastaava.helsinki@ytmt.example');
    helsinkiEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    lahtiEmployer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);

    lahtiCompany = (await lahtiCoordinator.data<{ createCompanyForCustomer: Company }>(CREATE_FOR_CUSTOMER, { input: companyInput({}) }))
      .createCompanyForCustomer;
    helsinkiCompany = (
      await helsinkiCoordinator.data<{ createCompanyForCustomer: Company }>(CREATE_FOR_CUSTOMER, {
        input: companyInput({
          name: 'Kalliolan Kahvilaleipomo Oy',
          businessId: '9102002-2',
          industrySection: 'I',
          industryCode: '56.10',
          homeMunicipalityCode: '091',
          operatingMunicipalityCodes: ['398'],
          website: 'https://kalliolankahvila.example',
        }),
      })
    ).createCompanyForCustomer;
    employerCompany = (
      await helsinkiEmployer.data<{ registerCompany: Company }>(REGISTER, {
        input: companyInput({ name: 'Vallilan Ohjelmistotalo Oy', businessId: '9102003-0', industrySection: 'J', industryCode: '62.01', homeMunicipalityCode: '091' }),
      })
    ).registerCompany;
  });
  afterAll(() => app.close());

  it('registers companies with their home area, industry and first users', () => {
    expect(lahtiCompany).toMatchObject({
      businessId: '9102001-4',
      sector: 'PRIVATE',
      homeEmploymentAreaId: lahtiAreaId,
      industry: { section: 'C', code: '16.23', sectionNameFi: 'Teollisuus' },
      crm: { responsibleCoordinators: [{ displayName: 'Kaisa Koordinaattori' }], sharedWithEmploymentAreaIds: [] },
      users: null,
    });
    expect(helsinkiCompany.homeEmploymentAreaId).toBe(helsinkiAreaId);
    // The employer who registers becomes the company's ADMIN and sees the profile, not the CRM.
    expect(employerCompany).toMatchObject({ homeEmploymentAreaId: helsinkiAreaId, crm: null, users: [{ email: 'tyonantaja.helsinki@ytmt.example', role: 'ADMIN' }] });
  });

  it("shows a coordinator their own area's companies and hides another area's unshared company as NOT_FOUND", async () => {
    const lahtiSees = await ids(lahtiCoordinator);
    expect(lahtiSees).toContain(lahtiCompany.id);
    expect(lahtiSees).not.toContain(helsinkiCompany.id);
    expect(await ids(helsinkiCoordinator)).toEqual(expect.arrayContaining([helsinkiCompany.id, employerCompany.id]));

    for (const query of [COMPANY, CONTACTS, INTERACTIONS]) {
      const denied = await lahtiCoordinator.request(query, { id: helsinkiCompany.id });
      expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(denied.data).toBeNull();
    }
    // Exactly like a company that does not exist.
    const missing = await lahtiCoordinator.request(COMPANY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'NOT_FOUND', reason: 'COMPANY_NOT_FOUND' }));
    const write = await lahtiCoordinator.request(LOG, {
      id: helsinkiCompany.id,
      input: { kind: 'CALL', occurredAt: new Date().toISOString(), summary: 'Ei pitäisi onnistua', visibility: 'SHARED' },
    });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shares a company with another area: SHARED entries travel, AREA_ONLY ones stay home', async () => {
    await helsinkiCoordinator.data('mutation ($id: ID!, $input: ContactPersonInput!) { addCompanyContact(companyId: $id, input: $input) { id } }', {
      id: helsinkiCompany.id,
      input: { name: 'Riikka Ravintolapäällikkö', title: 'ravintolapäällikkö', email: 'riikka.ravintolapaallikko@kalliolankahvila.example', phone: '040 100 2004' },
    });
    const shared = await helsinkiCoordinator.data<{ logInteraction: { id: string; authorEmploymentAreaId: string } }>(LOG, {
      id: helsinkiCompany.id,
      input: { kind: 'VISIT', occurredAt: new Date(Date.now() - 3 * DAY).toISOString(), summary: 'Kesätyöpaikkoja kahdelle nuorelle.', visibility: 'SHARED' },
    });
    expect(shared.logInteraction.authorEmploymentAreaId).toBe(helsinkiAreaId);
    const areaOnly = await helsinkiCoordinator.data<{ logInteraction: { id: string } }>(LOG, {
      id: helsinkiCompany.id,
      input: { kind: 'CALL', occurredAt: new Date().toISOString(), summary: 'Helsingin oma muistiinpano hankinnasta.', visibility: 'AREA_ONLY' },
    });

    // Only admins of the home area make sharing agreements.
    expect((await helsinkiCoordinator.request(SHARE, { id: helsinkiCompany.id, area: lahtiAreaId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await lahtiCoordinator.request(SHARE, { id: helsinkiCompany.id, area: lahtiAreaId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await helsinkiAdmin.request(SHARE, { id: helsinkiCompany.id, area: helsinkiAreaId });
    expect(bad.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [{ path: 'employmentAreaId', message: "is the company's home area" }] }));
    const done = await helsinkiAdmin.data<{ shareCompany: { crm: { sharedWithEmploymentAreaIds: string[] } } }>(SHARE, { id: helsinkiCompany.id, area: lahtiAreaId });
    expect(done.shareCompany.crm.sharedWithEmploymentAreaIds).toEqual([lahtiAreaId]);

    expect(await ids(lahtiCoordinator)).toEqual(expect.arrayContaining([lahtiCompany.id, helsinkiCompany.id]));
    expect(await ids(lahtiCoordinator, { municipalityCode: '091' })).toEqual([helsinkiCompany.id]);
    const seen = await lahtiCoordinator.data<{ company: Company }>(COMPANY, { id: helsinkiCompany.id });
    expect(seen.company.crm?.sharedWithEmploymentAreaIds).toEqual([lahtiAreaId]);

    const lahtiView = await lahtiCoordinator.data<{ companyInteractions: { id: string }[] }>(INTERACTIONS, { id: helsinkiCompany.id });
    expect(lahtiView.companyInteractions.map((i) => i.id)).toEqual([shared.logInteraction.id]);
    const contacts = await lahtiCoordinator.data<{ companyContacts: { name: string }[] }>(CONTACTS, { id: helsinkiCompany.id });
    expect(contacts.companyContacts.map((c) => c.name)).toEqual(['Riikka Ravintolapäällikkö']);

    // Lahti's own AREA_ONLY note stays in Lahti.
    const lahtiNote = await lahtiCoordinator.data<{ logInteraction: { id: string; authorEmploymentAreaId: string } }>(LOG, {
      id: helsinkiCompany.id,
      input: { kind: 'EMAIL', occurredAt: new Date().toISOString(), summary: 'Lahden toimipisteen tarpeet kartoitettu.', visibility: 'AREA_ONLY' },
    });
    expect(lahtiNote.logInteraction.authorEmploymentAreaId).toBe(lahtiAreaId);
    const helsinkiView = await helsinkiCoordinator.data<{ companyInteractions: { id: string }[] }>(INTERACTIONS, { id: helsinkiCompany.id });
    expect(helsinkiView.companyInteractions.map((i) => i.id).sort()).toEqual([shared.logInteraction.id, areaOnly.logInteraction.id].sort());
    expect((await lahtiCoordinator.data<{ companyInteractions: { id: string }[] }>(INTERACTIONS, { id: helsinkiCompany.id })).companyInteractions.map((i) => i.id).sort()).toEqual(
      [shared.logInteraction.id, lahtiNote.logInteraction.id].sort(),
    );
  });

  it('records every read of contact persons in the audit log for the area admin', async () => {
    const reads = [helsinkiCoordinator, lahtiCoordinator, lahtiCoordinator];
    const filter = { resourceId: helsinkiCompany.id, action: 'READ_CONTACT_PERSONS' };
    const before = (await helsinkiAdmin.data<{ auditEvents: { totalCount: number } }>(AUDIT, { filter })).auditEvents.totalCount;
    for (const client of reads) await client.data(CONTACTS, { id: helsinkiCompany.id });
    const after = await helsinkiAdmin.data<{ auditEvents: { totalCount: number; edges: AuditEdge[] } }>(AUDIT, { filter, first: 100 });
    expect(after.auditEvents.totalCount).toBe(before + reads.length);
    const [lahtiUser] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    const newest = after.auditEvents.edges.slice(0, reads.length).map((e) => e.node);
    expect(newest[0]).toEqual(
      expect.objectContaining({
        action: 'READ_CONTACT_PERSONS',
        actorUserId: lahtiUser.id,
        resourceType: 'company',
        resourceId: helsinkiCompany.id,
        organizationId: helsinkiCompany.id,
        employmentAreaId: lahtiAreaId,
      }),
    );
    // No personal data in the log.
    expect(JSON.stringify(after)).not.toContain('Riikka');

    // Reads of interactions too, and paging works.
    await lahtiCoordinator.data(INTERACTIONS, { id: helsinkiCompany.id });
    const page = await helsinkiAdmin.data<{ auditEvents: { edges: AuditEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(AUDIT, {
      filter: { resourceId: helsinkiCompany.id },
      first: 1,
    });
    expect(page.auditEvents.edges[0].node.action).toBe('READ_INTERACTIONS');
    expect(page.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await helsinkiAdmin.data<{ auditEvents: { edges: AuditEdge[] } }>(AUDIT, {
      filter: { resourceId: helsinkiCompany.id },
      first: 1,
      after: page.auditEvents.pageInfo.endCursor,
    });
    expect(next.auditEvents.edges[0].node.action).toBe('READ_CONTACT_PERSONS');

    expect((await lahtiCoordinator.request(AUDIT, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps employer users to their own company’s profile', async () => {
    const own = await helsinkiEmployer.data<{ company: Company }>(COMPANY, { id: employerCompany.id });
    expect(own.company).toMatchObject({ name: 'Vallilan Ohjelmistotalo Oy', crm: null });
    for (const query of [COMPANY, CONTACTS]) {
      const other = await helsinkiEmployer.request(query, { id: helsinkiCompany.id });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const crm = await helsinkiEmployer.request(CONTACTS, { id: employerCompany.id });
    expect(crm.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another company's employer sees nothing of it.
    expect((await lahtiEmployer.request(COMPANY, { id: employerCompany.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await lahtiEmployer.request(MY_COMPANIES, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The ADMIN invites a colleague by e-mail, who accepts; a MEMBER cannot manage users.
    const invited = await helsinkiEmployer.data<{ inviteCompanyUser: { token: string } }>(
      'mutation ($id: ID!, $input: CompanyInvitationInput!) { inviteCompanyUser(companyId: $id, input: $input) { token } }',
      { id: employerCompany.id, input: { email: 'tyonantaja.lahti@ytmt.example' } },
    );
    await lahtiEmployer.data('mutation ($token: String!) { acceptCompanyInvitation(token: $token) { id } }', { token: invited.inviteCompanyUser.token });
    const added = await helsinkiEmployer.data<{ company: Company }>(COMPANY, { id: employerCompany.id });
    expect(added.company.users?.map((u) => u.role)).toEqual(['ADMIN', 'MEMBER']);
    expect((await lahtiEmployer.data<{ company: Company }>(COMPANY, { id: employerCompany.id })).company.crm).toBeNull();
    const memberTries = await lahtiEmployer.request('mutation ($id: ID!) { removeCompanyUser(companyId: $id, email: "tyonantaja.helsinki@ytmt.example") { id } }', {
      id: employerCompany.id,
    });
    expect(memberTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const lastAdmin = await helsinkiEmployer.request('mutation ($id: ID!) { removeCompanyUser(companyId: $id, email: "tyonantaja.helsinki@ytmt.example") { id } }', {
      id: employerCompany.id,
    });
    expect(lastAdmin.errors?.[0].extensions?.code).toBe('CONFLICT');
    await helsinkiEmployer.data('mutation ($id: ID!) { removeCompanyUser(companyId: $id, email: "tyonantaja.lahti@ytmt.example") { id } }', {
      id: employerCompany.id,
    });
    expect((await lahtiEmployer.request(COMPANY, { id: employerCompany.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets the company admin and home-area coordinators edit the account, and keeps the home area right', async () => {
    const UPDATE = `mutation ($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { ${COMPANY_FIELDS} } }`;
    const edited = await helsinkiEmployer.data<{ updateCompany: Company & { sizeClass: string } }>(UPDATE, {
      id: employerCompany.id,
      input: { sizeClass: 'MEDIUM_50_249', industryCode: '62.02', operatingMunicipalityCodes: ['398', '091'] },
    });
    expect(edited.updateCompany).toMatchObject({ sizeClass: 'MEDIUM_50_249', industry: { section: 'J', code: '62.02' }, operatingMunicipalityCodes: ['091', '398'] });
    const misfiled = await helsinkiEmployer.request(UPDATE, { id: employerCompany.id, input: { industryCode: '16.23' } });
    expect(misfiled.errors?.[0].extensions?.fields).toEqual([{ path: 'input.industryCode', message: '16.23 is not in section J (divisions 58–63)' }]);
    expect((await lahtiCoordinator.request(UPDATE, { id: employerCompany.id, input: { name: 'Kaapattu Oy' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // A home municipality in another area is a transfer by the home area's coordinators
    // (transferCompany, test/e2e/company-verification.e2e-spec.ts), never an edit.
    for (const client of [helsinkiEmployer, helsinkiCoordinator]) {
      const moved = await client.request(UPDATE, { id: employerCompany.id, input: { homeMunicipalityCode: '398' } });
      expect(moved.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TRANSFER_REQUIRED' });
    }
    expect(await ids(helsinkiCoordinator)).toContain(employerCompany.id);
    expect(await ids(lahtiCoordinator)).not.toContain(employerCompany.id);
  });

  it('refuses an invalid or duplicate Y-tunnus and a misfiled industry with field errors, writing nothing', async () => {
    const tables = ['organization', 'company_profile', 'company_user', 'membership', 'company_responsible_coordinator'];
    const before = await Promise.all(tables.map(count));

    const invalid = await helsinkiEmployer.request(REGISTER, { input: companyInput({ businessId: '9102001-5' }) });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0].extensions?.fields).toEqual([{ path: 'input.businessId', message: expect.stringContaining('Y-tunnus') }]);

    const duplicate = await helsinkiEmployer.request(REGISTER, { input: companyInput({ name: 'Puusepät toiseen kertaan Oy' }) });
    expect(duplicate.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      reason: 'BUSINESS_ID_TAKEN',
      fields: [{ path: 'input.businessId', message: '9102001-4 already has a company account' }],
    });
    const duplicateByCoordinator = await lahtiCoordinator.request(CREATE_FOR_CUSTOMER, { input: companyInput({}) });
    expect(duplicateByCoordinator.errors?.[0].extensions?.code).toBe('CONFLICT');

    const wrongIndustry = await helsinkiEmployer.request(REGISTER, { input: companyInput({ businessId: '9102004-9', industryCode: '56.10' }) });
    expect(wrongIndustry.errors?.[0].extensions?.fields).toEqual([{ path: 'input.industryCode', message: '56.10 is not in section C (divisions 10–33)' }]);
    const unknownSection = await helsinkiEmployer.request(REGISTER, { input: companyInput({ businessId: '9102004-9', industrySection: 'V', industryCode: null }) });
    expect(unknownSection.errors?.[0].extensions?.fields?.[0].path).toBe('input.industrySection');
    const unknownMunicipality = await helsinkiEmployer.request(REGISTER, { input: companyInput({ businessId: '9102004-9', operatingMunicipalityCodes: ['398', '999'] }) });
    expect(unknownMunicipality.errors?.[0].extensions?.fields?.[0].path).toBe('input.operatingMunicipalityCodes[1]');
    // A coordinator opens accounts only for their own area's companies.
    const otherArea = await lahtiCoordinator.request(CREATE_FOR_CUSTOMER, { input: companyInput({ businessId: '9102004-9', homeMunicipalityCode: '091' }) });
    expect(otherArea.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('lists my tasks due, overdue first, and leaves done ones out unless asked', async () => {
    const create = (title: string, dueAt: Date) =>
      lahtiCoordinator.data<{ createFollowUpTask: { id: string; overdue: boolean } }>(
        'mutation ($id: ID!, $input: FollowUpTaskInput!) { createFollowUpTask(companyId: $id, input: $input) { id overdue } }',
        { id: lahtiCompany.id, input: { title, dueAt: dueAt.toISOString() } },
      );
    const overdue = (await create('Soita puusepille oppisopimuksesta', new Date(Date.now() - 2 * DAY))).createFollowUpTask;
    const soon = (await create('Sovi yrityskäynti puusepille', new Date(Date.now() + 5 * DAY))).createFollowUpTask;
    expect(overdue.overdue).toBe(true);
    expect(soon.overdue).toBe(false);

    type Due = { myTasksDue: { id: string; companyName: string; overdue: boolean; done: boolean }[] };
    const now = await lahtiCoordinator.data<Due>(TASKS_DUE);
    expect(now.myTasksDue.map((t) => t.id)).toEqual([overdue.id]);
    expect(now.myTasksDue[0]).toMatchObject({ companyName: 'Päijänteen Puusepät Oy', overdue: true });
    const week = await lahtiCoordinator.data<Due>(TASKS_DUE, { before: new Date(Date.now() + 7 * DAY).toISOString() });
    expect(week.myTasksDue.map((t) => t.id)).toEqual([overdue.id, soon.id]);

    await lahtiCoordinator.data('mutation ($id: ID!) { setFollowUpTaskDone(id: $id, done: true) { done } }', { id: overdue.id });
    expect((await lahtiCoordinator.data<Due>(TASKS_DUE)).myTasksDue).toEqual([]);
    const withDone = await lahtiCoordinator.data<Due>(TASKS_DUE, { includeDone: true });
    expect(withDone.myTasksDue).toEqual([expect.objectContaining({ id: overdue.id, done: true, overdue: false })]);
    // Someone else's task is not theirs to close.
    const foreign = await helsinkiCoordinator.request('mutation ($id: ID!) { setFollowUpTaskDone(id: $id, done: false) { done } }', { id: overdue.id });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await helsinkiCoordinator.data<Due>(TASKS_DUE, { includeDone: true })).myTasksDue).toEqual([]);
  });

  it('normalises tags and filters by them; ending the sharing agreement hides the company again', async () => {
    const tagged = await lahtiCoordinator.data<{ tagCompany: Company }>(
      `mutation ($id: ID!) { tagCompany(companyId: $id, tag: "  Oppisopimus   KIINNOSTAA ") { ${COMPANY_FIELDS} } }`,
      { id: lahtiCompany.id },
    );
    expect(tagged.tagCompany.crm?.tags).toEqual(['oppisopimus kiinnostaa']);
    expect(await ids(lahtiCoordinator, { tag: 'oppisopimus kiinnostaa' })).toEqual([lahtiCompany.id]);
    expect(await ids(lahtiCoordinator, { responsibleOnly: true })).toEqual([lahtiCompany.id]);
    // A filter the page leaves empty is sent as null: the same as no filter, not an error.
    expect((await ids(lahtiCoordinator, { tag: null, industrySection: null, sizes: null })).sort()).toEqual((await ids(lahtiCoordinator)).sort());

    const unshared = await helsinkiAdmin.data<{ unshareCompany: { crm: { sharedWithEmploymentAreaIds: string[] } } }>(UNSHARE, {
      id: helsinkiCompany.id,
      area: lahtiAreaId,
    });
    expect(unshared.unshareCompany.crm.sharedWithEmploymentAreaIds).toEqual([]);
    expect((await lahtiCoordinator.request(CONTACTS, { id: helsinkiCompany.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await ids(lahtiCoordinator)).not.toContain(helsinkiCompany.id);
  });

  it('filters the list by industry section and code prefix, size and responsible coordinator, with field errors for bad values', async () => {
    const fieldsOf = async (client: GraphQLClient, filter: Record<string, unknown>) => {
      const response = await client.request(MY_COMPANIES, { filter, first: 100 });
      expect(response.data).toBeNull();
      return { code: response.errors?.[0].extensions?.code, fields: response.errors?.[0].extensions?.fields };
    };
    // Kalliolan Kahvilaleipomo: I 56.10, SMALL; Vallilan Ohjelmistotalo: J, made 62.01 and MICRO here.
    await helsinkiCoordinator.data('mutation ($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }', {
      id: employerCompany.id,
      input: { sizeClass: 'MICRO_1_9', industryCode: '62.01' },
    });

    const section = await ids(helsinkiCoordinator, { industrySection: 'I' });
    expect(section).toContain(helsinkiCompany.id);
    expect(section).not.toContain(employerCompany.id);
    for (const prefix of ['6', '62', '62.', '62.01']) {
      const byCode = await ids(helsinkiCoordinator, { industryCode: prefix });
      expect(byCode).toContain(employerCompany.id);
      expect(byCode).not.toContain(helsinkiCompany.id);
    }
    expect(await ids(helsinkiCoordinator, { industrySection: 'J', industryCode: '62.02' })).not.toContain(employerCompany.id);
    expect(await ids(helsinkiCoordinator, { industrySection: 'J', industryCode: '62.0' })).toContain(employerCompany.id);

    const micro = await ids(helsinkiCoordinator, { sizes: ['MICRO_1_9'] });
    expect(micro).toContain(employerCompany.id);
    expect(micro).not.toContain(helsinkiCompany.id);
    expect(await ids(helsinkiCoordinator, { sizes: ['MICRO_1_9', 'SMALL_10_49'] })).toEqual(expect.arrayContaining([employerCompany.id, helsinkiCompany.id]));
    expect(await ids(helsinkiCoordinator, { sizes: ['LARGE_250_PLUS'] })).not.toEqual(expect.arrayContaining([employerCompany.id]));
    expect(await ids(helsinkiCoordinator, { sizes: [] })).toEqual(await ids(helsinkiCoordinator));

    // The coordinators of the caller's areas, to choose from.
    type Coordinators = { myAreaCoordinators: { userId: string; displayName: string }[] };
    const COORDINATORS = 'query { myAreaCoordinators { userId displayName } }';
    const helsinkiStaff = (await helsinkiCoordinator.data<Coordinators>(COORDINATORS)).myAreaCoordinators;
    const lahtiStaff = (await lahtiCoordinator.data<Coordinators>(COORDINATORS)).myAreaCoordinators;
    const heikki = helsinkiStaff.find((c) => c.displayName === 'Heikki Yrityskoordinaattori');
    const kaisa = lahtiStaff.find((c) => c.displayName === 'Kaisa Koordinaattori');
    expect(heikki && kaisa).toBeTruthy();
    expect(helsinkiStaff.map((c) => c.userId)).not.toContain(kaisa?.userId);
    expect((await helsinkiAdmin.data<Coordinators>(COORDINATORS)).myAreaCoordinators).toEqual(helsinkiStaff);
    expect((await helsinkiEmployer.request(COORDINATORS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const heikkis = await ids(helsinkiCoordinator, { responsibleCoordinatorId: heikki?.userId });
    expect(heikkis).toContain(helsinkiCompany.id);
    expect(heikkis).not.toContain(employerCompany.id);
    expect(await ids(helsinkiAdmin, { responsibleCoordinatorId: heikki?.userId })).toEqual(heikkis);

    // Bad values name the field; another area's coordinator is not one of yours.
    expect(await fieldsOf(helsinkiCoordinator, { responsibleCoordinatorId: kaisa?.userId })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.responsibleCoordinatorId', message: 'is not a coordinator of your employment areas' }],
    });
    expect((await fieldsOf(helsinkiCoordinator, { responsibleCoordinatorId: 'heikki' })).fields?.[0].path).toBe('filter.responsibleCoordinatorId');
    expect(await fieldsOf(helsinkiCoordinator, { industrySection: 'V' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.industrySection', message: 'V is not a TOL 2008 section (A–U)' }],
    });
    expect((await fieldsOf(helsinkiCoordinator, { industrySection: 'ij' })).fields?.[0].path).toBe('filter.industrySection');
    expect((await fieldsOf(helsinkiCoordinator, { industryCode: '6x' })).fields?.[0].path).toBe('filter.industryCode');
    expect(await fieldsOf(helsinkiCoordinator, { industrySection: 'I', industryCode: '62' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.industryCode', message: '62 is not in section I (divisions 55–56)' }],
    });
    const badSize = await helsinkiCoordinator.request(MY_COMPANIES, { filter: { sizes: ['HUGE'] }, first: 10 });
    expect(badSize.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('removes a responsible coordinator by user id or e-mail, for the home area only', async () => {
    const UNASSIGN = `mutation ($id: ID!, $email: String, $userId: ID) {
      unassignResponsibleCoordinator(companyId: $id, coordinatorEmail: $email, coordinatorUserId: $userId) { crm { responsibleCoordinators { userId displayName } } } }`;
    const ASSIGN = `mutation ($id: ID!, $email: String!) { assignResponsibleCoordinator(companyId: $id, coordinatorEmail: $email) { id } }`;
    type Unassigned = { unassignResponsibleCoordinator: { crm: { responsibleCoordinators: { userId: string; displayName: string }[] } } };
    const heikki = (await helsinkiCoordinator.data<{ myAreaCoordinators: { userId: string; displayName: string }[] }>('query { myAreaCoordinators { userId displayName } }'))
      .myAreaCoordinators.find((c) => c.displayName === 'Heikki Yrityskoordinaattori');

    const neither = await helsinkiCoordinator.request(UNASSIGN, { id: helsinkiCompany.id });
    expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Another area's coordinator does not see the company: NOT_FOUND, and nothing changes.
    expect((await lahtiCoordinator.request(UNASSIGN, { id: helsinkiCompany.id, userId: heikki?.userId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const byId = await helsinkiCoordinator.data<Unassigned>(UNASSIGN, { id: helsinkiCompany.id, userId: heikki?.userId });
    expect(byId.unassignResponsibleCoordinator.crm.responsibleCoordinators).toEqual([]);
    expect(await ids(helsinkiCoordinator, { responsibleCoordinatorId: heikki?.userId })).not.toContain(helsinkiCompany.id);

    await helsinkiCoordinator.data(ASSIGN, { id: helsinkiCompany.id, email: 'koordinaattori.helsinki@ytmt.example' });
    const byEmail = await helsinkiCoordinator.data<Unassigned>(UNASSIGN, { id: helsinkiCompany.id, email: 'koordinaattori.helsinki@ytmt.example' });
    expect(byEmail.unassignResponsibleCoordinator.crm.responsibleCoordinators).toEqual([]);
    await helsinkiCoordinator.data(ASSIGN, { id: helsinkiCompany.id, email: 'koordinaattori.helsinki@ytmt.example' });
  });
});
