// Issue 15, point 5: the public service search keeps its answers per process and drops them on
// every committed catalogue change (NOTIFY from triggers), so it never answers from stale data.
import { Client } from 'pg';
import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { SERVICE_SEARCH_ENGINE, ServiceSearchEngine, ServiceSearchService } from '@ytmt/catalogue';
import {
  anonymous,
  countStatements,
  createApp,
  employerServiceInput,
  eventually,
  GraphQLClient,
  publishNewService,
  signIn,
  TestApp,
} from '@ytmt/test-kit';
import { SEARCH_CACHE_APPLICATION_NAME, SearchResultCache } from '../../libs/catalogue/src/search/search-result-cache';

const SEARCH = `query ($query: String, $filter: ServiceFilter) {
  searchServices(query: $query, first: 10, filter: $filter) { totalCount edges { node { service { id status name { fi } } } } } }`;
interface Search {
  searchServices: { totalCount: number; edges: { node: { service: { id: string; status: string; name: { fi: string } } } }[] };
}

describe('The service search result cache', () => {
  let app: TestApp;
  let visitor: GraphQLClient;
  let provider: GraphQLClient;
  let coordinator: GraphQLClient;
  let cache: SearchResultCache;
  let engine: ServiceSearchEngine;
  let other: Client;
  let serviceId: string;
  let coverage: { isNational: boolean; employmentAreaIds: string[]; municipalityCodes: string[] };

  beforeAll(async () => {
    app = await createApp({ worker: true });
    visitor = anonymous(app);
    provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    coordinator = await signIn(app, Role.COORDINATOR);
    cache = app.app.get(ServiceSearchService).cache;
    engine = app.app.get<ServiceSearchEngine>(SERVICE_SEARCH_ENGINE);
    const [{ id: lahtiAreaId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    coverage = { isNational: false, employmentAreaIds: [lahtiAreaId], municipalityCodes: ['398'] };
    serviceId = await publishNewService(provider, coordinator, employerServiceInput('Palkkatuki työnantajalle', ['PAY_SUBSIDY'], coverage));
    await indexed();
    // Another process's connection: its changes reach this process only through NOTIFY.
    other = new Client({ connectionString: app.config.databaseUrl });
    await other.connect();
    // The cache opens its LISTEN connection on first use and serves nothing until it listens.
    await visitor.data(SEARCH, { query: 'palkkatuki' });
    await eventually(async () => cache.active, 5000);
  }, 120_000);
  afterAll(async () => {
    await other?.end();
    await app?.close();
  });

  /** A search with the statements of this process's data source and the engine's searches counted. */
  async function counted(query: string, filter: Record<string, unknown> = {}) {
    const spy = jest.spyOn(engine, 'search');
    try {
      const { result, statements } = await countStatements(app.dataSource, () => visitor.data<Search>(SEARCH, { query, filter }));
      return { result: result.searchServices, statements, engineSearches: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }
  /** Until the outbox is relayed and the search index jobs are done (other queues keep delayed jobs). */
  const indexed = () =>
    eventually(async () => {
      const [{ pending }] = await app.dataSource.query<{ pending: number }[]>(
        'SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL',
      );
      const jobs = await app.app.get(QueueRegistry).get(QueueName.SEARCH_INDEX).getJobCounts('wait', 'active', 'delayed', 'prioritized');
      return pending === 0 && Object.values(jobs).every((count) => count === 0);
    }, 15_000);
  const ids = (result: Search['searchServices']) => result.edges.map((edge) => edge.node.service.id);
  /** Waits for the notification of a committed change, no longer. */
  const changedSince = (generation: number) => eventually(async () => cache.generation !== generation, 2000);

  it('answers a repeated search from the cache, without a statement', async () => {
    const first = await counted('palkkatuen');
    expect(first.engineSearches).toBe(1);
    expect(first.statements).toBe(1);
    expect(ids(first.result)).toContain(serviceId);
    const again = await counted('palkkatuen');
    expect(again.engineSearches).toBe(0);
    expect(again.statements).toBe(0);
    expect(again.result).toEqual(first.result);
    // Another filter is another answer.
    const elsewhere = await counted('palkkatuen', { municipalityCode: '091' });
    expect(elsewhere.engineSearches).toBe(1);
    expect(ids(elsewhere.result)).not.toContain(serviceId);
  });

  it('shows a service published, edited or archived through the API at once', async () => {
    const before = await counted('palkkatuki');
    const countBefore = before.result.totalCount;
    expect((await counted('palkkatuki')).engineSearches).toBe(0);

    let generation = cache.generation;
    const newId = await publishNewService(provider, coordinator, employerServiceInput('Palkkatukineuvonta', ['PAY_SUBSIDY'], coverage));
    await indexed();
    await changedSince(generation);
    const published = await counted('palkkatuki');
    expect(published.engineSearches).toBe(1);
    expect(ids(published.result)).toContain(newId);
    expect(published.result.totalCount).toBe(countBefore + 1);

    // An edit of a published service: a revision the coordinator approves.
    expect((await counted('palkkatuki')).engineSearches).toBe(0);
    generation = cache.generation;
    const { updateService } = await provider.data<{ updateService: { revision: { id: string } | null } }>(
      'mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { revision { id } } }',
      { id: newId, input: employerServiceInput('Palkkatukineuvonta työnantajille', ['PAY_SUBSIDY'], coverage) },
    );
    expect(updateService.revision).not.toBeNull();
    await coordinator.data('mutation ($id: ID!) { approveServiceRevision(id: $id) { status } }', { id: updateService.revision?.id });
    await indexed();
    await changedSince(generation);
    const edited = await counted('palkkatuki');
    expect(edited.engineSearches).toBe(1);
    expect(edited.result.edges.find((edge) => edge.node.service.id === newId)?.node.service.name.fi).toBe('Palkkatukineuvonta työnantajille');

    // Archived: gone from the next search even before its index job has run.
    expect((await counted('palkkatuki')).engineSearches).toBe(0);
    generation = cache.generation;
    await provider.data('mutation ($id: ID!) { archiveService(id: $id) { status } }', { id: newId });
    await changedSince(generation);
    const archived = await counted('palkkatuki');
    expect(archived.engineSearches).toBe(1);
    expect(ids(archived.result)).not.toContain(newId);
    await indexed();
    expect((await counted('palkkatuki')).result.totalCount).toBe(countBefore);
  });

  it('drops its answers on a change another process commits (plain SQL on another connection)', async () => {
    await counted('palkkatuki');
    const cached = await counted('palkkatuki');
    expect(cached.engineSearches).toBe(0);
    const generation = cache.generation;
    await other.query(`UPDATE service SET name_fi = 'Palkkatuki, uusi nimi' WHERE id = $1`, [serviceId]);
    await changedSince(generation);
    const after = await counted('palkkatuki');
    expect(after.engineSearches).toBe(1);
    expect(after.result.edges.find((edge) => edge.node.service.id === serviceId)?.node.service.name.fi).toBe('Palkkatuki, uusi nimi');

    // A change of the engine's own tables too.
    const again = cache.generation;
    await other.query(`UPDATE service_search_document SET indexed_at = now() WHERE id = $1`, [serviceId]);
    await changedSince(again);
    expect((await counted('palkkatuki')).engineSearches).toBe(1);
  });

  it('serves and keeps nothing while its LISTEN connection is down, and resumes once it listens again', async () => {
    await counted('palkkatuki');
    expect((await counted('palkkatuki')).engineSearches).toBe(0);
    // Long enough a first reconnect delay that the test sees it down.
    (cache as unknown as { reconnectDelayMs: number }).reconnectDelayMs = 3000;
    const terminated = await other.query<{ done: boolean }>(
      `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [SEARCH_CACHE_APPLICATION_NAME],
    );
    expect(terminated.rows.map((row) => row.done)).toEqual([true]);
    await eventually(async () => !cache.active, 2000);
    expect(cache.size).toBe(0);
    expect((await counted('palkkatuki')).engineSearches).toBe(1);
    expect((await counted('palkkatuki')).engineSearches).toBe(1);
    expect(cache.size).toBe(0);

    await eventually(async () => cache.active, 10_000);
    await counted('palkkatuki');
    expect((await counted('palkkatuki')).engineSearches).toBe(0);
  });

  it('keeps at most its size, the least recently used going first, and refuses an answer computed across a change', async () => {
    const small = new SearchResultCache({ ...app.config, search: { ...app.config.search, resultCacheSize: 2 } });
    try {
      expect(small.active).toBe(false); // starts listening on first use
      await eventually(async () => small.active, 5000);
      small.set('a', 1, small.generation);
      small.set('b', 2, small.generation);
      expect(small.get('a')).toBe(1);
      small.set('c', 3, small.generation);
      expect([small.get('a'), small.get('b'), small.get('c')]).toEqual([1, undefined, 3]);

      const started = small.generation;
      await other.query(`SELECT pg_notify('ytmt_catalogue_changed', '')`);
      await eventually(async () => small.generation !== started, 2000);
      expect(small.size).toBe(0);
      small.set('d', 4, started);
      expect(small.get('d')).toBeUndefined();
    } finally {
      await small.onApplicationShutdown();
    }
    const off = new SearchResultCache({ ...app.config, search: { ...app.config.search, resultCacheSize: 0 } });
    off.set('a', 1, off.generation);
    expect(off.active).toBe(false);
    expect(off.get('a')).toBeUndefined();
  });
});
