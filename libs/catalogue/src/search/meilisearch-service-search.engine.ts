import { createHash } from 'node:crypto';
import {
  meilisearchAnyOf as anyOf,
  MeilisearchEngineOptions,
  meilisearchFacetFilters,
  meilisearchHighlights,
  MEILISEARCH_LOCALIZED_ATTRIBUTES,
  meilisearchQuote as quote,
  MeilisearchSearchEngine,
  stemmedLayers,
  stemmedSynonyms,
} from '@ytmt/core';
import { Settings } from 'meilisearch';
import {
  ServiceFacets,
  ServiceSearchDocument,
  ServiceSearchEngine,
  ServiceSearchFilter,
  ServiceSearchHit,
  ServiceSearchQuery,
  ServiceSearchResult,
} from './service-search.port';

/** indexName defaults to `services`. */
export type MeilisearchServiceSearchOptions = MeilisearchEngineOptions;

/**
 * What Meilisearch stores: one document per location of a service (one for a service without
 * any), since Meilisearch knows one point per document and a distance sort must measure to the
 * nearest location. Each holds the service document plus the derived fields it searches,
 * filters, facets and sorts on; `distinctAttribute: serviceId` keeps one per service in hits,
 * counts and facet counts.
 */
export interface MeiliServiceDocument extends Omit<ServiceSearchDocument, 'id'> {
  /** The service id for its first location (or the one document of a service without any), `<service id>_<n>` for location n. */
  id: string;
  serviceId: string;
  /** Which location of the service this document stands for. */
  locationIndex: number;
  /** Stemmed copies of the texts (stemmedLayers): Finnish inflections find each other. */
  name_stemmed: string[];
  summary_stemmed: string[];
  description_stemmed: string[];
  organizationName_stemmed: string[];
  /** NATIONAL, employment area ids and `municipality:<code>`: the values of the area facet. */
  areaFacets: string[];
  cost: 'FREE' | 'PAID';
  /** Sector-blind tie-break: 52 bits of md5(id), the same idea as the PostgreSQL tie_key. */
  tieKey: number;
  /** This document's location. */
  _geo?: { lat: number; lng: number };
}

type MeiliHit = MeiliServiceDocument & {
  _formatted?: Partial<Record<'name' | 'summary' | 'description', Partial<Record<'fi' | 'sv' | 'en', string | null>>>>;
  _rankingScore?: number;
  _geoDistance?: number;
};

const TEXT_FIELDS = ['name', 'summary', 'description'] as const;
const LANGUAGES = ['fi', 'sv', 'en'] as const;
/** Highlighted fields in the order of their snippets: name.fi, name.sv, … description.en. */
const HIGHLIGHT_PATHS = TEXT_FIELDS.flatMap((field) => LANGUAGES.map((language) => `${field}.${language}`));

const FACET_ATTRIBUTE: Record<keyof ServiceFacets, keyof MeiliServiceDocument> = {
  category: 'categories',
  targetGroup: 'targetGroups',
  sector: 'sector',
  deliveryMode: 'deliveryMode',
  language: 'languages',
  cost: 'cost',
  area: 'areaFacets',
};

// The same service words in Finnish, Swedish and English, so a word in one language finds a
// service described in another.
const SYNONYM_GROUPS: string[][] = [
  ['palkkatuki', 'wage subsidy', 'pay subsidy', 'lönesubvention'],
  ['oppisopimus', 'apprenticeship', 'läroavtal'],
  ['työkokeilu', 'work trial', 'arbetsprövning'],
  ['työhönvalmennus', 'job coaching', 'jobbcoachning'],
  ['rekrytointi', 'recruitment', 'rekrytering'],
  ['työvoimakoulutus', 'labour market training', 'arbetskraftsutbildning'],
  ['uraohjaus', 'career guidance', 'karriärvägledning'],
  ['kotoutuminen', 'integration', 'integrering'],
  ['yrittäjyys', 'entrepreneurship', 'företagande'],
  ['starttiraha', 'start-up grant', 'startpeng'],
];

/** The synonym groups as words and phrases of stemmed queries and stemmed texts (stemmedSynonyms). */
export const SYNONYMS = stemmedSynonyms(SYNONYM_GROUPS);

export const MEILISEARCH_SETTINGS: Settings = {
  // Each field's texts, then its stemmed copy, in the order of the PostgreSQL weights (name A,
  // summary B, description C, organisation D), so the attribute rule ranks as they do.
  searchableAttributes: [
    ...TEXT_FIELDS.flatMap((field) => [...LANGUAGES.map((language) => `${field}.${language}`), `${field}_stemmed`]),
    'organizationName',
    'organizationName_stemmed',
  ],
  distinctAttribute: 'serviceId',
  filterableAttributes: [
    'serviceId',
    'locationIndex',
    'categories',
    'targetGroups',
    'sector',
    'deliveryMode',
    'languages',
    'audience',
    'isFree',
    'isNational',
    'employmentAreaIds',
    'municipalityCodes',
    'areaFacets',
    'cost',
    '_geo',
  ],
  sortableAttributes: ['tieKey', '_geo'],
  // No rule looks at the sector, the organisation or its size. "sort" comes first so that a
  // distance sort orders by distance; relevance searches send no sort and the rule is inert.
  // Equal relevance is broken by the sector-blind tieKey.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'tieKey:asc'],
  // Whole words only, as the PostgreSQL engines' tsqueries (no :* prefix): the query's stems
  // are whole stems, and a stem's prefixes would find unrelated words ("tyot" for työtä).
  prefixSearch: 'disabled',
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
  synonyms: SYNONYMS,
  // One locale for every field and query: å, ä and ö fold the same way everywhere.
  localizedAttributes: MEILISEARCH_LOCALIZED_ATTRIBUTES,
  // Facet counts must be exact: allow every area value, and count every match.
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
};

export function tieKeyOf(id: string): number {
  return parseInt(createHash('md5').update(id).digest('hex').slice(0, 13), 16);
}

/** The documents Meilisearch stores for a service: one per location, one when it has none. */
export function toMeiliDocuments(document: ServiceSearchDocument): MeiliServiceDocument[] {
  const shared: Omit<MeiliServiceDocument, 'id' | 'locationIndex' | '_geo'> = {
    ...document,
    serviceId: document.id,
    name_stemmed: stemmedLayers(document.name.fi, document.name.sv, document.name.en),
    summary_stemmed: stemmedLayers(document.summary.fi, document.summary.sv, document.summary.en),
    description_stemmed: stemmedLayers(document.description.fi, document.description.sv, document.description.en),
    organizationName_stemmed: stemmedLayers(document.organizationName),
    areaFacets: [
      ...(document.isNational ? ['NATIONAL'] : []),
      ...document.employmentAreaIds,
      ...document.municipalityCodes.map((code) => `municipality:${code}`),
    ],
    cost: document.isFree ? 'FREE' : 'PAID',
    tieKey: tieKeyOf(document.id),
  };
  if (document.locations.length === 0) return [{ ...shared, id: document.id, locationIndex: 0 }];
  return document.locations.map((location, index) => ({
    ...shared,
    id: locationDocumentId(document.id, index),
    locationIndex: index,
    _geo: { lat: location.latitude, lng: location.longitude },
  }));
}

export function locationDocumentId(serviceId: string, index: number): string {
  return index === 0 ? serviceId : `${serviceId}_${index}`;
}

/**
 * The documents of the services' former locations beyond the ones they have now: a condition
 * per location count, services grouped by it.
 */
export function staleLocationsFilter(documents: readonly ServiceSearchDocument[]): string {
  const byCount = new Map<number, string[]>();
  for (const document of documents) {
    const count = Math.max(1, document.locations.length);
    byCount.set(count, [...(byCount.get(count) ?? []), document.id]);
  }
  return [...byCount.entries()]
    .sort(([a], [b]) => a - b)
    .map(([count, ids]) => `(${anyOf('serviceId', ids)} AND locationIndex >= ${count})`)
    .join(' OR ');
}

export function meilisearchFilter(filter: ServiceSearchFilter): string[] {
  const conditions = meilisearchFacetFilters({
    categories: filter.categories,
    targetGroups: filter.targetGroups,
    sector: filter.sectors,
    deliveryMode: filter.deliveryModes,
    languages: filter.languages,
  });
  if (filter.audience) conditions.push(anyOf('audience', filter.audience === 'BOTH' ? ['BOTH'] : [filter.audience, 'BOTH']));
  if (filter.isFree !== undefined && filter.isFree !== null) conditions.push(`isFree = ${filter.isFree}`);
  const coverage = filter.coverage;
  if (coverage) {
    const place = [
      ...(coverage.employmentAreaId ? [`employmentAreaIds = ${quote(coverage.employmentAreaId)}`] : []),
      ...(coverage.municipalityCode ? [`municipalityCodes = ${quote(coverage.municipalityCode)}`] : []),
    ];
    if (coverage.scope === 'NATIONAL') {
      conditions.push('isNational = true');
    } else if (coverage.scope === 'REGIONAL') {
      conditions.push('isNational = false');
      if (place.length > 0) conditions.push(`(${place.join(' OR ')})`);
    } else if (place.length > 0) {
      conditions.push(`(isNational = true OR ${place.join(' OR ')})`);
    }
  }
  return conditions;
}

export class MeilisearchServiceSearchEngine
  extends MeilisearchSearchEngine<ServiceSearchDocument, MeiliServiceDocument>
  implements ServiceSearchEngine
{
  constructor(options: MeilisearchServiceSearchOptions) {
    super(options, { defaultName: 'services', settings: MEILISEARCH_SETTINGS });
  }

  /** The document of the service's first location; upsert() writes one per location. */
  protected toStored(document: ServiceSearchDocument): MeiliServiceDocument {
    return toMeiliDocuments(document)[0]!;
  }

  /**
   * Writes a document per location of each service (the last version of a service wins when a
   * batch holds it twice), then deletes the documents of locations a service no longer has.
   */
  override async upsert(documents: readonly ServiceSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    await this.store.upsert(unique.flatMap((document) => toMeiliDocuments(document)));
    await this.store.removeWhere(staleLocationsFilter(unique));
  }

  /** Deletes every document of the services, one per location. */
  override async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.store.removeWhere(anyOf('serviceId', ids));
  }

  async search(query: ServiceSearchQuery): Promise<ServiceSearchResult> {
    const { offset, limit } = this.pageOf(query);
    const text = query.text?.trim() ?? '';
    const page = await this.searchPage<MeiliHit>({
      text,
      offset,
      limit,
      filter: meilisearchFilter(query.filter),
      sort: query.sort.by === 'DISTANCE' ? [`_geoPoint(${query.sort.latitude}, ${query.sort.longitude}):asc`] : undefined,
      facets: Object.values(FACET_ATTRIBUTE),
      highlighted: TEXT_FIELDS,
      cropped: ['description'],
      // One hit per service: with a distance sort, the document of its nearest location.
      distinct: 'serviceId',
    });

    const hits: ServiceSearchHit[] = page.hits.map((hit) => ({
      id: hit.serviceId,
      score: hit._rankingScore ?? 0,
      highlights: text ? meilisearchHighlights(hit._formatted, HIGHLIGHT_PATHS) : [],
      distanceKm: query.sort.by === 'DISTANCE' ? this.distanceKm(hit, query.sort) : null,
    }));

    const facets = {} as ServiceFacets;
    for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTE) as [keyof ServiceFacets, string][]) {
      facets[facet] = page.facetCounts(attribute);
    }
    return { hits, totalCount: page.totalCount, facets };
  }

  private distanceKm(hit: MeiliHit, origin: { latitude: number; longitude: number }): number | null {
    // The hit is the document of the nearest location; measured here from the service's
    // locations all the same, with the same formula as the PostgreSQL engine.
    if (hit.locations.length === 0) return null;
    return Math.min(...hit.locations.map((location) => haversineKm(origin, location)));
  }
}

function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}
