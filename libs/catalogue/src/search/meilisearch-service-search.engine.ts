import { createHash } from 'node:crypto';
import {
  meilisearchAnyOf as anyOf,
  MeilisearchEngineOptions,
  meilisearchFacetFilters,
  meilisearchHighlights,
  meilisearchQuote as quote,
  MeilisearchSearchEngine,
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

  protected toStored(document: ServiceSearchDocument): MeiliServiceDocument {
    return toMeiliDocument(document);
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
    });

    const hits: ServiceSearchHit[] = page.hits.map((hit) => ({
      id: hit.id,
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
