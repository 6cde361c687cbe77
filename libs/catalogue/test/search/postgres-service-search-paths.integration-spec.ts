import 'reflect-metadata';
import { useTestDataSource } from '@ytmt/test-kit';
import { PostgresServiceSearchEngine } from '../../src/search/postgres-service-search.engine';
import { ServiceSearchDocument, ServiceSearchFilter, ServiceSearchQuery } from '../../src/search/service-search.port';
import { FIXTURE_SERVICES, LAHTI_AREA_ID } from './service-search.fixtures';

// Plans the small contract fixture never takes, checked against answers computed the plain way
// on a catalogue large enough for them: a filter's page from the lowest tie key slices first, a
// distance page from the box around the place first (each with the fall-back to all matches), and
// the count beside the page on a second connection.

const COUNT = 1_500;
const CATEGORIES = ['PAY_SUBSIDY', 'WORK_TRIAL', 'JOB_COACHING', 'APPRENTICESHIP', 'RECRUITMENT_SERVICES'];
const TARGET_GROUPS = ['YOUNG', 'IMMIGRANTS', 'PARTIAL_WORK_ABILITY', 'LONG_TERM_UNEMPLOYED'];
const HELSINKI = { latitude: 60.1699, longitude: 24.9384 };
const UTSJOKI = { latitude: 69.9079, longitude: 27.0264 };

/** A seeded generator (mulberry32), so that every run indexes the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalogue(): ServiceSearchDocument[] {
  const next = random(15);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Southern Finland, where services cluster; none within 300 km of Utsjoki.
  const place = () => ({ latitude: 60 + next() * 3, longitude: 22 + next() * 7 });
  const template = FIXTURE_SERVICES[0]!;
  return Array.from({ length: COUNT }, (_, i) => {
    const categories = [pick(CATEGORIES), ...(next() < 0.3 ? [pick(CATEGORIES)] : [])];
    const locations = i % 10 === 0 ? [] : i % 7 === 0 ? [place(), place(), place()] : [place()];
    return {
      ...template,
      id: `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: { fi: `${pick(['Palkkatuki', 'Työkokeilu', 'Työhönvalmennus', 'Oppisopimus'])} ${i}`, sv: null, en: null },
      categories,
      // Apprenticeships are seldom for the young here: the planner's estimate, which takes facets
      // as independent, expects several times more of them than there are.
      targetGroups: [categories.includes('APPRENTICESHIP') && next() > 0.1 ? pick(TARGET_GROUPS.slice(1)) : pick(TARGET_GROUPS)],
      sector: pick(['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'] as const),
      isFree: next() < 0.5,
      isNational: next() < 0.1,
      employmentAreaIds: next() < 0.5 ? [LAHTI_AREA_ID] : [],
      locations,
    };
  });
}

const EARTH_RADIUS_KM = 6371.0088;
function kilometres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return EARTH_RADIUS_KM * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

describe('PostgresServiceSearchEngine plans for a large catalogue', () => {
  const database = useTestDataSource({ maxConnections: 4 });
  const documents = catalogue();
  let single: PostgresServiceSearchEngine;
  let shared: PostgresServiceSearchEngine;
  let tieKeys: Map<string, bigint>;

  beforeAll(async () => {
    single = new PostgresServiceSearchEngine(database.dataSource, { parallelFromServices: Number.POSITIVE_INFINITY });
    shared = new PostgresServiceSearchEngine(database.dataSource, { parallelFromServices: 0 });
    await single.clear();
    await single.upsert(documents);
    await database.dataSource.query('ANALYZE service_search_key');
    const rows = (await database.dataSource.query('SELECT id, tie_key::text AS tie_key FROM service_search_key')) as { id: string; tie_key: string }[];
    tieKeys = new Map(rows.map((row) => [row.id, BigInt(row.tie_key)]));
  });

  const byTieKey = (a: string, b: string) => {
    const [x, y] = [tieKeys.get(a)!, tieKeys.get(b)!];
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  const passes = (document: ServiceSearchDocument, filter: ServiceSearchFilter) =>
    (!filter.categories || document.categories.some((value) => filter.categories!.includes(value))) &&
    (!filter.targetGroups || document.targetGroups.some((value) => filter.targetGroups!.includes(value))) &&
    (filter.isFree === undefined || document.isFree === filter.isFree);
  const query = (filter: ServiceSearchFilter, offset: number, limit: number, sort: ServiceSearchQuery['sort'] = { by: 'RELEVANCE' }): ServiceSearchQuery => ({
    text: null,
    filter,
    sort,
    offset,
    limit,
  });

  it('keeps the box of every service’s locations in plain columns', async () => {
    const rows = (await database.dataSource.query(
      `SELECT count(*)::int AS wrong FROM service_search_key d
       WHERE d.latitude_min IS DISTINCT FROM (SELECT min(v) FROM unnest(d.latitudes) v)
          OR d.latitude_max IS DISTINCT FROM (SELECT max(v) FROM unnest(d.latitudes) v)
          OR d.longitude_min IS DISTINCT FROM (SELECT min(v) FROM unnest(d.longitudes) v)
          OR d.longitude_max IS DISTINCT FROM (SELECT max(v) FROM unnest(d.longitudes) v)`,
    )) as { wrong: number }[];
    expect(rows[0]!.wrong).toBe(0);
  });

  it.each([
    ['a common category', { categories: ['PAY_SUBSIDY'] }],
    ['two facets', { targetGroups: ['YOUNG'], isFree: true }],
    ['a rare combination', { categories: ['APPRENTICESHIP'], targetGroups: ['IMMIGRANTS'], isFree: false }],
    ['fewer than estimated (all matches read)', { categories: ['APPRENTICESHIP'], targetGroups: ['YOUNG'] }],
  ])('pages a filter without words in tie key order: %s', async (_name, filter: ServiceSearchFilter) => {
    const expected = documents.filter((document) => passes(document, filter)).map((document) => document.id).sort(byTieKey);
    expect(expected.length).toBeGreaterThan(10);
    for (const engine of [single, shared]) {
      const pages = [await engine.search(query(filter, 0, 10)), await engine.search(query(filter, 10, 10)), await engine.search(query(filter, 300, 10))];
      expect(pages.map((page) => page.hits.map((hit) => hit.id))).toEqual([expected.slice(0, 10), expected.slice(10, 20), expected.slice(300, 310)]);
      expect(pages[0]!.totalCount).toBe(expected.length);
    }
  });

  it.each([
    ['near a cluster (first look suffices)', HELSINKI, {}],
    ['near a cluster with a filter', HELSINKI, { categories: ['WORK_TRIAL', 'JOB_COACHING'] }],
    ['far from every service (all matches measured)', UTSJOKI, {}],
  ])('sorts by distance to the nearest location: %s', async (_name, place, filter: ServiceSearchFilter) => {
    const distance = (document: ServiceSearchDocument) =>
      document.locations.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...document.locations.map((location) => kilometres(place, location)));
    const expected = documents
      .filter((document) => passes(document, filter))
      .sort((a, b) => distance(a) - distance(b) || byTieKey(a.id, b.id))
      .map((document) => document.id);
    const sort = { by: 'DISTANCE' as const, ...place };
    for (const engine of [single, shared]) {
      const first = await engine.search(query(filter, 0, 20, sort));
      const later = await engine.search(query(filter, 40, 20, sort));
      expect(first.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 20));
      expect(later.hits.map((hit) => hit.id)).toEqual(expected.slice(40, 60));
      const nearest = documents.find((document) => document.id === expected[0])!;
      expect(first.hits[0]!.distanceKm).toBeCloseTo(distance(nearest), 3);
    }
  });

  it('answers the same on one connection as with the page read beside the count', async () => {
    const queries: ServiceSearchQuery[] = [
      { text: 'työkokeilu', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 10 },
      { text: 'palkkatuki', filter: { targetGroups: ['YOUNG'] }, sort: { by: 'RELEVANCE' }, offset: 5, limit: 10 },
      { text: 'oppisopimus', filter: {}, sort: { by: 'DISTANCE', ...HELSINKI }, offset: 0, limit: 10 },
      query({ isFree: true }, 0, 10),
    ];
    for (const search of queries) {
      const [one, two] = [await single.search(search), await shared.search(search)];
      expect(two).toEqual(one);
      expect(one.totalCount).toBeGreaterThan(0);
    }
  });

  it('returns both connections clean when the page beside the count fails', async () => {
    // The page reads the hits' documents, the count does not: without that table only the second
    // connection's statement fails, while the first holds the snapshot it exported.
    await database.dataSource.query('ALTER TABLE service_search_document RENAME TO service_search_document_away');
    try {
      await expect(shared.search({ text: 'työkokeilu', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 10 })).rejects.toThrow(
        /service_search_document/,
      );
    } finally {
      await database.dataSource.query('ALTER TABLE service_search_document_away RENAME TO service_search_document');
    }
    const open = (await database.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    )) as { n: number }[];
    expect(open[0]!.n).toBe(0);
    const result = await shared.search(query({ isFree: true }, 0, 5));
    expect(result.hits).toHaveLength(5);
  });
});
