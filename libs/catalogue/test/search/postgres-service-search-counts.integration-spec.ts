import 'reflect-metadata';
import { useTestDataSource } from '@ytmt/test-kit';
import { PostgresServiceSearchEngine } from '../../src/search/postgres-service-search.engine';
import { equalFootingTriples, FIXTURE_SERVICES, ID } from './service-search.fixtures';
import { ServiceSearchDocument } from '../../src/search/service-search.port';

// The counts kept by triggers (facet values, lexemes, total) must always equal what a pass over
// the documents gives: searches that nothing constrains are answered from them alone. Likewise
// the narrow copy of the documents that searches read (service_search_key).
const KEY_COLUMNS = 'id, tie_key, classification_key, attribute_key, area_key, latitudes, longitudes, facet_values, search_vector';

describe('PostgresServiceSearchEngine counts kept by triggers', () => {
  const database = useTestDataSource({ maxConnections: 4 });
  let engine: PostgresServiceSearchEngine;

  beforeAll(() => {
    engine = new PostgresServiceSearchEngine(database.dataSource);
  });

  /** The kept counts next to the same counts computed from the documents. */
  async function keptAndComputed() {
    const query = async (sql: string) =>
      ((await database.dataSource.query(sql)) as { name: string; n: number }[]).map((row) => `${row.name}=${row.n}`).sort();
    return {
      kept: {
        values: await query('SELECT value AS name, documents AS n FROM service_search_facet_value WHERE documents <> 0'),
        lexemes: await query(
          `SELECT lexeme || '/' || head_documents AS name, documents AS n FROM service_search_lexeme WHERE documents <> 0 OR head_documents <> 0`,
        ),
        total: await query('SELECT 1 AS name, documents AS n FROM service_search_total'),
        keys: await query(`SELECT concat_ws('|', ${KEY_COLUMNS}, head_vector) AS name, 1 AS n FROM service_search_key`),
      },
      computed: {
        values: await query(
          `SELECT v.value AS name, count(*)::int AS n FROM service_search_document d
           CROSS JOIN LATERAL unnest(ARRAY[d.classification_key, d.attribute_key, d.area_key]) AS k(key)
           JOIN service_search_facet_set s ON s.key = k.key CROSS JOIN LATERAL unnest(s.facet_values) AS v(value)
           GROUP BY v.value`,
        ),
        lexemes: await query(
          `SELECT l.lexeme || '/' || count(*) FILTER (WHERE l.weights && '{A,B}'::text[]) AS name, count(*)::int AS n
           FROM service_search_document d CROSS JOIN LATERAL unnest(d.search_vector) AS l GROUP BY l.lexeme`,
        ),
        total: await query('SELECT 1 AS name, count(*)::int AS n FROM service_search_document'),
        keys: await query(
          `SELECT concat_ws('|', ${KEY_COLUMNS}, service_search_head_vector(document)) AS name, 1 AS n FROM service_search_document`,
        ),
      },
    };
  }

  it('follow inserts, updates, removals and clearing', async () => {
    await engine.clear();
    await engine.upsert(FIXTURE_SERVICES);
    let counts = await keptAndComputed();
    expect(counts.kept).toEqual(counts.computed);
    expect(counts.kept.total).toEqual([`1=${FIXTURE_SERVICES.length}`]);
    expect(counts.kept.keys).toHaveLength(FIXTURE_SERVICES.length);

    const changed: ServiceSearchDocument[] = [
      { ...FIXTURE_SERVICES[0]!, categories: ['WORK_TRIAL'], isFree: false, name: { fi: 'Työkokeilu kotihoidossa', sv: null, en: null } },
      { ...FIXTURE_SERVICES[1]!, isNational: true, employmentAreaIds: [], municipalityCodes: [] },
    ];
    // An unchanged document in the same batch, and the same batch twice.
    await engine.upsert([...changed, FIXTURE_SERVICES[2]!]);
    await engine.upsert([...changed, FIXTURE_SERVICES[2]!]);
    counts = await keptAndComputed();
    expect(counts.kept).toEqual(counts.computed);

    await engine.remove([ID.s03, ID.s04, 'ffffffff-ffff-4fff-bfff-ffffffffffff']);
    counts = await keptAndComputed();
    expect(counts.kept).toEqual(counts.computed);
    expect(counts.kept.total).toEqual([`1=${FIXTURE_SERVICES.length - 2}`]);

    await engine.clear();
    counts = await keptAndComputed();
    expect(counts.kept).toEqual(counts.computed);
    expect(counts.kept.values).toEqual([]);
    expect(counts.kept.keys).toEqual([]);
  });

  it('answers a word every service contains like no text at all, and ranks by it', async () => {
    await engine.clear();
    const documents = equalFootingTriples().flatMap((triple) => triple.documents);
    await engine.upsert(documents);
    const query = { filter: {}, sort: { by: 'RELEVANCE' as const }, offset: 0, limit: 5 };
    const everything = await engine.search({ ...query, text: null });
    const universal = await engine.search({ ...query, text: 'työkokeilu' });
    expect(universal.totalCount).toBe(documents.length);
    expect(universal.facets).toEqual(everything.facets);
    expect(universal.hits).toHaveLength(5);
    expect(universal.hits[0]!.score).toBeGreaterThan(0);
    expect(universal.hits[0]!.highlights.length).toBeGreaterThan(0);
    // The same word with a filter: counted through the filter alone.
    const publicOnly = await engine.search({ ...query, text: 'työkokeilu', filter: { sectors: ['PUBLIC'] } });
    expect(publicOnly.totalCount).toBe(documents.length / 3);
    expect(publicOnly.facets.sector).toEqual([{ value: 'PUBLIC', count: documents.length / 3 }]);
  });
});
