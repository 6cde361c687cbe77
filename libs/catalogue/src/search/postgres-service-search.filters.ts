// Filters and facets of the PostgreSQL service search adapter: how a ServiceSearchFilter becomes
// SQL conditions on service_search_key (alias d: the narrow copy of service_search_document that
// searches read), and how facet values become ServiceFacets.
import { FacetCount, ServiceFacets, ServiceSearchDocument, ServiceSearchFilter } from './service-search.port';

type FacetName = keyof ServiceFacets;
// Prefixes of facet_values: one GIN index serves every filter, and a value names its facet.
export const FACET_PREFIX: Record<FacetName, string> = {
  category: 'category',
  targetGroup: 'targetGroup',
  sector: 'sector',
  deliveryMode: 'deliveryMode',
  language: 'language',
  cost: 'cost',
  area: 'area',
};

export interface IndexedRow {
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

export function toRow(document: ServiceSearchDocument): IndexedRow {
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
export class SqlParameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * One filter condition in up to two equivalent SQL forms. `indexed` uses the facet values in the
 * text GIN index: how a filter without text picks its rows. `keyed` checks the facet-combination
 * keys stored in the row against the (small) facet set table, hashed once per statement: how a
 * filter is checked on the text's matches. Neither checks facet_values on the row, which would
 * fetch it from TOAST row by row (audience, which has no key, is the exception).
 */
interface FilterCondition {
  indexed: string | null;
  keyed: string;
  /** The facet values whose frequency estimates the share of services passing (filterShare). */
  values: readonly string[];
}

type KeyColumn = 'classification_key' | 'attribute_key' | 'area_key';

/** The fraction of services having any of the values (an estimate: it only chooses the plan). */
export type FacetSelectivity = (values: readonly string[]) => number;

/**
 * How filters meet text: the number of services and a rough estimate of the rows the text picks
 * (from lexeme frequencies); estimates only ever choose the plan, never what matches.
 */
export interface FilterPlanning {
  selectivity: FacetSelectivity;
  total: number;
}

function filterConditions(filter: ServiceSearchFilter, params: SqlParameters): FilterCondition[] {
  const conditions: FilterCondition[] = [];
  // The keys of the facet combinations holding any of the values (and none of `none`). IS TRUE
  // keeps the sublink a hashed subplan, evaluated once, instead of a join probing per row.
  const keysWith = (column: KeyColumn, any: string, none?: string) =>
    `(d.${column} IN (SELECT s.key FROM service_search_facet_set s WHERE s.facet_values && ${any}::text[]${
      none ? ` AND NOT s.facet_values @> ${none}::text[]` : ''
    })) IS TRUE`;
  // An empty list is read as "no filter on this facet", not as "match nothing".
  const anyOf = (column: KeyColumn | null, prefix: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    const facetValues = values.map((value) => `${prefix}:${value}`);
    const list = params.add(facetValues);
    const indexed = `d.facet_values && ${list}::text[]`;
    // Audience is not part of a facet combination: always through the index.
    conditions.push({ indexed, keyed: column ? keysWith(column, list) : indexed, values: column ? facetValues : [] });
  };
  anyOf('classification_key', FACET_PREFIX.category, filter.categories);
  anyOf('classification_key', FACET_PREFIX.targetGroup, filter.targetGroups);
  anyOf('attribute_key', FACET_PREFIX.sector, filter.sectors);
  anyOf('attribute_key', FACET_PREFIX.deliveryMode, filter.deliveryModes);
  anyOf('attribute_key', FACET_PREFIX.language, filter.languages);
  // A service for both audiences serves employers too; asking for BOTH asks for exactly those.
  if (filter.audience) anyOf(null, 'audience', filter.audience === 'BOTH' ? ['BOTH'] : [filter.audience, 'BOTH']);
  if (filter.isFree !== undefined && filter.isFree !== null) {
    anyOf('attribute_key', FACET_PREFIX.cost, [filter.isFree ? 'FREE' : 'PAID']);
  }

  const coverage = filter.coverage;
  if (coverage) {
    const national = `${FACET_PREFIX.area}:NATIONAL`;
    const place = [
      ...(coverage.employmentAreaId ? [`${FACET_PREFIX.area}:${coverage.employmentAreaId}`] : []),
      ...(coverage.municipalityCode ? [`${FACET_PREFIX.area}:municipality:${coverage.municipalityCode}`] : []),
    ];
    if (coverage.scope === 'NATIONAL') {
      anyOf('area_key', FACET_PREFIX.area, ['NATIONAL']);
    } else if (coverage.scope === 'REGIONAL') {
      if (place.length > 0) {
        const places = params.add(place);
        const notNational = params.add([national]);
        conditions.push({
          indexed: `d.facet_values && ${places}::text[] AND ${keysWith('area_key', places, notNational)}`,
          keyed: keysWith('area_key', places, notNational),
          values: place,
        });
      } else {
        conditions.push({ indexed: null, keyed: `NOT ${keysWith('area_key', params.add([national]))}`, values: [] });
      }
    } else if (place.length > 0) {
      const places = [national, ...place];
      const list = params.add(places);
      conditions.push({ indexed: `d.facet_values && ${list}::text[]`, keyed: keysWith('area_key', list), values: places });
    }
  }
  return conditions;
}

export function hasFilter(filter: ServiceSearchFilter): boolean {
  return filterConditions(filter, new SqlParameters()).length > 0;
}

/** Whether a GIN index picks the rows: the text, or a filter condition that can use the index. */
export function usesIndex(textQuery: string | null, filter: ServiceSearchFilter): boolean {
  return textQuery !== null || filterConditions(filter, new SqlParameters()).some((condition) => condition.indexed !== null);
}

/**
 * "WHERE …" for the rows matching the text query (null: any text) and the filter; "WHERE true"
 * when nothing constrains, so that callers can append "AND …". The text and the filter's facet
 * values are columns of one GIN index, so one bitmap scan yields the rows passing both: a
 * selective filter spares reading every text match (checking the keys of each read 30 times the
 * rows for a national Swedish-language query), a broad one costs the same.
 */
export function matchConditions(textQuery: string | null, filter: ServiceSearchFilter, params: SqlParameters): string {
  const conditions = filterSql(filter, params);
  if (textQuery !== null) conditions.unshift(`d.search_vector @@ ${params.add(textQuery)}::tsquery`);
  return `WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}`;
}

/**
 * The filter's conditions, through the facet values in a GIN index wherever a condition can be
 * (both text indexes hold the facet values, so one bitmap scan yields the rows passing the text
 * and the filter); a condition without an indexed form checks the facet-combination keys that
 * service_search_key holds inline, never facet_values on the row (fetched from TOAST row by row).
 */
export function filterSql(filter: ServiceSearchFilter, params: SqlParameters): string[] {
  return filterConditions(filter, params).map((condition) => condition.indexed ?? condition.keyed);
}

/** The share of services passing the filter, taking its conditions as independent (an estimate). */
export function filterShare(filter: ServiceSearchFilter, selectivity: FacetSelectivity): number {
  return filterConditions(filter, new SqlParameters()).reduce(
    (share, condition) => share * (condition.values.length > 0 ? selectivity(condition.values) : 1),
    1,
  );
}

export function emptyFacets(): ServiceFacets {
  return { category: [], targetGroup: [], sector: [], deliveryMode: [], language: [], cost: [], area: [] };
}

export function toFacets(counts: readonly { value: string; count: number }[]): ServiceFacets {
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
