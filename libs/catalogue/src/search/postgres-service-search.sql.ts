// Statements of the PostgreSQL service search adapter besides the page: the count and facets,
// the word expansion and the upsert.
import { expandQueryWordsSql, insertVocabularySql, localizedTextPaths } from '@ytmt/core';
import { hasFilter, matchConditions, SqlParameters } from './postgres-service-search.filters';
import { ServiceSearchFilter } from './service-search.port';

/**
 * The matches grouped by each of their three facet-combination keys, in one pass (packed: one row
 * of strings). When nothing constrains, the counts kept by triggers: every facet value, and the
 * total, as rows.
 */
export function countSql(textQuery: string | null, filter: ServiceSearchFilter): { sql: string; values: unknown[]; packed: boolean } {
  if (textQuery === null && !hasFilter(filter)) {
    return {
      sql: `SELECT NULL::text AS key, value, false AS is_attribute, documents AS n FROM service_search_facet_value WHERE documents > 0
            UNION ALL SELECT NULL, NULL, true, documents FROM service_search_total`,
      values: [],
      packed: false,
    };
  }
  const params = new SqlParameters();
  const where = matchConditions(textQuery, filter, params);
  // Thousands of groups come back packed in two strings ("key:n,key:n…", see FacetCounter.countPacked):
  // splitting them costs Node far less than a row each.
  const sql = `
    SELECT string_agg(g.key::text || ':' || g.n, ',') FILTER (WHERE NOT g.is_attribute) AS sets,
           string_agg(g.key::text || ':' || g.n, ',') FILTER (WHERE g.is_attribute) AS attribute_sets
    FROM (
      SELECT coalesce(classification_key, attribute_key, area_key) AS key, GROUPING(attribute_key) = 0 AS is_attribute, count(*) AS n
      FROM service_search_key d
      ${where}
      GROUP BY GROUPING SETS ((classification_key), (attribute_key), (area_key))
    ) g`;
  return { sql, values: params.values, packed: true };
}

/**
 * The query words' expansions (see expandQueryWordsSql), each lexeme with the number of services
 * having it (anywhere, and in the name or summary) and whether every service has it.
 */
export const EXPAND_SQL = `
  SELECT e.ordinal, e.exact, e.lexeme, coalesce(l.documents = t.documents, false) AS universal,
         coalesce(l.documents, 0) AS documents, coalesce(l.head_documents, 0) AS head_documents,
         coalesce(t.documents, 0) AS total
  FROM (${expandQueryWordsSql('service_search_vocabulary')}) e
  LEFT JOIN service_search_lexeme l ON l.lexeme = e.lexeme
  LEFT JOIN service_search_total t ON true`;

// One statement: the documents, their facet sets and their words. Keys are 64-bit hashes of a
// sorted facet list, so the same combination always gets the same key.
export const UPSERT_SQL = `
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
