// The page of hits of the PostgreSQL service search adapter: ordering (relevance or distance),
// scores and highlights, in one statement that does not need the total count beforehand (it runs
// alongside the count on a second connection).
import { HEADLINE_FRAGMENTS, HEADLINE_MARKS, headlineSql, PG_TEXT_SEARCH_CONFIGS, TextQueryTerms } from '@ytmt/core';
import { filterShare, FilterPlanning, filterSql, matchConditions, SqlParameters } from './postgres-service-search.filters';
import { ServiceSearchQuery } from './service-search.port';

const EARTH_RADIUS_KM = 6371.0088;

export interface PageOptions {
  /** Above this many matches only a pool of this many candidates is ranked (see the engine). */
  rankCandidateLimit: number;
  maxLimit: number;
  planning: FilterPlanning;
  /** Rough estimates of the text's matches, and of those in name or summary (0: unknown). */
  estimatedMatches: number;
  estimatedHeadMatches: number;
}

/** The tie key's top bits, indexed with both text vectors: 1024 slices of the tie key order. */
const TIE_BUCKET_SHIFT = 54;
const TIE_BUCKETS = 1024;
/** The first look for head candidates covers about this many pools' worth of matches. */
const POOLS_PER_LOOK = 2;

// Highlighted fields: the name whole, summaries and descriptions as fragments. The text is
// HTML-escaped first so that the only markup in a snippet is our <em>.
const HIGHLIGHT_FIELDS: { field: string; path: string; config: string; options: string }[] = (
  [
    ['name', 'HighlightAll=true'],
    ['summary', HEADLINE_FRAGMENTS],
    ['description', HEADLINE_FRAGMENTS],
  ] as const
).flatMap(([field, options]) =>
  (['fi', 'sv', 'en'] as const).map((language, index) => ({
    field: `${field}.${language}`,
    path: `{${field},${language}}`,
    config: PG_TEXT_SEARCH_CONFIGS[index]!,
    options: `${HEADLINE_MARKS}, ${options}`,
  })),
);

function highlightsSql(tsquery: string): string {
  return `(SELECT json_agg(json_build_object('field', f.field, 'snippet', f.snippet) ORDER BY f.position)
           FROM (
             SELECT x.position, x.field,
                    ${headlineSql('x.config::regconfig', 'x.body', tsquery, 'x.options')} AS snippet
             FROM (VALUES ${HIGHLIGHT_FIELDS.map(
               (field, index) =>
                 `(${index}, '${field.field}', '${field.config}', d.document #>> '${field.path}', '${field.options.replace(/'/g, "''")}')`,
             ).join(', ')}) AS x(position, field, config, body, options)
             WHERE x.body IS NOT NULL AND x.body <> ''
           ) f
           WHERE f.snippet LIKE '%<em>%')`;
}

/** Kilometres to the nearest location (haversine); null when the service has none. */
export function distanceSql(latitude: string, longitude: string): string {
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

/**
 * Ranked candidates of a text query, as rows (id, tie_key, score): a pool of them, the services
 * matching in the name or summary (they carry the heavy weights A and B) first, topped up with
 * the other matches, both picked by the sector-blind tie key. When at most a pool of services
 * match, that is all of them. The pool grows in whole steps, so every page inside one step is cut
 * from the same ranking: paging through the first rankCandidateLimit hits never repeats or skips
 * one. Counts and facets stay exact whatever the pool.
 */
function candidatesSql(
  query: ServiceSearchQuery,
  terms: TextQueryTerms,
  textQuery: string | null,
  pool: number,
  params: SqlParameters,
  options: PageOptions,
  rank: (vector: string) => string,
): string {
  const where = matchConditions(textQuery, query.filter, params);
  const poolSize = `${params.add(pool)}::int`;
  const tsquery = params.add(terms.query);
  // The head vector holds a subset of the search vector's lexemes and the tsquery only ANDs and
  // ORs lexemes, so a head match is a match: the head vector's GIN index, which also holds the
  // facet values and the tie key slice, yields the head matches passing the filter as a bitmap.
  const headFilter = filterSql(query.filter, params)
    .map((condition) => ` AND ${condition}`)
    .join('');
  // The first slices of the tie key order holding about POOLS_PER_LOOK pools of matches.
  const headMatches = options.estimatedHeadMatches * filterShare(query.filter, options.planning.selectivity);
  const share = headMatches > 0 ? (POOLS_PER_LOOK * pool) / headMatches : 1;
  const lastBucket = -TIE_BUCKETS / 2 + Math.min(TIE_BUCKETS, Math.ceil(share * TIE_BUCKETS));
  const matches = options.estimatedMatches * filterShare(query.filter, options.planning.selectivity);
  const restBucket = -TIE_BUCKETS / 2 + Math.min(TIE_BUCKETS, Math.ceil((matches > 0 ? (POOLS_PER_LOOK * pool) / matches : 1) * TIE_BUCKETS));
  return `
    WITH
    -- Materialized without an order, so that the matches come from the GIN bitmaps (walking the
    -- tie key index instead would compute the head vector of every row passed). Tie keys are
    -- uniform hashes: the pool is first looked for among the head matches in the lowest tie key
    -- slices (index-only, by the slice number in the index), which about a few pools' worth of
    -- matches fall into; all rows there come before any row above in tie key order. Only if
    -- fewer than a pool are found there are all head matches read.
    head_all AS MATERIALIZED (
      SELECT d.id, d.tie_key FROM service_search_key d
      WHERE d.head_vector @@ ${tsquery}::tsquery${headFilter}
    ),
${
  lastBucket >= TIE_BUCKETS / 2
    ? `    head_ids AS MATERIALIZED (SELECT h.id FROM head_all h ORDER BY h.tie_key, h.id LIMIT ${poolSize}),`
    : `    head_near AS MATERIALIZED (
      SELECT d.id, d.tie_key FROM service_search_key d
      WHERE d.head_vector @@ ${tsquery}::tsquery
        AND (d.tie_key >> ${TIE_BUCKET_SHIFT}) < ${params.add(lastBucket)}::bigint${headFilter}
    ),
    head_near_ids AS MATERIALIZED (SELECT h.id FROM head_near h ORDER BY h.tie_key, h.id LIMIT ${poolSize}),
    head_ids AS MATERIALIZED (
      SELECT id FROM head_near_ids WHERE (SELECT count(*) FROM head_near_ids) >= ${poolSize}
      UNION ALL
      SELECT id FROM (SELECT h.id FROM head_all h ORDER BY h.tie_key, h.id LIMIT ${poolSize}) a
      WHERE (SELECT count(*) FROM head_near_ids) < ${poolSize}
    ),`
}
    -- Read only when the head matches do not fill the pool (a LIMIT of 0 reads nothing): then
    -- head_ids holds every head match, and the pool is topped up with the first other matches,
    -- looked for the same way: first in the lowest tie key slices, then among all matches. When
    -- nothing constrains the matches, they are read in the order of the tie key index.
    rest_need AS MATERIALIZED (SELECT greatest(0, ${poolSize} - (SELECT count(*) FROM head_ids))::int AS n),
${
  where === 'WHERE true'
    ? `    rest_ids AS MATERIALIZED (
      SELECT m.id FROM service_search_key m WHERE (m.id IN (SELECT h.id FROM head_ids h)) IS NOT TRUE
      ORDER BY m.tie_key, m.id LIMIT (SELECT n FROM rest_need)
    ),`
    : `    matches AS MATERIALIZED (SELECT d.id, d.tie_key FROM service_search_key d ${where}),
    rest_near AS MATERIALIZED (
      SELECT d.id, d.tie_key FROM service_search_key d ${where} AND (d.tie_key >> ${TIE_BUCKET_SHIFT}) < ${params.add(restBucket)}::bigint
    ),
    rest_near_ids AS MATERIALIZED (
      SELECT m.id FROM rest_near m WHERE (m.id IN (SELECT h.id FROM head_ids h)) IS NOT TRUE
      ORDER BY m.tie_key, m.id LIMIT (SELECT n FROM rest_need)
    ),
    rest_ids AS MATERIALIZED (
      SELECT id FROM rest_near_ids WHERE (SELECT count(*) FROM rest_near_ids) >= (SELECT n FROM rest_need)
      UNION ALL
      SELECT id FROM (
        SELECT m.id FROM matches m WHERE (m.id IN (SELECT h.id FROM head_ids h)) IS NOT TRUE
        ORDER BY m.tie_key, m.id LIMIT (SELECT n FROM rest_need)
      ) a WHERE (SELECT count(*) FROM rest_near_ids) < (SELECT n FROM rest_need)
    ),`
}
    ids AS MATERIALIZED (SELECT id FROM head_ids UNION ALL SELECT id FROM rest_ids)
    SELECT d.id, d.tie_key, ${rank('d.search_vector')} AS score
    FROM ids p JOIN service_search_key d ON d.id = p.id`;
}

/** Finland's land area in km², for the expected share of matches within a radius. */
const FINLAND_AREA_KM2 = 338_000;
const KM_PER_DEGREE_LATITUDE = 111.32;
/** The first look's radius: at least this, at most that (km). */
const NEAR_RADIUS_MIN_KM = 25;
const NEAR_RADIUS_MAX_KM = 300;

/**
 * A page of matches nearest first. Computing the distance of every match costs a dozen
 * trigonometric calls a row; the first look computes it only for matches whose location lies in
 * a box around the place that holds the circle of a radius about POOLS_PER_LOOK pages' worth of
 * matches fall into (by the estimated matches spread over Finland). A match outside the box is
 * farther than the radius, so when at least the page's end of matches lie within the radius, they
 * are the nearest; otherwise the distance of every match is computed. A service with several
 * locations is in the first look when the box around them meets the place's box.
 */
function nearestSql(
  query: ServiceSearchQuery & { sort: { by: 'DISTANCE' } },
  textQuery: string | null,
  offset: number,
  limit: number,
  params: SqlParameters,
  options: PageOptions,
): string {
  const where = matchConditions(textQuery, query.filter, params);
  const { latitude, longitude } = query.sort;
  const lat = params.add(latitude);
  const lon = params.add(longitude);
  const distance = distanceSql(lat, lon);
  const end = `${params.add(offset + limit)}::int`;
  const window = `OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
  const share = filterShare(query.filter, options.planning.selectivity);
  const matches = (textQuery !== null ? options.estimatedMatches : options.planning.total) * share;
  const radius = Math.min(
    NEAR_RADIUS_MAX_KM,
    Math.max(NEAR_RADIUS_MIN_KM, matches > 0 ? Math.sqrt((POOLS_PER_LOOK * (offset + limit) * FINLAND_AREA_KM2) / (Math.PI * matches)) : NEAR_RADIUS_MAX_KM),
  );
  // The box holds the circle: a tenth wider, and its longitude span taken at its poleward edge.
  const latitudeSpan = (radius * 1.1) / KM_PER_DEGREE_LATITUDE;
  const poleward = Math.min(89, Math.abs(latitude) + latitudeSpan);
  const longitudeSpan = Math.min(180, latitudeSpan / Math.cos((poleward * Math.PI) / 180));
  // The row's box of locations (plain columns) meets the box around the place.
  const inBox = [
    `d.latitude_min <= ${params.add(latitude + latitudeSpan)}::float8`,
    `d.latitude_max >= ${params.add(latitude - latitudeSpan)}::float8`,
    `d.longitude_min <= ${params.add(longitude + longitudeSpan)}::float8`,
    `d.longitude_max >= ${params.add(longitude - longitudeSpan)}::float8`,
  ].join(' AND ');
  return `
    WITH
    near AS MATERIALIZED (
      SELECT n.id, n.tie_key, n.distance_km
      FROM (SELECT d.id, d.tie_key, ${distance} AS distance_km FROM service_search_key d ${where} AND ${inBox}) n
      WHERE n.distance_km <= ${params.add(radius)}::float8
      ORDER BY n.distance_km, n.tie_key, n.id LIMIT ${end}
    ),
    page AS MATERIALIZED (
      SELECT id, tie_key, distance_km FROM near WHERE (SELECT count(*) FROM near) >= ${end}
      UNION ALL
      SELECT id, tie_key, distance_km FROM (
        SELECT d.id, d.tie_key, ${distance} AS distance_km FROM service_search_key d ${where}
        ORDER BY distance_km ASC NULLS LAST, d.tie_key, d.id LIMIT ${end}
      ) a WHERE (SELECT count(*) FROM near) < ${end}
    )
    SELECT p.id, p.tie_key, p.distance_km, NULL::real AS score
    FROM page p
    ORDER BY p.distance_km ASC NULLS LAST, p.tie_key, p.id ${window}`;
}

/**
 * A page of services picked by the filter alone, in tie key order. Walking the tie key index and
 * checking each row would fetch its facet values from TOAST row by row (thousands of rows for a
 * filter that a few per cent pass); instead the matches come from the GIN bitmap of the facet
 * values: first those in the lowest tie key slices, which about POOLS_PER_LOOK pages' worth of
 * matches fall into (all of them come before any row above in tie key order), and only if fewer
 * than the page's end are there, all matches.
 */
function filteredSql(query: ServiceSearchQuery, offset: number, limit: number, params: SqlParameters, options: PageOptions): string {
  const where = matchConditions(null, query.filter, params);
  const window = `OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
  if (where === 'WHERE true') {
    // Nothing constrains: the tie key index in order, no row checked.
    return `
      SELECT d.id, d.tie_key, NULL::double precision AS distance_km, NULL::real AS score
      FROM service_search_key d
      ORDER BY d.tie_key, d.id ${window}`;
  }
  const end = `${params.add(offset + limit)}::int`;
  const matches = options.planning.total * filterShare(query.filter, options.planning.selectivity);
  const share = matches > 0 ? (POOLS_PER_LOOK * (offset + limit)) / matches : 1;
  const lastBucket = -TIE_BUCKETS / 2 + Math.min(TIE_BUCKETS, Math.ceil(share * TIE_BUCKETS));
  return `
    WITH
    near AS MATERIALIZED (
      SELECT d.id, d.tie_key FROM service_search_key d ${where} AND (d.tie_key >> ${TIE_BUCKET_SHIFT}) < ${params.add(lastBucket)}::bigint
    ),
    near_page AS MATERIALIZED (SELECT n.id, n.tie_key FROM near n ORDER BY n.tie_key, n.id LIMIT ${end}),
    matches AS MATERIALIZED (SELECT d.id, d.tie_key FROM service_search_key d ${where}),
    page AS MATERIALIZED (
      SELECT id, tie_key FROM near_page WHERE (SELECT count(*) FROM near_page) >= ${end}
      UNION ALL
      SELECT id, tie_key FROM (SELECT m.id, m.tie_key FROM matches m ORDER BY m.tie_key, m.id LIMIT ${end}) a
      WHERE (SELECT count(*) FROM near_page) < ${end}
    )
    SELECT p.id, p.tie_key, NULL::double precision AS distance_km, NULL::real AS score
    FROM page p
    ORDER BY p.tie_key, p.id ${window}`;
}

/**
 * The page's statement. terms rank and highlight; textQuery picks the matches: the same query
 * without the words that every service contains (null when no word constrains).
 */
export function pageSql(
  terms: TextQueryTerms | null,
  textQuery: string | null,
  query: ServiceSearchQuery,
  options: PageOptions,
  params: SqlParameters = new SqlParameters(),
): { sql: string; values: unknown[] } {
  const offset = Math.max(0, Math.floor(query.offset));
  const limit = Math.max(0, Math.min(options.maxLimit, Math.floor(query.limit)));
  const tsquery = terms ? params.add(terms.query) : null;
  const exact = terms ? params.add(terms.exact) : null;
  // ts_rank rather than ts_rank_cd: with a query word expanded to a dozen ORed lexemes, cover
  // density costs about ten times more per row and adds little for one- or two-word queries.
  // Typed words count once more, so exact forms rank above their fuzzy neighbours.
  const rank = (vector: string) =>
    tsquery ? `ts_rank(${vector}, ${tsquery}::tsquery) + coalesce(ts_rank(${vector}, ${exact}::tsquery), 0)` : '0::real';

  let ordered: string;
  if (query.sort.by === 'DISTANCE') {
    ordered = nearestSql(query as ServiceSearchQuery & { sort: { by: 'DISTANCE' } }, textQuery, offset, limit, params, options);
  } else if (!terms) {
    ordered = filteredSql(query, offset, limit, params, options);
  } else {
    const pool = options.rankCandidateLimit * Math.max(1, Math.ceil((offset + limit) / options.rankCandidateLimit));
    ordered = `
      SELECT c.id, c.tie_key, NULL::double precision AS distance_km, c.score
      FROM (${candidatesSql(query, terms, textQuery, pool, params, options, rank)}) c
      ORDER BY c.score DESC, c.tie_key, c.id
      OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`;
  }

  // Scores (when the ranking did not compute them already) and highlights only for the page's
  // hits, and highlights only when asked for (ts_headline is the dearest part of a small page).
  const sql = `
    SELECT p.ordinal, p.id, coalesce(p.score, ${rank('d.search_vector')}) AS score, p.distance_km,
           ${tsquery && query.highlights !== false ? highlightsSql(tsquery) : 'NULL::json'} AS highlights
    FROM (SELECT o.*, row_number() OVER () AS ordinal FROM (${ordered}) o) p
    JOIN service_search_document d ON d.id = p.id
    ORDER BY p.ordinal`;
  return { sql, values: params.values };
}

/**
 * The page and the number of all matches in one statement (so one snapshot, on one connection),
 * for a search that wants no facets: a plain count(*) of the matches, or the count the triggers
 * keep when nothing constrains. Rows: one per hit in page order, each carrying total_count; one
 * row with a null id when the page is empty (or not asked for: limit 0).
 */
export function countedPageSql(
  terms: TextQueryTerms | null,
  textQuery: string | null,
  query: ServiceSearchQuery,
  options: PageOptions,
): { sql: string; values: unknown[] } {
  const params = new SqlParameters();
  const where = matchConditions(textQuery, query.filter, params);
  const count =
    where === 'WHERE true'
      ? 'SELECT coalesce((SELECT documents FROM service_search_total), 0)::int AS total_count'
      : `SELECT count(*)::int AS total_count FROM service_search_key d ${where}`;
  if (query.limit <= 0) return { sql: count, values: params.values };
  const page = pageSql(terms, textQuery, query, options, params);
  // The page is only read when something matches (a LIMIT of 0 reads nothing).
  const sql = `
    SELECT c.total_count, p.id, p.score, p.distance_km, p.highlights
    FROM (${count}) c
    LEFT JOIN LATERAL (SELECT * FROM (${page.sql}) q LIMIT CASE WHEN c.total_count > 0 THEN NULL ELSE 0 END) p ON true
    ORDER BY p.ordinal`;
  return { sql, values: params.values };
}
