import { createHash } from 'node:crypto';
// meilisearch 0.56 is the newest client that ships a CommonJS build (0.57+ is ESM only), which
// the Nest apps, ts-node and Jest need under module: commonjs.
import { MeilisearchIndex } from '@ytmt/core';
import { SearchParams, Settings } from 'meilisearch';
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

export interface MeilisearchServiceSearchOptions {
  host: string;
  apiKey?: string | null;
  /** One index per catalogue; tests use a unique name per run. */
  indexName?: string;
  /** How long upsert, remove and clear wait for Meilisearch to apply a change. */
  taskTimeoutMs?: number;
  maxLimit?: number;
}

/** What Meilisearch stores: the document plus the derived fields it filters, facets and sorts on. */
interface MeiliServiceDocument extends ServiceSearchDocument {
  /** NATIONAL, employment area ids and `municipality:<code>`: the values of the area facet. */
  areaFacets: string[];
  cost: 'FREE' | 'PAID';
  /** Sector-blind tie-break: 52 bits of md5(id), the same idea as the PostgreSQL tie_key. */
  tieKey: number;
  /** Meilisearch knows one point per document: the first location. */
  _geo?: { lat: number; lng: number };
}

type MeiliHit = MeiliServiceDocument & {
  _formatted?: Partial<Record<'name' | 'summary' | 'description', Partial<Record<'fi' | 'sv' | 'en', string | null>>>>;
  _rankingScore?: number;
  _geoDistance?: number;
};

const TEXT_FIELDS = ['name', 'summary', 'description'] as const;
const LANGUAGES = ['fi', 'sv', 'en'] as const;
// Private-use sentinels mark hits, so the text can be HTML-escaped before <em> goes in.
const PRE_TAG = '\uE000';
const POST_TAG = '\uE001';

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

export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: [
    ...TEXT_FIELDS.flatMap((field) => LANGUAGES.map((language) => `${field}.${language}`)),
    'organizationName',
  ],
  filterableAttributes: [
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
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
  synonyms: Object.fromEntries(
    SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)])),
  ),
  localizedAttributes: [
    { attributePatterns: ['*.fi'], locales: ['fin'] },
    { attributePatterns: ['*.sv'], locales: ['swe'] },
    { attributePatterns: ['*.en'], locales: ['eng'] },
  ],
  // Facet counts must be exact: allow every area value, and count every match.
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
};

export function tieKeyOf(id: string): number {
  return parseInt(createHash('md5').update(id).digest('hex').slice(0, 13), 16);
}

function toMeiliDocument(document: ServiceSearchDocument): MeiliServiceDocument {
  const first = document.locations[0];
  return {
    ...document,
    areaFacets: [
      ...(document.isNational ? ['NATIONAL'] : []),
      ...document.employmentAreaIds,
      ...document.municipalityCodes.map((code) => `municipality:${code}`),
    ],
    cost: document.isFree ? 'FREE' : 'PAID',
    tieKey: tieKeyOf(document.id),
    ...(first ? { _geo: { lat: first.latitude, lng: first.longitude } } : {}),
  };
}

const quote = (value: string) => JSON.stringify(value);
const anyOf = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

export function meilisearchFilter(filter: ServiceSearchFilter): string[] {
  const conditions: string[] = [];
  // An empty list is read as "no filter on this facet", as in the PostgreSQL engine.
  if (filter.categories?.length) conditions.push(anyOf('categories', filter.categories));
  if (filter.targetGroups?.length) conditions.push(anyOf('targetGroups', filter.targetGroups));
  if (filter.sectors?.length) conditions.push(anyOf('sector', filter.sectors));
  if (filter.deliveryModes?.length) conditions.push(anyOf('deliveryMode', filter.deliveryModes));
  if (filter.languages?.length) conditions.push(anyOf('languages', filter.languages));
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function highlightsOf(hit: MeiliHit): SearchHighlight[] {
  const highlights: SearchHighlight[] = [];
  for (const field of TEXT_FIELDS) {
    for (const language of LANGUAGES) {
      const text = hit._formatted?.[field]?.[language];
      if (typeof text === 'string' && text.includes(PRE_TAG)) {
        highlights.push({
          field: `${field}.${language}`,
          snippet: escapeHtml(text).split(PRE_TAG).join('<em>').split(POST_TAG).join('</em>'),
        });
      }
    }
  }
  return highlights;
}

export class MeilisearchServiceSearchEngine implements ServiceSearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly store: MeilisearchIndex<MeiliServiceDocument>;
  private readonly maxLimit: number;

  constructor(options: MeilisearchServiceSearchOptions) {
    this.store = new MeilisearchIndex<MeiliServiceDocument>({
      host: options.host,
      apiKey: options.apiKey,
      indexName: options.indexName ?? 'services',
      taskTimeoutMs: options.taskTimeoutMs,
      settings: MEILISEARCH_SETTINGS,
    });
    this.maxLimit = options.maxLimit ?? 500;
  }

  prepare(): Promise<void> {
    return this.store.prepare();
  }

  ping(): Promise<boolean> {
    return this.store.ping();
  }

  upsert(documents: readonly ServiceSearchDocument[]): Promise<void> {
    return this.store.upsert(documents.map(toMeiliDocument));
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.store.remove(ids);
  }

  clear(): Promise<void> {
    return this.store.clear();
  }

  async search(query: ServiceSearchQuery): Promise<ServiceSearchResult> {
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.min(this.maxLimit, Math.floor(query.limit)));
    const text = query.text?.trim() ?? '';
    const sort = query.sort.by === 'DISTANCE' ? [`_geoPoint(${query.sort.latitude}, ${query.sort.longitude}):asc`] : undefined;
    // page/hitsPerPage makes Meilisearch count every match (offset/limit only estimates), so ask
    // for the first offset + limit hits and drop the offset here.
    const params = {
      filter: meilisearchFilter(query.filter),
      sort,
      facets: Object.values(FACET_ATTRIBUTE),
      page: 1,
      hitsPerPage: offset + limit,
      showRankingScore: true,
      attributesToHighlight: text ? [...TEXT_FIELDS] : [],
      attributesToCrop: text ? ['description'] : [],
      cropLength: 30,
      cropMarker: '…',
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    } satisfies SearchParams;
    const response = await this.store.index.search<MeiliHit, typeof params>(text, params);

    const hits: ServiceSearchHit[] = response.hits.slice(offset).map((hit) => ({
      id: hit.id,
      score: hit._rankingScore ?? 0,
      highlights: text ? highlightsOf(hit) : [],
      distanceKm: query.sort.by === 'DISTANCE' ? this.distanceKm(hit, query.sort) : null,
    }));

    const facets = {} as ServiceFacets;
    for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTE) as [keyof ServiceFacets, string][]) {
      const distribution = response.facetDistribution?.[attribute] ?? {};
      facets[facet] = Object.entries(distribution)
        .map(([value, count]): FacetCount => ({ value, count }))
        .filter((facetCount) => facetCount.count > 0)
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    return { hits, totalCount: response.totalHits, facets };
  }

  /** Removes the index itself (tests). */
  async dropIndex(): Promise<void> {
    await this.store.drop();
  }

  private distanceKm(hit: MeiliHit, origin: { latitude: number; longitude: number }): number | null {
    // Meilisearch measures to the one point it knows; the nearest of all locations is computed
    // here so that distanceKm means the same in both engines.
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
