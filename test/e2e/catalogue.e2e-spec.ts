import { Role } from '@ytmt/core';
import { anonymous, createApp, eventually, GraphQLClient, signIn, TEST_REDIS_URL, TestApp } from '@ytmt/test-kit';
import { createWorkerContext, startWorker } from '../../apps/worker/src/bootstrap';

const SERVICE_FIELDS = 'id status name { fi sv en } provider { name sector } rejectionReason coverage { national employmentAreaIds municipalityCodes }';
const CREATE = `mutation ($input: ServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const SEARCH = `query ($query: String, $filter: ServiceFilter) {
  searchServices(query: $query, filter: $filter, first: 10) {
    totalCount
    edges { node { score highlights { field snippet } service { id name { fi } } } }
    facets { category { value label count } sector { value count } cost { value count } area { value label count } }
  } }`;

interface SearchResult {
  searchServices: {
    totalCount: number;
    edges: { node: { highlights: { field: string; snippet: string }[]; service: { id: string; name: { fi: string } } } }[];
    facets: Record<string, { value: string; label?: string; count: number }[]>;
  };
}

function palkkatukiInput(lahtiAreaId: string) {
  return {
    nameFi: 'Palkkatuki työnantajalle – neuvonta ja hakemusapu',
    nameSv: 'Lönesubvention för arbetsgivare – rådgivning',
    summaryFi: 'Autamme työnantajaa hakemaan palkkatukea osatyökykyisen työntekijän palkkaamiseen.',
    summarySv: 'Vi hjälper arbetsgivare att ansöka om lönesubvention.',
    descriptionFi: 'Työvalmentaja käy läpi palkkatuen ehdot, auttaa hakemuksen tekemisessä ja tukee työsuhteen alussa.',
    audience: 'EMPLOYERS',
    categoryCodes: ['PAY_SUBSIDY', 'JOB_COACHING'],
    targetGroupCodes: ['PARTIAL_WORK_ABILITY'],
    isNational: false,
    employmentAreaIds: [lahtiAreaId],
    municipalityCodes: [],
    locations: [
      { name: 'Säätiön toimipiste', streetAddress: 'Aleksanterinkatu 18', postalCode: '15110', municipalityCode: '398', latitude: 60.9827, longitude: 25.6615 },
    ],
    deliveryMode: 'HYBRID',
    languages: ['fi', 'sv'],
    isFree: true,
    costOptions: [],
  };
}

describe('Service catalogue end to end', () => {
  let app: TestApp;
  let provider: GraphQLClient;
  let otherProvider: GraphQLClient;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let lahtiAreaId: string;

  beforeAll(async () => {
    app = await createApp({ worker: true });
    provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    otherProvider = await signIn(app, 'palveluntuottaja.yritys@ytmt.example');
    lahtiCoordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
  });
  afterAll(() => app.close());

  const search = (query: string | null, filter: Record<string, unknown> = {}) =>
    anonymous(app).data<SearchResult>(SEARCH, { query, filter });
  const foundIds = async (query: string, filter: Record<string, unknown> = {}) =>
    (await search(query, filter)).searchServices.edges.map((e) => e.node.service.id);

  it('takes a service from draft through moderation to search, and out again when archived', async () => {
    const { createService } = await provider.data<{ createService: { id: string; status: string } }>(CREATE, { input: palkkatukiInput(lahtiAreaId) });
    expect(createService.status).toBe('DRAFT');
    const id = createService.id;
    expect(await foundIds('palkkatuki')).not.toContain(id);
    const hidden = await anonymous(app).request('query ($id: ID!) { service(id: $id) { id } }', { id });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id });
    const lahtiQueue = await lahtiCoordinator.data<{ moderationQueue: { id: string }[] }>('{ moderationQueue { id } }');
    expect(lahtiQueue.moderationQueue.map((s) => s.id)).toContain(id);
    const helsinkiQueue = await helsinkiCoordinator.data<{ moderationQueue: { id: string }[] }>('{ moderationQueue { id } }');
    expect(helsinkiQueue.moderationQueue.map((s) => s.id)).not.toContain(id);

    const wrongArea = await helsinkiCoordinator.request('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    expect(wrongArea.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const selfApproval = await provider.request('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    expect(selfApproval.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await lahtiCoordinator.data<{ approveService: { status: string } }>('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    expect(approved.approveService.status).toBe('PUBLISHED');

    // Searchable within a second: inflected, misspelt and Swedish forms.
    const started = Date.now();
    await eventually(async () => (await foundIds('palkkatuen')).includes(id), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await foundIds('palkatuki')).toContain(id);
    expect(await foundIds('lönesubvention')).toContain(id);
    const hit = (await search('palkkatuki')).searchServices.edges.find((e) => e.node.service.id === id);
    expect(hit?.node.highlights.some((h) => h.snippet.includes('<em>'))).toBe(true);

    // Regional filter: available in Lahti, not in Helsinki.
    expect(await foundIds('palkkatuki', { municipalityCode: '398' })).toContain(id);
    expect(await foundIds('palkkatuki', { municipalityCode: '091' })).not.toContain(id);

    const archived = await provider.data<{ archiveService: { status: string } }>('mutation ($id: ID!) { archiveService(id: $id) { status } }', { id });
    expect(archived.archiveService.status).toBe('ARCHIVED');
    await eventually(async () => !(await foundIds('palkkatuki')).includes(id), 2000);
    const again = await lahtiCoordinator.request('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('sends a rejected service back with its reason; it stays out of search until approved', async () => {
    const input = { ...palkkatukiInput(lahtiAreaId), nameFi: 'Työkokeilu metallialalla', nameSv: undefined, summarySv: undefined, categoryCodes: ['WORK_TRIAL'] };
    const { createService } = await provider.data<{ createService: { id: string } }>(CREATE, { input });
    const id = createService.id;
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id });
    const rejected = await lahtiCoordinator.data<{ rejectService: { status: string; rejectionReason: string } }>(
      'mutation ($id: ID!) { rejectService(id: $id, input: { reason: "Kuvaus ei kerro, miten työkokeiluun haetaan." }) { status rejectionReason } }',
      { id },
    );
    expect(rejected.rejectService).toEqual({ status: 'REJECTED', rejectionReason: 'Kuvaus ei kerro, miten työkokeiluun haetaan.' });
    expect(await foundIds('työkokeilu')).not.toContain(id);

    await provider.data('mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { status } }', {
      id,
      input: { ...input, howToTakePartFi: 'Ota yhteyttä työvalmentajaan.' },
    });
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id });
    await lahtiCoordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    await eventually(async () => (await foundIds('työkokeiluun')).includes(id), 2000);
  });

  it('keeps field-level history of a published service and refreshes the index once the edit is approved', async () => {
    const { createService } = await provider.data<{ createService: { id: string } }>(CREATE, {
      input: { ...palkkatukiInput(lahtiAreaId), nameFi: 'Oppisopimus konepajalle', categoryCodes: ['APPRENTICESHIP'] },
    });
    const id = createService.id;
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id });
    await lahtiCoordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    // An edit of a published service waits as a revision (issue 11): history starts when it is approved.
    const { updateService } = await provider.data<{ updateService: { revision: { id: string; status: string } } }>(
      'mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { status revision { id status } } }',
      { id, input: { ...palkkatukiInput(lahtiAreaId), nameFi: 'Oppisopimuskoulutus hitsaajaksi', categoryCodes: ['APPRENTICESHIP'], capacity: 12 } },
    );
    expect(updateService.revision.status).toBe('PENDING');
    await lahtiCoordinator.data('mutation ($id: ID!) { approveServiceRevision(id: $id) { status } }', { id: updateService.revision.id });
    const { serviceHistory } = await anonymous(app).data<{ serviceHistory: { fieldName: string; previousValue: unknown; newValue: unknown; actionType: string }[] }>(
      'query ($id: ID!) { serviceHistory(id: $id) { fieldName previousValue newValue actionType } }',
      { id },
    );
    const updates = serviceHistory.filter((c) => c.actionType === 'update');
    expect(updates).toEqual([
      { fieldName: 'capacity', previousValue: null, newValue: 12, actionType: 'update' },
      { fieldName: 'nameFi', previousValue: 'Oppisopimus konepajalle', newValue: 'Oppisopimuskoulutus hitsaajaksi', actionType: 'update' },
    ]);
    expect(serviceHistory.filter((c) => c.fieldName === 'status').map((c) => c.newValue)).toEqual(['SUBMITTED', 'PUBLISHED']);
    await eventually(async () => (await foundIds('hitsaajaksi')).includes(id), 2000);
  });

  it('refuses bad input with a typed error naming the field, writing nothing', async () => {
    const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM service'))[0].n as number;
    const before = await count();
    const base = palkkatukiInput(lahtiAreaId);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, municipalityCodes: ['999'] }, 'BAD_USER_INPUT', 'input.municipalityCodes[0]'],
      [{ ...base, categoryCodes: ['PAY_SUBSIDY', 'NO_SUCH_CATEGORY'] }, 'BAD_USER_INPUT', 'input.categoryCodes[1]'],
      [{ ...base, isFree: false, costOptions: [{ amount: -10, currency: 'EUR' }] }, 'BAD_USER_INPUT', 'input.costOptions.0.amount'],
      [{ ...base, isFree: false, costOptions: [{ amount: 150 }] }, 'BAD_USER_INPUT', 'input.costOptions.0.currency'],
      [{ ...base, nameFi: 'Palkkatuki '.repeat(30) }, 'BAD_USER_INPUT', 'input.nameFi'],
      [{ ...base, locations: [{ ...base.locations[0], municipalityCode: '000' }] }, 'BAD_USER_INPUT', 'input.locations[0].municipalityCode'],
      [{ ...base, isNational: false, employmentAreaIds: [] }, 'BAD_USER_INPUT', 'input.isNational'],
    ];
    for (const [input, code, path] of cases) {
      const result = await provider.request(CREATE, { input });
      expect({ path, code: result.errors?.[0].extensions?.code }).toEqual({ path, code });
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain(path);
    }
    expect(await count()).toBe(before);
    const badFilter = await anonymous(app).request(SEARCH, { query: 'palkkatuki', filter: { categories: ['NO_SUCH_CATEGORY'] } });
    expect(badFilter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.categories[0]' }] });

    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const badBusinessId = await admin.request(
      'mutation ($input: ProviderOrganizationInput!) { createProvider(input: $input) { id } }',
      { input: { name: 'Esimerkkiyhdistys ry', sector: 'THIRD_SECTOR', type: 'ASSOCIATION', businessId: '1234567-8', homeMunicipalityCode: '398' } },
    );
    expect(badBusinessId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.businessId' }] });
    const created = await admin.data<{ createProvider: { businessId: string; sector: string } }>(
      'mutation ($input: ProviderOrganizationInput!) { createProvider(input: $input) { businessId sector } }',
      { input: { name: 'Esimerkkiyhdistys ry', sector: 'THIRD_SECTOR', type: 'ASSOCIATION', businessId: '9900001-8', homeMunicipalityCode: '398' } },
    );
    expect(created.createProvider).toEqual({ businessId: '9900001-8', sector: 'THIRD_SECTOR' });
    const duplicate = await admin.request(
      'mutation ($input: ProviderOrganizationInput!) { createProvider(input: $input) { id } }',
      { input: { name: 'Toinen ry', sector: 'THIRD_SECTOR', type: 'ASSOCIATION', businessId: '9900001-8', homeMunicipalityCode: '398' } },
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.businessId' }] });

    // Another provider cannot touch this provider's service.
    const { createService } = await provider.data<{ createService: { id: string } }>(CREATE, { input: base });
    const foreign = await otherProvider.request('mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }', {
      id: createService.id,
      input: { ...base, nameFi: 'Kaapattu palvelu' },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await app.dataSource.query('SELECT name_fi FROM service WHERE id = $1', [createService.id]);
    expect(row.name_fi).toBe(base.nameFi);
  });

  it('counts facets over all matches', async () => {
    const result = await search(null, { municipalityCode: '398' });
    const { totalCount, facets } = result.searchServices;
    const expected: { code: string; label_fi: string; n: number }[] = await app.dataSource.query(
      `SELECT t.code, t.label_fi, count(*)::int AS n FROM service s JOIN service_taxonomy_term st ON st.service_id = s.id
         JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
        WHERE s.status = 'PUBLISHED' AND t.taxonomy = 'SERVICE_CATEGORY' GROUP BY t.code, t.label_fi ORDER BY t.code`,
    );
    expect(expected.map((row) => row.code)).toEqual(expect.arrayContaining(['APPRENTICESHIP', 'WORK_TRIAL']));
    expect(facets['category'].map((f) => ({ code: f.value, label_fi: f.label, n: f.count })).sort((a, b) => a.code.localeCompare(b.code))).toEqual(expected);
    expect(facets['cost'].reduce((sum, f) => sum + f.count, 0)).toBe(totalCount);
    expect(facets['sector'].reduce((sum, f) => sum + f.count, 0)).toBe(totalCount);
  });
});

describe('Publishing while Redis is down', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The API reaches a Redis that is not there; only the worker started later has a real one.
    app = await createApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => app.close());

  it('still publishes, and the index catches up once a worker reaches Redis', async () => {
    const provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    const coordinator = await signIn(app, Role.COORDINATOR);
    const [{ id: areaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const { createService } = await provider.data<{ createService: { id: string } }>(CREATE, {
      input: { ...palkkatukiInput(areaId), nameFi: 'Rekrytointikoulutus hoiva-avustajaksi', categoryCodes: ['RECRUITMENT_TRAINING'] },
    });
    const id = createService.id;
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id });
    const approved = await coordinator.data<{ approveService: { status: string } }>('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    expect(approved.approveService.status).toBe('PUBLISHED');
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(503);

    const worker = await createWorkerContext({ ...app.config, redisUrl: TEST_REDIS_URL });
    try {
      await startWorker(worker);
      await eventually(async () => {
        const result = await anonymous(app).data<SearchResult>(SEARCH, { query: 'hoiva-avustajaksi', filter: {} });
        return result.searchServices.edges.some((e) => e.node.service.id === id);
      }, 5000);
    } finally {
      await worker.close();
    }
  });
});
