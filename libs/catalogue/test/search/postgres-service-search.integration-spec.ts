import 'reflect-metadata';
import { openTestDataSource, useTestDataSource } from '@ytmt/test-kit';
import { PostgresServiceSearchEngine } from '../../src/search/postgres-service-search.engine';
import { describeServiceSearchContract } from './service-search.contract';
import { equalFootingTriples, FIXTURE_SERVICES, ID } from './service-search.fixtures';

describeServiceSearchContract('PostgreSQL full-text search', async () => {
  const database = await openTestDataSource({ maxConnections: 4 });
  return { engine: new PostgresServiceSearchEngine(database.dataSource), close: database.close };
});

// The same contract with the page read on a second connection beside the count (what a large
// catalogue gets whenever a connection is free).
describeServiceSearchContract('PostgreSQL full-text search, page beside the count', async () => {
  const database = await openTestDataSource({ maxConnections: 4 });
  return { engine: new PostgresServiceSearchEngine(database.dataSource, { parallelFromServices: 0 }), close: database.close };
});

// What only the PostgreSQL adapter promises, or code paths the small contract fixture never takes.
describe('PostgresServiceSearchEngine', () => {
  const database = useTestDataSource({ maxConnections: 4 });

  it('ranks a bounded candidate pool for broad queries, keeping the count and facets exact', async () => {
    const exhaustive = new PostgresServiceSearchEngine(database.dataSource);
    // A pool of 4 is far below the 240 matches of "työkokeilu", so the bounded path runs.
    const bounded = new PostgresServiceSearchEngine(database.dataSource, { rankCandidateLimit: 4 });
    await exhaustive.clear();
    await exhaustive.upsert(equalFootingTriples().flatMap((triple) => triple.documents));
    const query = { text: 'työkokeilu', filter: {}, sort: { by: 'RELEVANCE' as const }, offset: 0, limit: 2 };
    const full = await exhaustive.search({ ...query, limit: 240 });
    const matches = full.hits.map((hit) => hit.id);
    const first = await bounded.search(query);
    const second = await bounded.search({ ...query, offset: 2 });
    expect(full.totalCount).toBeGreaterThan(4);
    expect(first.totalCount).toBe(full.totalCount);
    expect(first.facets).toEqual(full.facets);
    // Both pages come from the same pool of four: no repeats, only real matches.
    const paged = [...first.hits, ...second.hits].map((hit) => hit.id);
    expect(new Set(paged).size).toBe(4);
    for (const id of paged) expect(matches).toContain(id);
    // Reaching past the pool still returns hits.
    expect((await bounded.search({ ...query, offset: 4 })).hits.length).toBeGreaterThan(0);
  });

  it('matches words typed without ä and ö, and escapes HTML in snippets', async () => {
    const engine = new PostgresServiceSearchEngine(database.dataSource);
    await engine.clear();
    await engine.upsert([
      { ...FIXTURE_SERVICES[2]!, description: { fi: 'Työkokeilu <b>alkaa</b> & jatkuu.', sv: null, en: null } },
    ]);
    const result = await engine.search({ text: 'tyokokeilu', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual([ID.s03]);
    const description = result.hits[0]?.highlights.find((highlight) => highlight.field === 'description.fi');
    expect(description?.snippet).toContain('<em>Työkokeilu</em> &lt;b&gt;alkaa&lt;/b&gt; &amp; jatkuu');
  });

  it('matches nothing when every word is a stop word', async () => {
    const engine = new PostgresServiceSearchEngine(database.dataSource);
    await engine.clear();
    await engine.upsert(FIXTURE_SERVICES);
    const result = await engine.search({ text: 'ja ja', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 5 });
    expect(result.totalCount).toBe(0);
  });

  it('refuses to prepare when the migration has not run', async () => {
    await database.dataSource.query('ALTER TABLE service_search_document RENAME TO service_search_document_away');
    try {
      const engine = new PostgresServiceSearchEngine(database.dataSource);
      await expect(engine.prepare()).rejects.toThrow(/run the migrations/);
      expect(await engine.ping()).toBe(false);
    } finally {
      await database.dataSource.query('ALTER TABLE service_search_document_away RENAME TO service_search_document');
    }
  });
});
