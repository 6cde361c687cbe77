import { DevKeyStore, Role } from '@ytmt/core';
import { anonymous, createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

// Issue 11, points 3–6: company accounts need a verified right to act, people join companies only
// by invitation, provider users edit contact details only, and a company cannot move itself to
// another area. Each attack from the issue is replayed over HTTP and shown refused.

const COMPANY_FIELDS = `id name businessId homeMunicipalityCode homeEmploymentAreaId verificationStatus verificationMethod verifiedAt
  users { email displayName role } crm { sharedWithEmploymentAreaIds responsibleCoordinators { displayName } }`;
const REGISTER = `mutation ($input: CompanyInput!) { registerCompany(input: $input) { ${COMPANY_FIELDS} } }`;
const COMPANY = `query ($id: ID!) { company(id: $id) { ${COMPANY_FIELDS} } }`;
const VERIFY = `mutation ($id: ID!) { verifyCompany(companyId: $id) { ${COMPANY_FIELDS} } }`;
const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }';
const READ_NEED = 'query ($id: ID!) { need(id: $id) { id title } }';
const SEARCH_NEEDS = 'query ($q: String) { searchNeeds(query: $q, first: 50) { edges { node { id } } } }';
const PROPOSE = 'mutation ($input: ProposeServicesInput!) { proposeServices(input: $input) { id } }';
const FORWARD = 'mutation ($input: ForwardNeedInput!) { forwardNeed(input: $input) { id } }';
const INVITE = `mutation ($id: ID!, $input: CompanyInvitationInput!) {
  inviteCompanyUser(companyId: $id, input: $input) { token acceptPath invitation { id email role expired } } }`;
const ACCEPT = 'mutation ($token: String, $id: ID) { acceptCompanyInvitation(token: $token, invitationId: $id) { id companyName role accepted } }';
const INVITATIONS = 'query ($id: ID!) { company(id: $id) { users { email displayName role } invitations { id email role expired } } }';
const TRANSFER = `mutation ($id: ID!, $input: TransferCompanyInput!) { transferCompany(companyId: $id, input: $input) { ${COMPANY_FIELDS} } }`;

interface Company {
  id: string;
  businessId: string;
  homeMunicipalityCode: string;
  homeEmploymentAreaId: string | null;
  verificationStatus: 'PENDING' | 'VERIFIED';
  verificationMethod: string | null;
  users: { email: string; displayName: string; role: string }[] | null;
  crm: { sharedWithEmploymentAreaIds: string[]; responsibleCoordinators: { displayName: string }[] } | null;
}

const companyInput = (name: string, businessId: string, homeMunicipalityCode = '398') => ({
  name,
  businessId,
  type: 'COMPANY',
  industrySection: 'C',
  industryCode: '16.23',
  sizeClass: 'SMALL_10_49',
  homeMunicipalityCode,
});

const needInput = (title: string) => ({
  kinds: ['RECRUITMENT'],
  title,
  description: 'Haemme puusepän kisälliä verstaalle, perehdytämme työhön ja tarjoamme oppisopimuksen.',
  municipalityCode: '398',
  remote: false,
  positions: 1,
  measuresOpenTo: ['APPRENTICESHIP'],
  visibility: 'PUBLIC',
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('Company accounts: verified right to act, invitations, provider details, transfers (issue 11, points 3–6)', () => {
  let app: TestApp;
  let jobseeker: GraphQLClient;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let provider: GraphQLClient;
  let lahtiAreaId: string;
  let helsinkiAreaId: string;
  /** A verified company of the Lahti area whose ADMIN is tyonantaja.lahti (points 4 and 6). */
  let puuvalmisteId: string;

  /** A token as the identity provider would issue it, with the mandate claim naming business ids. */
  const withMandate = async (email: string, businessIds: string[]): Promise<GraphQLClient> => {
    const [{ id }] = (await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as { id: string }[];
    const token = await app.app.get(DevKeyStore).sign(id, email, 600, { mandate_business_ids: businessIds });
    return new GraphQLClient(app.graphqlUrl, token);
  };

  beforeAll(async () => {
    app = await createApp({ worker: true });
    jobseeker = await signIn(app, Role.JOBSEEKER);
    lahtiCoordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    const owner = await withMandate('tyonantaja.lahti@ytmt.example', ['9103007-9']);
    puuvalmisteId = (await owner.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Lahden Puuvalmiste Oy', '9103007-9') })).registerCompany.id;
  }, 120_000);
  afterAll(() => app?.close());

  describe('point 3: a company account stays PENDING until the right to act is verified', () => {
    let company: Company;
    let needId: string;

    beforeAll(async () => {
      // The attack: a jobseeker registers a company for a Y-tunnus that is not theirs.
      company = (await jobseeker.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Hollolan Huijauspuu Oy', '9103002-8') }))
        .registerCompany;
      needId = (await jobseeker.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: company.id, input: needInput('Puusepän kisälli Lahteen') }))
        .createNeed.id;
    });

    it('registers the account as PENDING, its registrant as ADMIN', () => {
      expect(company).toMatchObject({ verificationStatus: 'PENDING', verificationMethod: null, users: [{ email: 'tyonhakija@ytmt.example', role: 'ADMIN' }] });
    });

    it('keeps the pending company’s PUBLIC need inside the company: not public, not for providers, no proposals, no forwards', async () => {
      expect(code(await anonymous(app).request(READ_NEED, { id: needId }))).toBe('NOT_FOUND');
      const found = await anonymous(app).data<{ searchNeeds: { edges: { node: { id: string } }[] } }>(SEARCH_NEEDS, { q: 'kisälli' });
      expect(found.searchNeeds.edges.map((edge) => edge.node.id)).not.toContain(needId);
      expect(code(await provider.request(READ_NEED, { id: needId }))).toBe('FORBIDDEN');
      // A published service of the provider, covering Lahti.
      const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
        input: {
          nameFi: 'Perehdytyksen tuki Päijät-Hämeessä',
          summaryFi: 'Räätälöity perehdytys ja työvalmennus työnantajan tarpeeseen.',
          descriptionFi: 'Suunnittelemme perehdytyksen yhdessä työnantajan kanssa ja toteutamme sen työpaikalla.',
          audience: 'EMPLOYERS',
          categoryCodes: ['STAFF_DEVELOPMENT'],
          targetGroupCodes: [],
          isNational: false,
          employmentAreaIds: [lahtiAreaId],
          municipalityCodes: [],
          locations: [],
          deliveryMode: 'ON_SITE',
          languages: ['fi'],
          isFree: true,
          costOptions: [],
        },
      });
      await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
      await lahtiCoordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
      const service = { id: createService.id };
      const proposal = await provider.request(PROPOSE, { input: { needId, serviceIds: [service.id], message: 'Tarjoamme perehdytyksen tukea.' } });
      expect(proposal.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.needId', message: 'no such need' }] });
      const [{ id: providerId }] = (await app.dataSource.query(`SELECT organization_id AS id FROM service WHERE id = $1`, [service.id])) as { id: string }[];
      expect(code(await lahtiCoordinator.request(FORWARD, { input: { needId, providerId } }))).toBe('FORBIDDEN');
      expect(await app.dataSource.query('SELECT 1 FROM proposal WHERE need_id = $1 UNION ALL SELECT 1 FROM need_forward WHERE need_id = $1', [needId])).toEqual([]);
    });

    it('shows the pending company no candidates and runs no candidate list for it', async () => {
      expect(code(await jobseeker.request('query ($id: ID!) { presentedCandidates(needId: $id) { __typename } }', { id: needId }))).toBe('FORBIDDEN');
      expect(code(await lahtiCoordinator.request('query ($id: ID!) { candidateList(needId: $id) { __typename } }', { id: needId }))).toBe('FORBIDDEN');
    });

    it('lets neither the registrant, another area nor a platform admin verify it; a home-area coordinator does, audited', async () => {
      for (const client of [jobseeker, helsinkiCoordinator, await signIn(app, Role.PLATFORM_ADMIN)]) {
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(await client.request(VERIFY, { id: company.id })));
      }
      // A mandate for another business id does not count either.
      const wrongMandate = await withMandate('tyonhakija@ytmt.example', ['9103003-6']);
      expect(code(await wrongMandate.request(VERIFY, { id: company.id }))).toBe('FORBIDDEN');
      expect((await jobseeker.data<{ company: Company }>(COMPANY, { id: company.id })).company.verificationStatus).toBe('PENDING');

      const verified = (await lahtiCoordinator.data<{ verifyCompany: Company }>(VERIFY, { id: company.id })).verifyCompany;
      expect(verified).toMatchObject({ verificationStatus: 'VERIFIED', verificationMethod: 'COORDINATOR' });
      const [event] = (await app.dataSource.query(
        `SELECT a.action, a.details, u.email FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id WHERE a.resource_id = $1 AND a.action = 'VERIFY_COMPANY'`,
        [company.id],
      )) as { action: string; details: Record<string, string>; email: string }[];
      expect(event).toEqual({ action: 'VERIFY_COMPANY', details: { method: 'COORDINATOR' }, email: 'koordinaattori.lahti@ytmt.example' });
      // Now the PUBLIC need is public.
      expect((await anonymous(app).data<{ need: { title: string } }>(READ_NEED, { id: needId })).need.title).toBe('Puusepän kisälli Lahteen');
      expect((await jobseeker.data<{ presentedCandidates: unknown[] }>('query ($id: ID!) { presentedCandidates(needId: $id) { __typename } }', { id: needId })).presentedCandidates).toEqual([]);
    });

    it('verifies at once with a mandate claim from the identity provider for that Y-tunnus', async () => {
      const employer = await withMandate('tyonantaja.helsinki@ytmt.example', ['9103004-4', '9103005-2']);
      const registered = (await employer.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Vallilan Verstas Oy', '9103004-4', '091') })).registerCompany;
      expect(registered).toMatchObject({ verificationStatus: 'VERIFIED', verificationMethod: 'MANDATE', homeEmploymentAreaId: helsinkiAreaId });
      // Without the claim, the same person's next company is pending.
      const plain = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
      expect((await plain.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Kallion Kaluste Oy', '9103006-0', '091') })).registerCompany.verificationStatus).toBe(
        'PENDING',
      );
    });

    it('lets the person with the mandate take over an account a squatter registered without one', async () => {
      const squatted = (await jobseeker.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Kaapattu Kone Oy', '9103005-2') })).registerCompany;
      expect(squatted.verificationStatus).toBe('PENDING');
      // The real representative cannot register it twice without a mandate…
      const lahtiEmployer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
      expect(code(await lahtiEmployer.request(REGISTER, { input: companyInput('Lahden Kone Oy', '9103005-2') }))).toBe('CONFLICT');
      // …but with one, the account becomes theirs and verified; the squatter is out.
      const owner = await withMandate('tyonantaja.lahti@ytmt.example', ['9103005-2']);
      const claimed = (await owner.data<{ registerCompany: Company }>(REGISTER, { input: companyInput('Lahden Kone Oy', '9103005-2') })).registerCompany;
      expect(claimed).toMatchObject({ id: squatted.id, verificationStatus: 'VERIFIED', verificationMethod: 'MANDATE', users: [{ email: 'tyonantaja.lahti@ytmt.example', role: 'ADMIN' }] });
      expect(code(await jobseeker.request(COMPANY, { id: squatted.id }))).toBe('NOT_FOUND');
    });
  });

  describe('point 4: people join a company only by accepting an invitation', () => {
    let admin: GraphQLClient;
    let companyId: string;

    beforeAll(async () => {
      admin = await signIn(app, 'tyonantaja.lahti@ytmt.example');
      companyId = puuvalmisteId;
    });

    it('answers alike for an address with an account and one without, and shows no name', async () => {
      const existing = await admin.request<{ inviteCompanyUser: { token: string; acceptPath: string; invitation: Record<string, unknown> } }>(INVITE, {
        id: companyId,
        input: { email: 'Tyonhakija.Sami@ytmt.example' },
      });
      const unknown = await admin.request<{ inviteCompanyUser: { token: string; acceptPath: string; invitation: Record<string, unknown> } }>(INVITE, {
        id: companyId,
        input: { email: 'ei.ketaan@tuntematon.example' },
      });
      expect(existing.errors).toBeUndefined();
      expect(unknown.errors).toBeUndefined();
      const shape = (data: { inviteCompanyUser: { token: string; acceptPath: string; invitation: Record<string, unknown> } } | null) => {
        const { token, acceptPath, invitation } = data!.inviteCompanyUser;
        return { token: token.length, acceptPath: acceptPath.replace(token, '<token>'), invitation: { ...invitation, id: typeof invitation.id, email: typeof invitation.email } };
      };
      expect(shape(existing.data)).toEqual(shape(unknown.data));
      expect(JSON.stringify(existing.data)).not.toContain('Salonen');
      // No membership yet: the list shows the users and, separately, the invitations by address only.
      const listed = await admin.data<{ company: { users: { email: string }[]; invitations: { email: string; role: string }[] } }>(INVITATIONS, { id: companyId });
      expect(listed.company.users.map((u) => u.email)).not.toContain('tyonhakija.sami@ytmt.example');
      expect(listed.company.invitations.map((i) => i.email).sort()).toEqual(['ei.ketaan@tuntematon.example', 'tyonhakija.sami@ytmt.example']);
      expect(JSON.stringify(listed.company.invitations)).not.toContain('Sami');
      // The old direct add is gone from the API.
      expect(code(await admin.request('mutation ($id: ID!) { addCompanyUser(companyId: $id, input: { email: "x@y.example" }) { id } }', { id: companyId }))).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it('lets only the invited address accept, by link or from their own list; others learn nothing', async () => {
      const { inviteCompanyUser } = await admin.data<{ inviteCompanyUser: { token: string; invitation: { id: string } } }>(INVITE, {
        id: companyId,
        input: { email: 'tyonhakija.sami@ytmt.example', role: 'MEMBER' },
      });
      const stranger = await signIn(app, Role.JOBSEEKER);
      const byToken = await stranger.request(ACCEPT, { token: inviteCompanyUser.token });
      const byId = await stranger.request(ACCEPT, { id: inviteCompanyUser.invitation.id });
      const nothing = await stranger.request(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' });
      expect(byToken.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'token', message: 'no open invitation for you' }] });
      expect(byId.errors?.[0].extensions).toEqual(nothing.errors?.[0].extensions);
      expect(code(await stranger.request('query ($t: String!) { companyInvitation(token: $t) { companyName } }', { t: inviteCompanyUser.token }))).toBe('NOT_FOUND');

      const sami = await signIn(app, 'tyonhakija.sami@ytmt.example');
      const mine = await sami.data<{ myCompanyInvitations: { id: string; companyName: string }[] }>('{ myCompanyInvitations { id companyName } }');
      expect(mine.myCompanyInvitations).toEqual([{ id: inviteCompanyUser.invitation.id, companyName: 'Lahden Puuvalmiste Oy' }]);
      const accepted = await sami.data<{ acceptCompanyInvitation: { companyName: string; role: string; accepted: boolean } }>(ACCEPT, { token: inviteCompanyUser.token });
      expect(accepted.acceptCompanyInvitation).toEqual({ id: inviteCompanyUser.invitation.id, companyName: 'Lahden Puuvalmiste Oy', role: 'MEMBER', accepted: true });
      // A link works once.
      expect(code(await sami.request(ACCEPT, { token: inviteCompanyUser.token }))).toBe('NOT_FOUND');
      const listed = await admin.data<{ company: { users: { email: string; displayName: string }[]; invitations: { email: string }[] } }>(INVITATIONS, { id: companyId });
      expect(listed.company.users).toContainEqual({ email: 'tyonhakija.sami@ytmt.example', displayName: 'Sami Salonen', role: 'MEMBER' });
      expect(listed.company.invitations.map((i) => i.email)).toEqual(['ei.ketaan@tuntematon.example']);
    });

    it('revokes invitations, refuses expired ones, and lets only the company’s admins invite', async () => {
      const issue = async (email: string) =>
        (await admin.data<{ inviteCompanyUser: { token: string; invitation: { id: string } } }>(INVITE, { id: companyId, input: { email } })).inviteCompanyUser;
      const revoked = await issue('tyonhakija.leena@ytmt.example');
      await admin.data('mutation ($id: ID!) { revokeCompanyInvitation(invitationId: $id) { id } }', { id: revoked.invitation.id });
      const jussi = await signIn(app, 'tyonhakija.leena@ytmt.example');
      expect(code(await jussi.request(ACCEPT, { token: revoked.token }))).toBe('NOT_FOUND');

      const expired = await issue('tyonhakija.leena@ytmt.example');
      await app.dataSource.query(`UPDATE company_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
      expect((await jussi.request(ACCEPT, { token: expired.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' });

      // Another company's admin cannot revoke or read this company's invitations.
      const helsinkiEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
      expect(code(await helsinkiEmployer.request('mutation ($id: ID!) { revokeCompanyInvitation(invitationId: $id) { id } }', { id: expired.invitation.id }))).toBe(
        'NOT_FOUND',
      );
      expect(code(await helsinkiEmployer.request(INVITE, { id: companyId, input: { email: 'kuka.tahansa@ytmt.example' } }))).toBe('NOT_FOUND');
      const sami = await signIn(app, 'tyonhakija.sami@ytmt.example');
      expect(code(await sami.request(INVITE, { id: companyId, input: { email: 'kuka.tahansa@ytmt.example' } }))).toBe('FORBIDDEN');
      expect((await sami.data<{ company: { invitations: unknown } }>(INVITATIONS, { id: companyId })).company.invitations).toBeNull();
      // The audit log keeps ids and the role, never the address.
      const events = (await app.dataSource.query(`SELECT details::text AS details FROM audit_event WHERE resource_type = 'company_invitation'`)) as { details: string }[];
      expect(events.length).toBeGreaterThanOrEqual(4);
      expect(events.map((e) => e.details).join(' ')).not.toContain('@');
    });
  });

  describe('point 5: provider users edit their organisation’s contact details only', () => {
    const UPDATE_PROVIDER = `mutation ($id: ID!, $input: ProviderOrganizationInput!) { updateProvider(id: $id, input: $input) { name type sector businessId } }`;
    const CONTACT = `mutation ($id: ID!, $input: OrganizationContactDetailsInput!) {
      updateOrganizationContactDetails(id: $id, input: $input) { name type sector businessId homeMunicipalityCode website email phone } }`;

    it('refuses a provider user changing type, sector, business id or home, and renaming an employment area', async () => {
      const [saatio] = (await app.dataSource.query(
        `SELECT o.id, o.name, o.type, o.sector, o.business_id, o.home_municipality_code FROM organization o
           JOIN membership m ON m.organization_id = o.id JOIN app_user u ON u.id = m.user_id
          WHERE u.email = 'palveluntuottaja.saatio@ytmt.example' AND m.role = 'PROVIDER_USER'`,
      )) as { id: string; name: string; type: string; sector: string; business_id: string | null; home_municipality_code: string }[];
      const takeover = await provider.request(UPDATE_PROVIDER, {
        id: saatio.id,
        input: { name: saatio.name, sector: 'PRIVATE', type: 'COMPANY', businessId: '9103003-6', homeMunicipalityCode: '091' },
      });
      expect(code(takeover)).toBe('FORBIDDEN');

      const areaProvider = await signIn(app, 'palveluntuottaja.lahti@ytmt.example');
      const [areaOrganization] = (await app.dataSource.query(`SELECT id, name FROM organization WHERE employment_area_id = $1`, [lahtiAreaId])) as { id: string; name: string }[];
      const renamed = await areaProvider.request(UPDATE_PROVIDER, {
        id: areaOrganization.id,
        input: { name: 'Kaapattu työllisyysalue', sector: 'PUBLIC', type: 'EMPLOYMENT_AREA', homeMunicipalityCode: '398' },
      });
      expect(code(renamed)).toBe('FORBIDDEN');
      // The contact-details mutation has no name, type, sector or business id to change.
      expect(code(await areaProvider.request(CONTACT, { id: areaOrganization.id, input: { name: 'Kaapattu työllisyysalue' } }))).toBe('BAD_USER_INPUT');
      const [after] = (await app.dataSource.query('SELECT name FROM organization WHERE id = $1', [areaOrganization.id])) as { name: string }[];
      expect(after.name).toBe(areaOrganization.name);

      const edited = await provider.data<{ updateOrganizationContactDetails: Record<string, unknown> }>(CONTACT, {
        id: saatio.id,
        input: { website: 'https://saatio.example/palvelut', phone: '03 814 2000', email: null },
      });
      expect(edited.updateOrganizationContactDetails).toEqual({
        name: saatio.name,
        type: saatio.type,
        sector: saatio.sector,
        businessId: saatio.business_id,
        homeMunicipalityCode: saatio.home_municipality_code,
        website: 'https://saatio.example/palvelut',
        email: null,
        phone: '03 814 2000',
      });
      // Not another organisation's, not a non-member's.
      expect(code(await areaProvider.request(CONTACT, { id: saatio.id, input: { phone: '09 123 4567' } }))).toBe('FORBIDDEN');
      expect(code(await jobseeker.request(CONTACT, { id: saatio.id, input: { phone: '09 123 4567' } }))).toBe('FORBIDDEN');

      // Platform admins still decide type, sector and business id.
      const platformAdmin = await signIn(app, Role.PLATFORM_ADMIN);
      const decided = await platformAdmin.data<{ updateProvider: Record<string, unknown> }>(UPDATE_PROVIDER, {
        id: saatio.id,
        input: { name: saatio.name, sector: 'THIRD_SECTOR', type: 'FOUNDATION', businessId: '9103003-6', homeMunicipalityCode: saatio.home_municipality_code },
      });
      expect(decided.updateProvider).toEqual({ name: saatio.name, type: 'FOUNDATION', sector: 'THIRD_SECTOR', businessId: '9103003-6' });
    });
  });

  describe('point 6: a company moves to another area only by a transfer of the area it leaves', () => {
    let employer: GraphQLClient;
    let companyId: string;

    beforeAll(async () => {
      employer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
      companyId = puuvalmisteId;
      // The Lahti area's history with the company: a contact person and an area-only note.
      await lahtiCoordinator.data('mutation ($id: ID!, $input: ContactPersonInput!) { addCompanyContact(companyId: $id, input: $input) { id } }', {
        id: companyId,
        input: { name: 'Timo Työnantaja', title: 'Toimitusjohtaja' },
      });
      await lahtiCoordinator.data('mutation ($id: ID!, $input: InteractionInput!) { logInteraction(companyId: $id, input: $input) { id } }', {
        id: companyId,
        input: { kind: 'VISIT', occurredAt: new Date().toISOString(), summary: 'Yrityskäynti: oppisopimuspaikka puusepälle.', visibility: 'AREA_ONLY' },
      });
    });

    it('refuses the employer moving the company, and coordinators of other areas', async () => {
      const moved = await employer.request('mutation ($id: ID!) { updateCompany(id: $id, input: { homeMunicipalityCode: "091" }) { id } }', { id: companyId });
      expect(moved.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'TRANSFER_REQUIRED',
        fields: [{ path: 'input.homeMunicipalityCode', message: expect.stringContaining('another employment area') }],
      });
      const input = { homeMunicipalityCode: '091', reason: 'Pääkonttori muuttaa Helsinkiin.' };
      expect(code(await employer.request(TRANSFER, { id: companyId, input }))).toBe('FORBIDDEN');
      // The destination's coordinators do not see the company, so they cannot pull it over either.
      expect(code(await helsinkiCoordinator.request(TRANSFER, { id: companyId, input }))).toBe('NOT_FOUND');
      const [profile] = (await app.dataSource.query('SELECT home_employment_area_id FROM company_profile WHERE organization_id = $1', [companyId])) as {
        home_employment_area_id: string;
      }[];
      expect(profile.home_employment_area_id).toBe(lahtiAreaId);
      expect(await app.dataSource.query('SELECT 1 FROM company_transfer WHERE organization_id = $1', [companyId])).toEqual([]);
    });

    it('moves the company when the leaving area’s coordinator transfers it: recorded, history kept, both areas notified', async () => {
      const contactsBefore = (await app.dataSource.query('SELECT count(*)::int AS n FROM company_contact_person WHERE organization_id = $1', [companyId]))[0].n as number;
      const interactionsBefore = (await app.dataSource.query('SELECT count(*)::int AS n FROM company_interaction WHERE organization_id = $1', [companyId]))[0]
        .n as number;
      const bad = await lahtiCoordinator.request(TRANSFER, { id: companyId, input: { homeMunicipalityCode: '398', reason: 'Ei muutosta kotikuntaan.' } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.homeMunicipalityCode', message: 'is already the home municipality' }] });

      const moved = (
        await lahtiCoordinator.data<{ transferCompany: Company }>(TRANSFER, {
          id: companyId,
          input: { homeMunicipalityCode: '091', reason: 'Pääkonttori muuttaa Helsinkiin.' },
        })
      ).transferCompany;
      // The leaving area keeps working with the company (its own notes stay its own) through a share.
      expect(moved).toMatchObject({ homeMunicipalityCode: '091', homeEmploymentAreaId: helsinkiAreaId, crm: { sharedWithEmploymentAreaIds: [lahtiAreaId], responsibleCoordinators: [] } });
      const history = await helsinkiCoordinator.data<{ company: { transfers: Record<string, unknown>[] } }>(
        'query ($id: ID!) { company(id: $id) { transfers { fromMunicipalityCode toMunicipalityCode fromEmploymentAreaId toEmploymentAreaId reason } } }',
        { id: companyId },
      );
      expect(history.company.transfers).toEqual([
        { fromMunicipalityCode: '398', toMunicipalityCode: '091', fromEmploymentAreaId: lahtiAreaId, toEmploymentAreaId: helsinkiAreaId, reason: 'Pääkonttori muuttaa Helsinkiin.' },
      ]);
      expect((await app.dataSource.query('SELECT count(*)::int AS n FROM company_contact_person WHERE organization_id = $1', [companyId]))[0].n).toBe(contactsBefore);
      expect((await app.dataSource.query('SELECT count(*)::int AS n FROM company_interaction WHERE organization_id = $1', [companyId]))[0].n).toBe(interactionsBefore);
      const audited = (await app.dataSource.query(
        `SELECT employment_area_id FROM audit_event WHERE action = 'TRANSFER_COMPANY' AND resource_id = $1 ORDER BY employment_area_id`,
        [companyId],
      )) as { employment_area_id: string }[];
      expect(audited.map((row) => row.employment_area_id).sort()).toEqual([lahtiAreaId, helsinkiAreaId].sort());

      const NOTIFICATIONS = '{ notifications(first: 20) { edges { node { type title subject { companyId } } } } }';
      for (const client of [lahtiCoordinator, helsinkiCoordinator]) {
        const notification = await eventually(async () => {
          const { notifications } = await client.data<{ notifications: { edges: { node: { type: string; title: string; subject: { companyId: string } } }[] } }>(
            NOTIFICATIONS,
          );
          return notifications.edges.map((edge) => edge.node).find((node) => node.type === 'COMPANY_TRANSFERRED');
        }, 15_000);
        expect(notification).toEqual({ type: 'COMPANY_TRANSFERRED', title: 'Yritys siirtyi toiselle alueelle: Lahden Puuvalmiste Oy', subject: { companyId } });
      }
      // The employer still cannot move it back.
      expect(code(await employer.request(TRANSFER, { id: companyId, input: { homeMunicipalityCode: '398', reason: 'Takaisin Lahteen.' } }))).toBe('FORBIDDEN');
    });
  });
});
