import {
  meilisearchAnyOf as anyOf,
  MeilisearchEngineOptions,
  meilisearchFacetFilters,
  meilisearchHighlights,
  MEILISEARCH_LOCALIZED_ATTRIBUTES,
  MeilisearchSearchEngine,
  stemmedLayers,
} from '@ytmt/core';
import { Settings } from 'meilisearch';
import { SERVICE_MEILISEARCH_SETTINGS } from '@ytmt/catalogue';
import {
  NeedFacets,
  NeedSearchAudience,
  NeedSearchDocument,
  NeedSearchEngine,
  NeedSearchFilter,
  NeedSearchQuery,
  NeedSearchResult,
  emptyNeedFacets,
} from './need-search.port';
import { FINISHED_NEED_STAGES, PROVIDER_VISIBLE } from './need-visibility';

/** indexName defaults to `needs`: its own index, apart from the services. */
export type MeilisearchNeedSearchOptions = MeilisearchEngineOptions;

/** What Meilisearch stores: the document plus the derived fields it searches, filters and sorts on. */
export interface MeiliNeedDocument extends NeedSearchDocument {
  /** Not FILLED or CLOSED: only open PUBLIC needs are public. */
  open: boolean;
  updatedAtMs: number;
  /** Stemmed copies of the texts (stemmedLayers): Finnish inflections find each other. */
  title_stemmed: string[];
  description_stemmed: string[];
  occupationLabel_stemmed: string[];
  companyName_stemmed: string[];
}

type MeiliHit = MeiliNeedDocument & {
  _formatted?: Partial<Record<'title' | 'description', string | null>>;
  _rankingScore?: number;
};

const TEXT_FIELDS = ['title', 'description'] as const;

const FACET_ATTRIBUTE: Record<keyof NeedFacets, keyof MeiliNeedDocument> = {
  kind: 'kinds',
  municipality: 'municipalityCode',
  employmentArea: 'employmentAreaId',
  measure: 'measures',
  adjustment: 'adjustments',
  openToPrecisionCapable: 'openToPrecisionCapable',
  stage: 'stage',
  occupationGroup: 'occupationGroups',
};

export const MEILISEARCH_NEED_SETTINGS: Settings = {
  // Each text, then its stemmed copy, in the order of the PostgreSQL weights (title A,
  // description B, occupation C, company D).
  searchableAttributes: [
    'title',
    'title_stemmed',
    'description',
    'description_stemmed',
    'occupationLabel',
    'occupationLabel_stemmed',
    'companyName',
    'companyName_stemmed',
  ],
  filterableAttributes: [
    ...Object.values(FACET_ATTRIBUTE),
    // The visibility rule's fields.
    'companyId',
    'visibility',
    'open',
    'companyAreaIds',
    'forwardedProviderIds',
  ],
  sortableAttributes: ['updatedAtMs'],
  // Equal relevance, and every need of an empty query, newest first.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'updatedAtMs:desc'],
  // Whole words only, as the PostgreSQL engines' tsqueries (no :* prefix): the query's stems
  // are whole stems, and a stem's prefixes would find unrelated words ("tyot" for työtä).
  prefixSearch: 'disabled',
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
  // The measure words (palkkatuki, oppisopimus, työkokeilu …) in Finnish, Swedish and English
  // are the same in needs as in services.
  synonyms: SERVICE_MEILISEARCH_SETTINGS.synonyms,
  // One locale for every field and query, the same as the services' index.
  localizedAttributes: MEILISEARCH_LOCALIZED_ATTRIBUTES,
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
};

export function toMeiliNeedDocument(document: NeedSearchDocument): MeiliNeedDocument {
  return {
    ...document,
    open: !FINISHED_NEED_STAGES.includes(document.stage),
    updatedAtMs: Date.parse(document.updatedAt),
    title_stemmed: stemmedLayers(document.title),
    description_stemmed: stemmedLayers(document.description),
    occupationLabel_stemmed: stemmedLayers(document.occupationLabel),
    companyName_stemmed: stemmedLayers(document.companyName),
  };
}

/** Facet filters; each string is ANDed by Meilisearch. An empty list is no filter. */
export function meilisearchNeedFilter(filter: NeedSearchFilter): string[] {
  const conditions = meilisearchFacetFilters({
    kinds: filter.kinds,
    municipalityCode: filter.municipalityCodes,
    employmentAreaId: filter.employmentAreaIds,
    measures: filter.measures,
    adjustments: filter.adjustments,
  });
  if (filter.openToPrecisionCapable !== undefined && filter.openToPrecisionCapable !== null) {
    conditions.push(`openToPrecisionCapable = ${filter.openToPrecisionCapable}`);
  }
  conditions.push(...meilisearchFacetFilters({ stage: filter.stages, occupationGroups: filter.occupationGroups }));
  return conditions;
}

/**
 * canSee (need-visibility.ts) as a Meilisearch filter: null when nothing is hidden from the
 * audience, "" when it holds no grant at all.
 */
export function meilisearchAudienceFilter(audience: NeedSearchAudience): string | null {
  if (audience.all) return null;
  const grants: string[] = [];
  if (audience.companyIds.length > 0) grants.push(anyOf('companyId', audience.companyIds));
  if (audience.providerIds.length > 0) grants.push(anyOf('forwardedProviderIds', audience.providerIds));
  if (audience.public) grants.push('(visibility = "PUBLIC" AND open = true)');
  const near: string[] = [];
  if (audience.coordinatorAreaIds.length > 0) {
    grants.push(anyOf('companyAreaIds', audience.coordinatorAreaIds));
    near.push(anyOf('employmentAreaId', audience.coordinatorAreaIds));
  }
  const coverage = audience.providerCoverage;
  if (coverage.national) {
    // A national service covers every place: the visibility alone decides.
    grants.push(anyOf('visibility', PROVIDER_VISIBLE));
  } else {
    if (coverage.areaIds.length > 0) near.push(anyOf('employmentAreaId', coverage.areaIds));
    if (coverage.municipalityCodes.length > 0) near.push(anyOf('municipalityCode', coverage.municipalityCodes));
    if (near.length > 0) grants.push(`${anyOf('visibility', PROVIDER_VISIBLE)} AND (${near.join(' OR ')})`);
  }
  return grants.map((grant) => `(${grant})`).join(' OR ');
}

export class MeilisearchNeedSearchEngine extends MeilisearchSearchEngine<NeedSearchDocument, MeiliNeedDocument> implements NeedSearchEngine {
  constructor(options: MeilisearchNeedSearchOptions) {
    super(options, { defaultName: 'needs', settings: MEILISEARCH_NEED_SETTINGS });
  }

  protected toStored(document: NeedSearchDocument): MeiliNeedDocument {
    return toMeiliNeedDocument(document);
  }

  async search(query: NeedSearchQuery): Promise<NeedSearchResult> {
    const audience = meilisearchAudienceFilter(query.audience);
    if (audience === '') return { hits: [], totalCount: 0, facets: emptyNeedFacets() };
    const { offset, limit } = this.pageOf(query);
    const text = query.text?.trim() ?? '';
    const page = await this.searchPage<MeiliHit>({
      text,
      offset,
      limit,
      filter: [...(audience ? [audience] : []), ...meilisearchNeedFilter(query.filter)],
      facets: Object.values(FACET_ATTRIBUTE),
      highlighted: TEXT_FIELDS,
      cropped: ['description'],
    });

    const facets = emptyNeedFacets();
    for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTE) as [keyof NeedFacets, string][]) {
      facets[facet] = page.facetCounts(attribute);
    }
    return {
      hits: page.hits.map((hit) => ({ id: hit.id, score: hit._rankingScore ?? 0, highlights: text ? meilisearchHighlights(hit._formatted, TEXT_FIELDS) : [] })),
      totalCount: page.totalCount,
      facets,
    };
  }
}
