import { EntityManager } from 'typeorm';
import { Role } from '@ytmt/core';
import { NeedsService } from '@ytmt/needs';
import { anonymous, createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const SEARCH = `query ($query: String, $filter: NeedSearchFilter, $first: Int, $after: String) {
  searchNeeds(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id title kinds municipalityCode stage visibility companyName forwardedToYou score highlights { field snippet } } }
    facets {
      kind { value label count } municipality { value label count } employmentArea { value label count } measure { value label count }
      adjustment { value label count } openToPrecisionCapable { value label count } stage { value label count } occupationGroup { value label count }
    }
  }
}`;
const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }';
const MOVE = 'mutation ($input: MoveNeedStageInput!) { moveNeedStage(input: $input) { stage } }';

interface Facet {
  value: string;
  label: string;
  count: number;
}
interface Hit {
  id: string;
  title: string;
  kinds: string[];
  municipalityCode: string | null;
  stage: string;
  visibility: string;
  companyName: string;
  forwardedToYou: boolean;
  score: number;
  highlights: { field: string; snippet: string }[];
}
interface SearchResult {
  searchNeeds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
    facets: Record<string, Facet[]>;
  };
}

const needInput = (overrides: Record<string, unknown>) => ({
  kinds: ['RECRUITMENT'],
  title: 'Koneasentaja',
  description: 'Haemme koneasentajaa kokoonpanoon ja huoltoon.',
  municipalityCode: '398',
  remote: false,
  positions: 1,
  hoursMin: 30,
  hoursMax: 37,
  partTimePossible: false,
  measuresOpenTo: ['PAY_SUBSIDY'],
  adjustmentsOffered: ['WORKING_TIME'],
  openToPrecisionCapable: true,
  visibility: 'COORDINATORS_AND_PROVIDERS',
  tasks: [],
  ...overrides,
});

const serviceInput = (overrides: Record<string, unknown>) => ({
  nameFi: 'Työhönvalmennus työnantajille',
  summaryFi: 'Työhönvalmentaja tukee työnantajaa rekrytoinnissa ja perehdytyksessä.',
  descriptionFi: 'Valmentaja käy työpaikalla ja auttaa sovittamaan tehtävät tekijälleen.',
  audience: 'EMPLOYERS',
  categoryCodes: ['JOB_COACHING'],
  targetGroupCodes: [],
  isNational: false,
  employmentAreaIds: [],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'REMOTE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
  ...overrides,
});

describe('Need search end to end', () => {
  let app: TestApp;
  let konepajaEmployer: GraphQLClient;
  let hoivaEmployer: GraphQLClient;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let lahtiProvider: GraphQLClient;
  let helsinkiProvider: GraphQLClient;
  let nationalProvider: GraphQLClient;
  let otherProvider: GraphQLClient;
  let konepajaId: string;
  let lahtiAreaId: string;
  let helsinkiAreaId: string;

  const search = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    (await client.data<SearchResult>(SEARCH, { first: 20, ...variables })).searchNeeds;
  const idsFound = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    (
      await client.data<{ searchNeeds: { edges: { node: { id: string } }[] } }>(
        'query ($query: String, $filter: NeedSearchFilter) { searchNeeds(query: $query, filter: $filter, first: 100) { edges { node { id } } } }',
        variables,
      )
    ).searchNeeds.edges.map((edge) => edge.node.id);
  const createNeed = async (client: GraphQLClient, companyId: string, overrides: Record<string, unknown>) =>
    (await client.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId, input: needInput(overrides) })).createNeed.id;

  async function publish(provider: GraphQLClient, moderator: GraphQLClient, input: Record<string, unknown>): Promise<void> {
    const { createService } = await provider.data<{ createService: { id: string } }>(
      'mutation ($input: ServiceInput!) { createService(input: $input) { id } }',
      { input: serviceInput(input) },
    );
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
    await moderator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
  }

  beforeAll(async () => {
    app = await createApp({ worker: true });
    konepajaEmployer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
    hoivaEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    lahtiCoordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    lahtiProvider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    helsinkiProvider = await signIn(app, 'palveluntuottaja.helsinki@ytmt.example');
    nationalProvider = await signIn(app, 'palveluntuottaja.esteeton@ytmt.example');
    otherProvider = await signIn(app, 'palveluntuottaja.tyopaja@ytmt.example');
    [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    // Where the providers' published services are: Lahti, Helsinki, the whole country; the
    // workshop association has none.
    await publish(lahtiProvider, lahtiCoordinator, { nameFi: 'Työhönvalmennus Päijät-Hämeessä', employmentAreaIds: [lahtiAreaId] });
    await publish(helsinkiProvider, helsinkiCoordinator, { nameFi: 'Työhönvalmennus Helsingissä', employmentAreaIds: [helsinkiAreaId] });
    await publish(nationalProvider, await signIn(app, Role.PLATFORM_ADMIN), { nameFi: 'Saavutettava työpaikka', isNational: true });
  });
  afterAll(() => app.close());

  it('shows a provider whose service covers Lahti a Lahti need marked COORDINATORS_AND_PROVIDERS, and not one in Helsinki', async () => {
    const lahtiNeed = await createNeed(konepajaEmployer, konepajaId, { title: 'Särmääjä Lahden tehtaalle', municipalityCode: '398' });
    const helsinkiNeed = await createNeed(konepajaEmployer, konepajaId, { title: 'Särmääjä Helsingin huoltoon', municipalityCode: '091' });
    const both = [lahtiNeed, helsinkiNeed].sort();
    const found = (client: GraphQLClient) => idsFound(client, { query: 'särmääjä' });
    // The company's own users see both as soon as they are indexed.
    await eventually(async () => JSON.stringify((await found(konepajaEmployer)).sort()) === JSON.stringify(both));

    const lahti = await search(lahtiProvider, { query: 'särmääjä' });
    expect(lahti.edges.map((edge) => edge.node.id)).toEqual([lahtiNeed]);
    expect(lahti.totalCount).toBe(1);
    expect(lahti.edges[0]?.node).toMatchObject({ visibility: 'COORDINATORS_AND_PROVIDERS', municipalityCode: '398', companyName: 'Lahden Konepaja Oy' });
    expect(lahti.edges[0]?.node.highlights.find((highlight) => highlight.field === 'title')?.snippet).toContain('<em>Särmääjä</em>');
    expect(await found(helsinkiProvider)).toEqual([helsinkiNeed]);
    expect((await found(nationalProvider)).sort()).toEqual(both);
    expect(await found(otherProvider)).toEqual([]);
    expect(await found(anonymous(app))).toEqual([]);
    expect(await found(hoivaEmployer)).toEqual([]);
    // Coordinators: of the company's home area both, of the Helsinki need's area that one.
    expect((await found(lahtiCoordinator)).sort()).toEqual(both);
    expect(await found(helsinkiCoordinator)).toEqual([helsinkiNeed]);
  });

  it('finds a need within a second of its creation; a CLOSED or FILLED need stays searchable with its stage, but not publicly', async () => {
    const started = Date.now();
    const needId = await createNeed(konepajaEmployer, konepajaId, { title: 'Pintakäsittelijä maalaamoon', visibility: 'PUBLIC' });
    await eventually(async () => (await idsFound(anonymous(app), { query: 'pintakäsittelijä' })).includes(needId), 1000);
    expect(Date.now() - started).toBeLessThan(1500);

    await konepajaEmployer.data(MOVE, { input: { needId, stage: 'CLOSED' } });
    // Decision: the public finds only open needs; those with a closer grant keep finding it, with its stage.
    await eventually(async () => !(await idsFound(anonymous(app), { query: 'pintakäsittelijä' })).includes(needId));
    const stageOf = async (client: GraphQLClient) =>
      (await search(client, { query: 'pintakäsittelijä' })).edges.find((edge) => edge.node.id === needId)?.node.stage;
    expect(await stageOf(konepajaEmployer)).toBe('CLOSED');
    expect(await stageOf(lahtiCoordinator)).toBe('CLOSED');
    expect(await stageOf(lahtiProvider)).toBe('CLOSED');
    expect(await stageOf(hoivaEmployer)).toBeUndefined();
    const closed = await search(lahtiCoordinator, { filter: { stages: ['CLOSED'] } });
    expect(closed.edges.map((edge) => edge.node.id)).toContain(needId);
    expect(closed.facets['stage']).toEqual([{ value: 'CLOSED', label: 'Suljettu', count: closed.totalCount }]);

    const filled = await createNeed(konepajaEmployer, konepajaId, { title: 'Hitsaaja pientuotantoon', visibility: 'PUBLIC' });
    await eventually(async () => (await idsFound(anonymous(app), { query: 'pientuotantoon' })).includes(filled));
    await konepajaEmployer.data(MOVE, { input: { needId: filled, stage: 'FILLED' } });
    await eventually(async () => (await search(konepajaEmployer, { query: 'pientuotantoon' })).edges[0]?.node.stage === 'FILLED');
    expect(await idsFound(anonymous(app), { query: 'pientuotantoon' })).toEqual([]);
  });

  it('lets anyone open an open PUBLIC need without signing in, and nothing else', async () => {
    const NEED = 'query ($id: ID!) { need(id: $id) { id title description tasks { title kind lifting } stage } }';
    const publicNeed = await createNeed(konepajaEmployer, konepajaId, {
      title: 'Kokoonpanija, julkinen',
      visibility: 'PUBLIC',
      tasks: [{ title: 'Osien kokoonpano', kind: 'CORE', physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 }],
    });
    const coordinatorsOnly = await createNeed(konepajaEmployer, konepajaId, { title: 'Kokoonpanija, koordinaattoreille', visibility: 'COORDINATORS_ONLY' });
    await eventually(async () => (await idsFound(anonymous(app), { query: 'kokoonpanija' })).includes(publicNeed));

    const opened = await anonymous(app).data<{ need: { id: string; title: string; tasks: { title: string; kind: string; lifting: number }[] } }>(NEED, { id: publicNeed });
    expect(opened.need).toMatchObject({ id: publicNeed, title: 'Kokoonpanija, julkinen', tasks: [{ title: 'Osien kokoonpano', kind: 'CORE', lifting: 1 }] });
    // The rest answers NOT_FOUND, as for a need that does not exist: visitors learn nothing of them.
    for (const id of [coordinatorsOnly, '00000000-0000-4000-8000-000000000000']) {
      const response = await anonymous(app).request(NEED, { id });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    await konepajaEmployer.data(MOVE, { input: { needId: publicNeed, stage: 'CLOSED' } });
    await eventually(async () => (await anonymous(app).request(NEED, { id: publicNeed })).errors?.[0]?.extensions?.['code'] === 'NOT_FOUND');
  });

  it("shows COORDINATORS_ONLY needs to coordinators of the company's areas, following the CRM's sharing", async () => {
    const { createCompanyForCustomer } = await lahtiCoordinator.data<{ createCompanyForCustomer: { id: string } }>(
      'mutation ($input: CompanyInput!) { createCompanyForCustomer(input: $input) { id } }',
      {
        input: {
          name: 'Vesijärven Venepaja Oy',
          businessId: '9102101-7',
          type: 'COMPANY',
          industrySection: 'C',
          industryCode: '30.12',
          sizeClass: 'SMALL_10_49',
          homeMunicipalityCode: '398',
          operatingMunicipalityCodes: [],
        },
      },
    );
    const companyId = createCompanyForCustomer.id;
    const needId = await createNeed(lahtiCoordinator, companyId, { title: 'Veneenrakentaja', visibility: 'COORDINATORS_ONLY' });
    const found = (client: GraphQLClient) => idsFound(client, { query: 'veneenrakentaja' });
    await eventually(async () => (await found(lahtiCoordinator)).includes(needId));
    expect(await found(helsinkiCoordinator)).toEqual([]);
    expect(await found(lahtiProvider)).toEqual([]);

    const lahtiAdmin = await signIn(app, 'aluevastaava.lahti@ytmt.example');
    const share = 'mutation ($id: ID!, $area: ID!) { shareCompany(companyId: $id, employmentAreaId: $area) { id } }';
    await lahtiAdmin.data(share, { id: companyId, area: helsinkiAreaId });
    await eventually(async () => (await found(helsinkiCoordinator)).includes(needId));
    await lahtiAdmin.data('mutation ($id: ID!, $area: ID!) { unshareCompany(companyId: $id, employmentAreaId: $area) { id } }', {
      id: companyId,
      area: helsinkiAreaId,
    });
    await eventually(async () => !(await found(helsinkiCoordinator)).includes(needId));
  });

  it('shows a forwarded need to the provider it was forwarded to, whatever its visibility', async () => {
    const needId = await createNeed(konepajaEmployer, konepajaId, { title: 'Levyseppä', visibility: 'COORDINATORS_ONLY' });
    const found = (client: GraphQLClient) => idsFound(client, { query: 'levyseppä' });
    await eventually(async () => (await found(lahtiCoordinator)).includes(needId));
    expect(await found(otherProvider)).toEqual([]);
    expect(await found(lahtiProvider)).toEqual([]);

    // What the marketplace's forward does: record it and re-index the need, in one transaction.
    const [{ id: providerId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Etelä-Pohjanmaan Työpajayhdistys ry'`);
    const [{ id: userId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    const needs = app.app.get(NeedsService, { strict: false });
    await app.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query('INSERT INTO need_forward (need_id, provider_id, forwarded_by_user_id) VALUES ($1, $2, $3)', [needId, providerId, userId]);
      await needs.changed(manager, needId);
    });
    const hit = await eventually(async () => (await search(otherProvider, { query: 'levyseppä' })).edges[0]?.node);
    expect(hit).toMatchObject({ id: needId, visibility: 'COORDINATORS_ONLY', forwardedToYou: true });
    expect(await found(lahtiProvider)).toEqual([]);
  });

  it('counts labelled facets over the visible, filtered needs, and pages with cursors', async () => {
    const hoivaId = ((await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Hoivakoti Kotikallio Oy'`)) as { id: string }[])[0]!.id;
    const created = [
      await createNeed(hoivaEmployer, hoivaId, { title: 'Hoiva-avustaja iltavuoroon', municipalityCode: '091', visibility: 'PUBLIC', measuresOpenTo: ['WORK_TRIAL'] }),
      await createNeed(hoivaEmployer, hoivaId, { title: 'Hoiva-avustaja aamuvuoroon', municipalityCode: '091', visibility: 'PUBLIC', measuresOpenTo: ['PAY_SUBSIDY'] }),
      await createNeed(hoivaEmployer, hoivaId, {
        title: 'Hoiva-avustaja viikonloppuisin',
        municipalityCode: '049',
        visibility: 'COORDINATORS_ONLY',
        kinds: ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT'],
      }),
    ];
    await eventually(async () => (await idsFound(helsinkiCoordinator, { query: 'hoiva-avustaja' })).length === 3);

    const publicView = await search(anonymous(app), { query: 'hoiva-avustaja' });
    expect(publicView.totalCount).toBe(2);
    expect(publicView.facets['municipality']).toEqual([{ value: '091', label: 'Helsinki', count: 2 }]);
    expect(publicView.facets['employmentArea']).toEqual([{ value: helsinkiAreaId, label: expect.any(String), count: 2 }]);
    expect(publicView.facets['measure']).toEqual([
      { value: 'PAY_SUBSIDY', label: 'Palkkatuki', count: 1 },
      { value: 'WORK_TRIAL', label: 'Työkokeilu', count: 1 },
    ]);
    expect(publicView.facets['kind']).toEqual([{ value: 'RECRUITMENT', label: 'Rekrytointi', count: 2 }]);
    expect(publicView.facets['openToPrecisionCapable']).toEqual([{ value: 'true', label: 'Avoin täsmätyökykyisille', count: 2 }]);
    expect(publicView.facets['stage']).toEqual([{ value: 'IDENTIFIED', label: 'Tunnista', count: 2 }]);

    const coordinatorView = await search(helsinkiCoordinator, { query: 'hoiva-avustaja', filter: { kinds: ['COMPETENCE_DEVELOPMENT'] } });
    expect(coordinatorView.edges.map((edge) => edge.node.id)).toEqual([created[2]]);
    expect(coordinatorView.facets['kind']).toEqual([
      { value: 'COMPETENCE_DEVELOPMENT', label: 'Osaamisen kehittäminen', count: 1 },
      { value: 'RECRUITMENT', label: 'Rekrytointi', count: 1 },
    ]);
    expect(coordinatorView.facets['municipality']).toEqual([{ value: '049', label: 'Espoo', count: 1 }]);

    const firstPage = await search(helsinkiCoordinator, { query: 'hoiva-avustaja', first: 2 });
    expect(firstPage.totalCount).toBe(3);
    expect(firstPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const secondPage = await search(helsinkiCoordinator, { query: 'hoiva-avustaja', first: 2, after: firstPage.pageInfo.endCursor });
    expect(secondPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.id).sort()).toEqual([...created].sort());
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ after: Buffer.from('jotain muuta').toString('base64') }, 'after'],
      [{ after: Buffer.from('k:viides').toString('base64') }, 'after'],
      [{ after: 'ei kursori!' }, 'after'],
      [{ filter: { municipalityCodes: ['398', '999'] } }, 'filter.municipalityCodes[1]'],
      [{ filter: { municipalityCodes: ['Lahti'] } }, 'filter.municipalityCodes'],
      [{ filter: { employmentAreaIds: ['6f0c2f7e-8a51-4c1e-9d3a-1e2f3a4b5c99'] } }, 'filter.employmentAreaIds[0]'],
      [{ filter: { occupationGroups: ['72'] } }, 'filter.occupationGroups'],
      [{ query: 'ä'.repeat(201) }, 'query'],
    ];
    for (const [variables, path] of cases) {
      const result = await anonymous(app).request(
        'query ($query: String, $filter: NeedSearchFilter, $first: Int, $after: String) { searchNeeds(query: $query, filter: $filter, first: $first, after: $after) { totalCount } }',
        variables,
      );
      expect({ path, code: result.errors?.[0]?.extensions?.code }).toEqual({ path, code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0]?.extensions?.fields?.map((field) => field.path)).toContain(path);
    }
  });
});
