import { DataSource, QueryRunner } from 'typeorm';
import {
  PG_TEXT_SEARCH_CONFIGS,
  QueryWordExpansion,
  TextQueryTerms,
  expandQueryWordsParams,
  expandQueryWordsSql,
  insertVocabularySql,
  localizedTextPaths,
  textQueryTerms,
  textSearchQueryWords,
} from '@ytmt/core';
import {
  FacetCount,
  SearchHighlight,
  ServiceFacets,
  ServiceSearchDocument,
  ServiceSearchEngine,
  ServiceSearchFilter,
  ServiceSearchHit,
  ServiceSearchQuery,
  ServiceSearchResult,
} from './service-search.port';

export interface PostgresServiceSearchOptions {
  /** Minimum pg_trgm similarity for a vocabulary word to count as a form of a query word. */
  similarityThreshold?: number;
  /** How many vocabulary words one query word may expand to. */
  expansionsPerWord?: number;
  /**
   * Above this many matches, only a pool of this many candidates gets ranked: the matches in
   * name or summary first, picked by the sector-blind tie key. Counts and facets stay exact.
   */
  rankCandidateLimit?: number;
  /** Upper bound of a page, whatever the caller asks for. */
  maxLimit?: number;
}

const UPSERT_BATCH_SIZE = 500;
/** Distinct facet combinations kept in memory; far more than a catalogue of 100 000 services has. */
const FACET_SET_CACHE_SIZE = 200_000;
const EARTH_RADIUS_KM = 6371.0088;
const CONFIGS = PG_TEXT_SEARCH_CONFIGS;

type FacetName = keyof ServiceFacets;
// Prefixes of facet_values: one GIN index serves every filter, and a value names its facet.
const FACET_PREFIX: Record<FacetName, string> = {
  category: 'category',
  targetGroup: 'targetGroup',
  sector: 'sector',
  deliveryMode: 'deliveryMode',
  language: 'language',
  cost: 'cost',
  area: 'area',
};

interface IndexedRow {
  id: string;
  document: ServiceSearchDocument;
  classification_facets: string[];
  attribute_facets: string[];
  area_facets: string[];
  audience_facet: string;
  latitudes: number[];
  longitudes: number[];
  published_at: string;
}

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Splits free text into words the way the query side expects: letters and digits only. */
export const queryWords = textSearchQueryWords;

function toRow(document: ServiceSearchDocument): IndexedRow {
  return {
    id: document.id,
    document,
    classification_facets: sortedUnique([
      ...document.categories.map((value) => `${FACET_PREFIX.category}:${value}`),
      ...document.targetGroups.map((value) => `${FACET_PREFIX.targetGroup}:${value}`),
    ]),
    attribute_facets: sortedUnique([
      `${FACET_PREFIX.sector}:${document.sector}`,
      `${FACET_PREFIX.deliveryMode}:${document.deliveryMode}`,
      ...document.languages.map((value) => `${FACET_PREFIX.language}:${value}`),
      `${FACET_PREFIX.cost}:${document.isFree ? 'FREE' : 'PAID'}`,
    ]),
    area_facets: sortedUnique([
      ...(document.isNational ? [`${FACET_PREFIX.area}:NATIONAL`] : []),
      ...document.employmentAreaIds.map((value) => `${FACET_PREFIX.area}:${value}`),
      ...document.municipalityCodes.map((value) => `${FACET_PREFIX.area}:municipality:${value}`),
    ]),
    audience_facet: `audience:${document.audience}`,
    latitudes: document.locations.map((location) => location.latitude),
    longitudes: document.locations.map((location) => location.longitude),
    published_at: document.publishedAt,
  };
}

/** Numbered SQL parameters, collected while the statement is built. */
class SqlParameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function filterConditions(filter: ServiceSearchFilter, params: SqlParameters): string[] {
  const conditions: string[] = [];
  // An empty list is read as "no filter on this facet", not as "match nothing".
  const anyOf = (prefix: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) {
      conditions.push(`d.facet_values && ${params.add(values.map((value) => `${prefix}:${value}`))}::text[]`);
    }
  };
  anyOf(FACET_PREFIX.category, filter.categories);
  anyOf(FACET_PREFIX.targetGroup, filter.targetGroups);
  anyOf(FACET_PREFIX.sector, filter.sectors);
  anyOf(FACET_PREFIX.deliveryMode, filter.deliveryModes);
  anyOf(FACET_PREFIX.language, filter.languages);
  // A service for both audiences serves employers too; asking for BOTH asks for exactly those.
  if (filter.audience) anyOf('audience', filter.audience === 'BOTH' ? ['BOTH'] : [filter.audience, 'BOTH']);
  if (filter.isFree !== undefined && filter.isFree !== null) anyOf(FACET_PREFIX.cost, [filter.isFree ? 'FREE' : 'PAID']);

  const coverage = filter.coverage;
  if (coverage) {
    const national = `${FACET_PREFIX.area}:NATIONAL`;
    const place = [
      ...(coverage.employmentAreaId ? [`${FACET_PREFIX.area}:${coverage.employmentAreaId}`] : []),
      ...(coverage.municipalityCode ? [`${FACET_PREFIX.area}:municipality:${coverage.municipalityCode}`] : []),
    ];
    if (coverage.scope === 'NATIONAL') {
      conditions.push(`d.facet_values @> ${params.add([national])}::text[]`);
    } else if (coverage.scope === 'REGIONAL') {
      if (place.length > 0) conditions.push(`d.facet_values && ${params.add(place)}::text[]`);
      conditions.push(`NOT d.facet_values @> ${params.add([national])}::text[]`);
    } else if (place.length > 0) {
      conditions.push(`d.facet_values && ${params.add([national, ...place])}::text[]`);
    }
  }
  return conditions;
}

function escapeHtmlSql(expression: string): string {
  return `replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

// Highlighted fields: the name whole, summaries and descriptions as fragments. The text is
// HTML-escaped first so that the only markup in a snippet is our <em>.
const HIGHLIGHT_FIELDS: { field: string; path: string; config: string; options: string }[] = (
  [
    ['name', 'HighlightAll=true'],
    ['summary', 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'],
    ['description', 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'],
  ] as const
).flatMap(([field, options]) =>
  (['fi', 'sv', 'en'] as const).map((language, index) => ({
    field: `${field}.${language}`,
    path: `{${field},${language}}`,
    config: CONFIGS[index]!,
    options: `StartSel=<em>, StopSel=</em>, ${options}`,
  })),
);

export class PostgresServiceSearchEngine implements ServiceSearchEngine {
  readonly name = 'postgres' as const;
  private readonly similarityThreshold: number;
  private readonly expansionsPerWord: number;
  private readonly rankCandidateLimit: number;
  private readonly maxLimit: number;
  private readonly facetSetCache = new Map<string, readonly string[]>();

  constructor(
    private readonly dataSource: DataSource,
    options: PostgresServiceSearchOptions = {},
  ) {
    this.similarityThreshold = options.similarityThreshold ?? 0.45;
    // The % operator pre-filters with pg_trgm's default threshold of 0.3.
    if (this.similarityThreshold < 0.3 || this.similarityThreshold > 1) {
      throw new Error('similarityThreshold must be between 0.3 and 1');
    }
    this.expansionsPerWord = options.expansionsPerWord ?? 6;
    this.rankCandidateLimit = options.rankCandidateLimit ?? 200;
    this.maxLimit = options.maxLimit ?? 500;
  }

  async prepare(): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT to_regclass('service_search_document') IS NOT NULL AS ready`)) as {
      ready: boolean;
    }[];
    if (!row?.ready) {
      throw new Error('The table service_search_document is missing: run the migrations (npm run migrate)');
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1 FROM service_search_document LIMIT 1');
      return true;
    } catch {
      return false;
    }
  }

  async upsert(documents: readonly ServiceSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // The last version of a document wins when a batch holds the same id twice.
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    await this.dataSource.transaction(async (manager) => {
      for (let start = 0; start < unique.length; start += UPSERT_BATCH_SIZE) {
        const rows = unique.slice(start, start + UPSERT_BATCH_SIZE).map(toRow);
        await manager.query(UPSERT_SQL, [JSON.stringify(rows)]);
      }
    });
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // Vocabulary and facet sets keep their entries: a stale word or set just matches nothing.
    await this.dataSource.query('DELETE FROM service_search_document WHERE id = ANY($1::text[])', [[...ids]]);
  }

  async clear(): Promise<void> {
    await this.dataSource.query(
      'TRUNCATE service_search_document, service_search_vocabulary, service_search_facet_set',
    );
  }

  async search(query: ServiceSearchQuery): Promise<ServiceSearchResult> {
    const words = queryWords(query.text);
    const terms = words.length > 0 ? await this.queryTerms(words) : null;
    // Words that are all stop words leave no lexeme to look for: nothing matches.
    if (terms && terms.query === '') return { hits: [], totalCount: 0, facets: emptyFacets() };

    const runner = this.dataSource.createQueryRunner();
    try {
      // One snapshot for the counts and the page, set up in one round trip. JIT compilation and
      // parallel workers cost more to start than they save on queries of a few milliseconds (and
      // compete with concurrent searches for the same cores); work_mem keeps the bitmaps of
      // broad matches exact. With a text or filter condition the GIN indexes always beat reading
      // the whole table, but the estimates for expanded tsqueries are rough enough to tempt the
      // planner into a sequential scan.
      const indexed = terms !== null || filterConditions(query.filter, new SqlParameters()).length > 0;
      await runner.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL jit = off; SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0${
          indexed ? '; SET LOCAL enable_seqscan = off' : ''
        }`,
      );
      const counts = await this.countMatches(runner, terms, query.filter);
      const hits = counts.total > 0 && query.limit > 0 ? await this.page(runner, terms, query, counts.total) : [];
      await runner.query('COMMIT');
      return { hits, totalCount: counts.total, facets: counts.facets };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * totalCount and every facet in one pass over the matches: each row is grouped by its three
   * facet-combination keys, and only the distinct combinations are turned into values.
   */
  private async countMatches(
    runner: QueryRunner,
    terms: TextQueryTerms | null,
    filter: ServiceSearchFilter,
  ): Promise<{ total: number; facets: ServiceFacets }> {
    const params = new SqlParameters();
    const where = matchConditions(terms, filter, params);
    const groups = (await runner.query(
      `SELECT coalesce(classification_key, attribute_key, area_key)::text AS key,
              GROUPING(attribute_key) = 0 AS is_attribute,
              count(*)::int AS n
       FROM service_search_document d
       ${where}
       GROUP BY GROUPING SETS ((classification_key), (attribute_key), (area_key))`,
      params.values,
    )) as { key: string; is_attribute: boolean; n: number }[];

    const sets = await this.facetSets(runner, groups.map((group) => group.key));
    const counts = new Map<string, number>();
    let total = 0;
    for (const group of groups) {
      // Every service has exactly one attribute combination: those groups add up to the total.
      if (group.is_attribute) total += group.n;
      for (const value of sets.get(group.key) ?? []) counts.set(value, (counts.get(value) ?? 0) + group.n);
    }
    return { total, facets: toFacets([...counts].map(([value, count]) => ({ value, count }))) };
  }

  /**
   * The values of facet combinations by key. A key is a hash of its values, so an entry never
   * changes once written and can be cached for the life of the process, whoever wrote it.
   */
  private async facetSets(runner: QueryRunner, keys: readonly string[]): Promise<Map<string, readonly string[]>> {
    const missing = [...new Set(keys.filter((key) => !this.facetSetCache.has(key)))];
    if (missing.length > 0) {
      const rows = (await runner.query(
        'SELECT key::text AS key, facet_values FROM service_search_facet_set WHERE key = ANY($1::bigint[])',
        [missing],
      )) as { key: string; facet_values: string[] }[];
      if (this.facetSetCache.size + rows.length > FACET_SET_CACHE_SIZE) this.facetSetCache.clear();
      for (const row of rows) this.facetSetCache.set(row.key, row.facet_values);
    }
    return this.facetSetCache;
  }

  private async page(
    runner: QueryRunner,
    terms: TextQueryTerms | null,
    query: ServiceSearchQuery,
    total: number,
  ): Promise<ServiceSearchHit[]> {
    const params = new SqlParameters();
    const where = matchConditions(terms, query.filter, params);
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.min(this.maxLimit, Math.floor(query.limit)));
    const tsquery = terms ? params.add(terms.query) : null;
    const exact = terms ? params.add(terms.exact) : null;
    // ts_rank rather than ts_rank_cd: with a query word expanded to a dozen ORed lexemes, cover
    // density costs about ten times more per row and adds little for one- or two-word queries.
    // Typed words count once more, so exact forms rank above their fuzzy neighbours.
    const rank = (vector: string) =>
      tsquery
        ? `ts_rank(${vector}, ${tsquery}::tsquery) + coalesce(ts_rank(${vector}, ${exact}::tsquery), 0)`
        : '0::real';

    let ordered: string;
    if (query.sort.by === 'DISTANCE') {
      const latitude = params.add(query.sort.latitude);
      const longitude = params.add(query.sort.longitude);
      ordered = `
        SELECT d.id, d.tie_key, ${distanceSql(latitude, longitude)} AS distance_km
        FROM service_search_document d ${where}
        ORDER BY distance_km ASC NULLS LAST, d.tie_key, d.id
        OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
    } else if (!terms) {
      ordered = `
        SELECT d.id, d.tie_key, NULL::double precision AS distance_km
        FROM service_search_document d ${where}
        ORDER BY d.tie_key, d.id
        OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
    } else {
      // The pool grows in whole steps, so every page inside one step is cut from the same
      // ranking: paging through the first rankCandidateLimit hits never repeats or skips one.
      const pool = this.rankCandidateLimit * Math.max(1, Math.ceil((offset + limit) / this.rankCandidateLimit));
      let candidates: string;
      if (total <= pool) {
        candidates = `SELECT d.id, d.tie_key, ${rank('d.search_vector')} AS score FROM service_search_document d ${where}`;
      } else {
        // A broad query: rank a bounded pool instead of every match. The pool is the services
        // matching in the name or summary (they carry the heavy weights A and B), topped up with
        // other matches; both picked by the sector-blind tie key. The count and facets stay exact.
        const poolSize = params.add(pool);
        const headWhere = matchConditions(null, query.filter, params);
        // total bounds the head matches from above, so this usually holds a few pools of them.
        const tieBoundParam = params.add(tieKeyQuantile(Math.min(1, (4 * pool) / total)).toString());
        candidates = `
          WITH head_all AS MATERIALIZED (
            -- The head vector holds a subset of the search vector's lexemes and the tsquery only
            -- ANDs and ORs lexemes, so a head match is a match: the full-text condition is left
            -- out here, and the expression's GIN index yields the head matches as a bitmap
            -- (walking the tie key order instead would compute the head vector of every row).
            SELECT d.id, d.tie_key FROM service_search_document d
            ${headWhere} AND service_search_head_vector(d.document) @@ ${tsquery}::tsquery
          ),
          head_near AS MATERIALIZED (
            -- Tie keys are uniform hashes: the pool is first looked for below a tie key that a
            -- few pools' worth of matches fall under, so only those rows are read. If fewer than
            -- a pool of head matches lie there, every head match is read (head_all).
            SELECT d.id, d.tie_key FROM service_search_document d
            ${headWhere} AND d.tie_key < ${tieBoundParam}::bigint
              AND service_search_head_vector(d.document) @@ ${tsquery}::tsquery
          ),
          head_near_pool AS MATERIALIZED (
            SELECT h.id, h.tie_key FROM head_near h ORDER BY h.tie_key, h.id LIMIT ${poolSize}
          ),
          head_ids AS MATERIALIZED (
            SELECT * FROM head_near_pool WHERE (SELECT count(*) FROM head_near_pool) >= ${poolSize}
            UNION ALL
            SELECT * FROM (SELECT h.id, h.tie_key FROM head_all h ORDER BY h.tie_key, h.id LIMIT ${poolSize}) a
            WHERE (SELECT count(*) FROM head_near_pool) < ${poolSize}
          ),
          head AS MATERIALIZED (
            SELECT d.id, d.tie_key, ${rank('d.search_vector')} AS score
            FROM head_ids p JOIN service_search_document d ON d.id = p.id
          ),
          -- Topping up with other matches, first by tie key: the same bounded look first.
          rest_need AS MATERIALIZED (SELECT greatest(0, ${poolSize} - (SELECT count(*) FROM head)) AS n),
          rest_all AS MATERIALIZED (SELECT d.id, d.tie_key FROM service_search_document d ${where}),
          rest_near AS MATERIALIZED (
            SELECT d.id, d.tie_key FROM service_search_document d ${where} AND d.tie_key < ${tieBoundParam}::bigint
          ),
          rest_near_pool AS MATERIALIZED (
            SELECT h.id, h.tie_key FROM rest_near h ORDER BY h.tie_key, h.id LIMIT (SELECT n FROM rest_need)
          ),
          rest_ids AS MATERIALIZED (
            SELECT * FROM rest_near_pool WHERE (SELECT count(*) FROM rest_near_pool) >= (SELECT n FROM rest_need)
            UNION ALL
            SELECT * FROM (SELECT h.id, h.tie_key FROM rest_all h ORDER BY h.tie_key, h.id LIMIT (SELECT n FROM rest_need)) a
            WHERE (SELECT count(*) FROM rest_near_pool) < (SELECT n FROM rest_need)
          )
          SELECT * FROM head
          UNION
          SELECT s.id, s.tie_key, ${rank('s.search_vector')} FROM (
            SELECT d.id, d.tie_key, d.search_vector
            FROM rest_ids p JOIN service_search_document d ON d.id = p.id) s`;
      }
      ordered = `
        SELECT c.id, c.tie_key, NULL::double precision AS distance_km
        FROM (${candidates}) c
        ORDER BY c.score DESC, c.tie_key, c.id
        OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
    }

    const highlights = tsquery
      ? `(SELECT json_agg(json_build_object('field', f.field, 'snippet', f.snippet) ORDER BY f.position)
           FROM (
             SELECT x.position, x.field,
                    ts_headline(x.config::regconfig, ${escapeHtmlSql('x.body')}, ${tsquery}::tsquery, x.options) AS snippet
             FROM (VALUES ${HIGHLIGHT_FIELDS.map(
               (field, index) =>
                 `(${index}, '${field.field}', '${field.config}', d.document #>> '${field.path}', '${field.options.replace(/'/g, "''")}')`,
             ).join(', ')}) AS x(position, field, config, body, options)
             WHERE x.body IS NOT NULL AND x.body <> ''
           ) f
           WHERE f.snippet LIKE '%<em>%')`
      : 'NULL::json';

    // Scores and highlights only for the page's hits.
    const sql = `
      SELECT p.id, ${rank('d.search_vector')} AS score, p.distance_km, ${highlights} AS highlights
      FROM (SELECT o.*, row_number() OVER () AS ordinal FROM (${ordered}) o) p
      JOIN service_search_document d ON d.id = p.id
      ORDER BY p.ordinal`;
    const rows = (await runner.query(sql, params.values)) as {
      id: string;
      score: number;
      distance_km: number | null;
      highlights: SearchHighlight[] | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      score: row.score,
      highlights: row.highlights ?? [],
      distanceKm: row.distance_km,
    }));
  }

  /** Expands every query word to similar vocabulary words and stems all of them in fi, sv and en. */
  private async queryTerms(words: string[]): Promise<TextQueryTerms> {
    const rows = (await this.dataSource.query(
      EXPAND_SQL,
      expandQueryWordsParams(words, { similarityThreshold: this.similarityThreshold, expansionsPerWord: this.expansionsPerWord }),
    )) as QueryWordExpansion[];
    return textQueryTerms(rows);
  }
}

/** The tie key below which a fraction of all tie keys lie: they are uniform 64-bit hashes. */
function tieKeyQuantile(fraction: number): bigint {
  const min = -(2n ** 63n);
  const max = 2n ** 63n - 1n;
  if (fraction >= 1) return max;
  const offset = (2n ** 64n * BigInt(Math.ceil(fraction * 1_000_000))) / 1_000_000n;
  return offset > max - min ? max : min + offset;
}

/** Kilometres to the nearest location (haversine); null when the service has none. */
function distanceSql(latitude: string, longitude: string): string {
  const haversine = (lat: string, lon: string) => `${EARTH_RADIUS_KM} * 2 * asin(least(1, sqrt(
      power(sin(radians(${lat} - ${latitude}::double precision) / 2), 2)
      + cos(radians(${latitude}::double precision)) * cos(radians(${lat}))
        * power(sin(radians(${lon} - ${longitude}::double precision) / 2), 2))))`;
  // Most services have one location: no set-returning function for them.
  return `CASE cardinality(d.latitudes)
      WHEN 0 THEN NULL
      WHEN 1 THEN ${haversine('d.latitudes[1]', 'd.longitudes[1]')}
      ELSE (SELECT min(${haversine('l.latitude', 'l.longitude')}) FROM unnest(d.latitudes, d.longitudes) AS l(latitude, longitude))
    END`;
}

function matchConditions(terms: TextQueryTerms | null, filter: ServiceSearchFilter, params: SqlParameters): string {
  const conditions = filterConditions(filter, params);
  if (terms) conditions.unshift(`d.search_vector @@ ${params.add(terms.query)}::tsquery`);
  // "WHERE true" lets callers append "AND …" whatever the filter.
  return `WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}`;
}

function emptyFacets(): ServiceFacets {
  return { category: [], targetGroup: [], sector: [], deliveryMode: [], language: [], cost: [], area: [] };
}

function toFacets(counts: readonly { value: string; count: number }[]): ServiceFacets {
  const facets = emptyFacets();
  const byPrefix = new Map<string, FacetName>(
    (Object.entries(FACET_PREFIX) as [FacetName, string][]).map(([facet, prefix]) => [prefix, facet]),
  );
  for (const { value, count } of counts) {
    const separator = value.indexOf(':');
    const facet = byPrefix.get(value.slice(0, separator));
    if (facet) facets[facet].push({ value: value.slice(separator + 1), count });
  }
  // Most frequent first; equal counts in a fixed order.
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  for (const list of Object.values(facets)) list.sort(byCount);
  return facets;
}

const EXPAND_SQL = expandQueryWordsSql('service_search_vocabulary');

// One statement: the documents, their facet sets and their words. Keys are 64-bit hashes of a
// sorted facet list, so the same combination always gets the same key.
const UPSERT_SQL = `
  WITH input AS (
    SELECT r.*,
           hashtextextended(array_to_string(r.classification_facets, '|'), 0) AS classification_key,
           hashtextextended(array_to_string(r.attribute_facets, '|'), 0) AS attribute_key,
           hashtextextended(array_to_string(r.area_facets, '|'), 0) AS area_key
    FROM jsonb_to_recordset($1::jsonb) AS r(
      id text, document jsonb, classification_facets text[], attribute_facets text[], area_facets text[],
      audience_facet text, latitudes double precision[], longitudes double precision[], published_at timestamptz)
  ),
  facet_sets AS (
    INSERT INTO service_search_facet_set (key, facet_values)
    SELECT DISTINCT ON (s.key) s.key, s.facet_values
    FROM input i
    CROSS JOIN LATERAL (VALUES
      (i.classification_key, i.classification_facets),
      (i.attribute_key, i.attribute_facets),
      (i.area_key, i.area_facets)) AS s(key, facet_values)
    ORDER BY s.key
    ON CONFLICT (key) DO NOTHING
  ),
  vocabulary AS (
    ${insertVocabularySql('service_search_vocabulary', {
      from: 'input i',
      texts: [...localizedTextPaths('i.document', ['name', 'summary', 'description']), "i.document ->> 'organizationName'"],
      orderByWord: true,
    })}
  )
  INSERT INTO service_search_document AS d (
    id, document, facet_values, classification_key, attribute_key, area_key, latitudes, longitudes, published_at)
  SELECT id, document, classification_facets || attribute_facets || area_facets || audience_facet,
         classification_key, attribute_key, area_key, latitudes, longitudes, published_at
  FROM input
  ON CONFLICT (id) DO UPDATE SET
    document = EXCLUDED.document,
    facet_values = EXCLUDED.facet_values,
    classification_key = EXCLUDED.classification_key,
    attribute_key = EXCLUDED.attribute_key,
    area_key = EXCLUDED.area_key,
    latitudes = EXCLUDED.latitudes,
    longitudes = EXCLUDED.longitudes,
    published_at = EXCLUDED.published_at,
    indexed_at = now()
  WHERE d.document IS DISTINCT FROM EXCLUDED.document`;
