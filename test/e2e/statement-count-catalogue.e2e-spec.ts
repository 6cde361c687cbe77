// Issue 12, point 3: the catalogue's lists with their per-row fields (provider, terms, coverage,
// places, prices and the revision of each service) cost the same number of SQL statements for 100
// services as for 10.
import {
  cloneRow,
  createApp,
  expectFlatStatementCount,
  GraphQLClient,
  publishNewService,
  signIn,
  statementCountsAt,
  submitNewService,
  TestApp,
} from '@ytmt/test-kit';

const REVISION_FIELDS = `id status canDecide requiredEmploymentAreaIds approvedEmploymentAreaIds
  changes { fieldName before after } proposedCoverage { national employmentAreaIds municipalityCodes }
  service { id name { fi } provider { id name } }`;
const SERVICE_FIELDS = `id status name { fi sv } provider { id name homeMunicipalityCode }
  categories { code labelFi } targetGroups { code labelFi }
  coverage { national employmentAreaIds municipalityCodes }
  locations { name municipalityCode } costOptions { amount currency } approvedEmploymentAreaIds`;
const MY_SERVICES = `{ myServices { ${SERVICE_FIELDS} revision { ${REVISION_FIELDS} } } }`;
const MODERATION_QUEUE = `{ moderationQueue { ${SERVICE_FIELDS} revision { ${REVISION_FIELDS} } } }`;
const REVISION_QUEUE = `{ serviceRevisionQueue { ${REVISION_FIELDS} service { revision { id } } } }`;

/** A service's terms, coverage, places, prices and revisions: copied with it. */
const SERVICE_PARTS = ['service_taxonomy_term', 'service_area', 'service_location', 'service_cost_option', 'service_revision'];

interface Row {
  id: string;
  status: string;
  provider: { id: string };
  categories: { code: string }[];
  coverage: { employmentAreaIds: string[]; municipalityCodes: string[] };
  revision: { id: string; status: string; changes: unknown[] } | null;
}

const serviceInput = (nameFi: string, lahtiAreaId: string) => ({
  nameFi,
  summaryFi: 'Työpajalla nuori harjoittelee työelämän taitoja ohjaajan tuella.',
  descriptionFi: 'Puu-, metalli- ja kiinteistöhuollon pajat; valmentaja auttaa löytämään seuraavan askeleen työhön tai koulutukseen.',
  audience: 'JOBSEEKERS',
  categoryCodes: ['WORKSHOP'],
  targetGroupCodes: ['YOUNG'],
  isNational: false,
  employmentAreaIds: [lahtiAreaId],
  municipalityCodes: ['398'],
  locations: [{ name: 'Pajakeskus', streetAddress: 'Aleksanterinkatu 1', postalCode: '15110', municipalityCode: '398' }],
  deliveryMode: 'ON_SITE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
});

describe('Statement counts: the catalogue lists', () => {
  let app: TestApp;
  let provider: GraphQLClient;
  let coordinator: GraphQLClient;
  /** A published service with a pending revision, and a submitted one: the originals to clone. */
  let revisedId: string;
  let submittedId: string;

  /** Clones both originals with their parts until each kind numbers `count`. */
  async function growTo(count: number): Promise<void> {
    for (const id of [revisedId, submittedId]) {
      const [{ existing }] = await app.dataSource.query<{ existing: number }[]>(
        `SELECT count(*)::int AS existing FROM service s
          WHERE s.organization_id = (SELECT organization_id FROM service WHERE id = $1)
            AND s.status = (SELECT status FROM service WHERE id = $1)`,
        [id],
      );
      await cloneRow(app.dataSource, { table: 'service', id, parts: SERVICE_PARTS, foreignKey: 'service_id' }, count - existing);
    }
  }

  beforeAll(async () => {
    // A list of a hundred services with their revisions is beyond the default query cost on purpose.
    app = await createApp({ env: { GRAPHQL_MAX_COMPLEXITY: '5000000' } });
    // The workshop association has no published services of its own in the template.
    provider = await signIn(app, 'palveluntuottaja.tyopaja@ytmt.example');
    coordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    const [{ id: lahtiAreaId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    revisedId = await publishNewService(provider, coordinator, serviceInput('Työpajavalmennus nuorille', lahtiAreaId));
    await provider.data('mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }', {
      id: revisedId,
      input: { ...serviceInput('Työpajavalmennus nuorille ja aikuisille', lahtiAreaId), municipalityCodes: ['398', '111'] },
    });
    submittedId = await submitNewService(provider, serviceInput('Työkokeilu pajalla', lahtiAreaId));
  }, 120_000);
  afterAll(() => app?.close());

  it('lists the provider’s services and the moderation queues in as many statements for 100 services as for 10', async () => {
    const counts = await statementCountsAt(
      app.dataSource,
      {
        mine: () => provider.data<{ myServices: Row[] }>(MY_SERVICES),
        moderation: () => coordinator.data<{ moderationQueue: Row[] }>(MODERATION_QUEUE),
        revisions: () => coordinator.data<{ serviceRevisionQueue: { id: string }[] }>(REVISION_QUEUE),
      },
      growTo,
    );
    const { mine, moderation, revisions } = counts;

    // The lists really hold the services with their per-row parts.
    for (const [{ result }, count] of [[mine.small, 10], [mine.large, 100]] as const) {
      const rows = result.myServices;
      expect(rows.filter((row) => row.status === 'PUBLISHED')).toHaveLength(count);
      expect(rows.filter((row) => row.status === 'SUBMITTED')).toHaveLength(count);
      expect(rows.filter((row) => row.revision?.status === 'PENDING' && row.revision.changes.length > 0)).toHaveLength(count);
      expect(rows.every((row) => row.categories.map((term) => term.code).includes('WORKSHOP') && row.coverage.municipalityCodes.includes('398'))).toBe(true);
    }
    const ours = (rows: Row[]) => rows.filter((row) => row.provider.id === mine.large.result.myServices[0].provider.id);
    expect(ours(moderation.small.result.moderationQueue)).toHaveLength(10);
    expect(ours(moderation.large.result.moderationQueue)).toHaveLength(100);
    expect(revisions.small.result.serviceRevisionQueue.length).toBeGreaterThanOrEqual(10);
    expect(revisions.large.result.serviceRevisionQueue.length).toBeGreaterThan(revisions.small.result.serviceRevisionQueue.length);

    for (const list of ['mine', 'moderation', 'revisions'] as const) expectFlatStatementCount(list, counts[list]);
  });
});
