// Issue 12, point 3: the catalogue's lists with their per-row fields (provider, terms, coverage,
// places, prices and the revision of each service) cost the same number of SQL statements for 100
// services as for 10.
import { countStatements, createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

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

  /** The table's own columns, without generated ones and those named in `except`. */
  const columnsOf = async (table: string, except: string[]): Promise<string[]> =>
    (
      await app.dataSource.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
          ORDER BY ordinal_position`,
        [table],
      )
    )
      .map((row) => row.column_name)
      .filter((column) => !except.includes(column));

  /** Copies the service `times` times, with its terms, coverage, places, prices and revisions. */
  async function cloneService(sourceId: string, times: number): Promise<void> {
    const columns = (await columnsOf('service', ['id'])).map((column) => `"${column}"`).join(', ');
    const clones = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO service (${columns}) SELECT ${columns} FROM service, generate_series(1, $2) WHERE id = $1 RETURNING id`,
      [sourceId, times],
    );
    for (const table of ['service_taxonomy_term', 'service_area', 'service_location', 'service_cost_option', 'service_revision']) {
      const own = await columnsOf(table, ['id', 'service_id']);
      await app.dataSource.query(
        `INSERT INTO ${table} (service_id${own.map((column) => `, "${column}"`).join('')})
         SELECT clone.id${own.map((column) => `, source."${column}"`).join('')}
           FROM unnest($1::uuid[]) AS clone(id) CROSS JOIN ${table} source
          WHERE source.service_id = $2`,
        [clones.map((clone) => clone.id), sourceId],
      );
    }
  }

  /** Clones both originals until each kind numbers `count`. */
  async function growTo(count: number): Promise<void> {
    for (const id of [revisedId, submittedId]) {
      const [{ existing }] = await app.dataSource.query<{ existing: number }[]>(
        `SELECT count(*)::int AS existing FROM service s
          WHERE s.organization_id = (SELECT organization_id FROM service WHERE id = $1)
            AND s.status = (SELECT status FROM service WHERE id = $1)`,
        [id],
      );
      await cloneService(id, count - existing);
    }
  }

  const counted = async <T>(client: GraphQLClient, query: string) => countStatements(app.dataSource, () => client.data<T>(query));

  beforeAll(async () => {
    // A list of a hundred services with their revisions is beyond the default query cost on purpose.
    app = await createApp({ env: { GRAPHQL_MAX_COMPLEXITY: '5000000' } });
    // The workshop association has no published services of its own in the template.
    provider = await signIn(app, 'palveluntuottaja.tyopaja@ytmt.example');
    coordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    const [{ id: lahtiAreaId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const create = async (nameFi: string) =>
      (
        await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
          input: serviceInput(nameFi, lahtiAreaId),
        })
      ).createService.id;
    const submit = (id: string) => provider.data('mutation ($id: ID!) { submitService(id: $id) { id } }', { id });

    revisedId = await create('Työpajavalmennus nuorille');
    await submit(revisedId);
    await coordinator.data('mutation ($id: ID!) { approveService(id: $id) { id status } }', { id: revisedId });
    await provider.data('mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }', {
      id: revisedId,
      input: { ...serviceInput('Työpajavalmennus nuorille ja aikuisille', lahtiAreaId), municipalityCodes: ['398', '111'] },
    });
    submittedId = await create('Työkokeilu pajalla');
    await submit(submittedId);
  }, 120_000);
  afterAll(() => app?.close());

  it('lists the provider’s services and the moderation queues in as many statements for 100 services as for 10', async () => {
    await growTo(10);
    // Warm up once: the first requests of a process load what they cache.
    await provider.data(MY_SERVICES);
    await coordinator.data(MODERATION_QUEUE);
    await coordinator.data(REVISION_QUEUE);
    const small = {
      mine: await counted<{ myServices: Row[] }>(provider, MY_SERVICES),
      moderation: await counted<{ moderationQueue: Row[] }>(coordinator, MODERATION_QUEUE),
      revisions: await counted<{ serviceRevisionQueue: { id: string }[] }>(coordinator, REVISION_QUEUE),
    };
    await growTo(100);
    const large = {
      mine: await counted<{ myServices: Row[] }>(provider, MY_SERVICES),
      moderation: await counted<{ moderationQueue: Row[] }>(coordinator, MODERATION_QUEUE),
      revisions: await counted<{ serviceRevisionQueue: { id: string }[] }>(coordinator, REVISION_QUEUE),
    };

    // The lists really hold the services with their per-row parts.
    for (const [{ mine }, count] of [[small, 10], [large, 100]] as const) {
      const rows = mine.result.myServices;
      expect(rows.filter((row) => row.status === 'PUBLISHED')).toHaveLength(count);
      expect(rows.filter((row) => row.status === 'SUBMITTED')).toHaveLength(count);
      expect(rows.filter((row) => row.revision?.status === 'PENDING' && row.revision.changes.length > 0)).toHaveLength(count);
      expect(rows.every((row) => row.categories.map((term) => term.code).includes('WORKSHOP') && row.coverage.municipalityCodes.includes('398'))).toBe(true);
    }
    const ours = (rows: Row[]) => rows.filter((row) => row.provider.id === large.mine.result.myServices[0].provider.id);
    expect(ours(small.moderation.result.moderationQueue)).toHaveLength(10);
    expect(ours(large.moderation.result.moderationQueue)).toHaveLength(100);
    expect(small.revisions.result.serviceRevisionQueue.length).toBeGreaterThanOrEqual(10);
    expect(large.revisions.result.serviceRevisionQueue.length).toBeGreaterThan(small.revisions.result.serviceRevisionQueue.length);

    for (const list of ['mine', 'moderation', 'revisions'] as const) {
      if (large[list].statements !== small[list].statements) {
        console.log(`${list}, 10 services:\n${small[list].sql.join('\n')}\n\n100 services:\n${large[list].sql.join('\n')}`);
      }
      expect({ list, statements: large[list].statements }).toEqual({ list, statements: small[list].statements });
    }
  });
});
