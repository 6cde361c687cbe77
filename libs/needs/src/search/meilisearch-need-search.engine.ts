// meilisearch 0.56 is the newest client that ships a CommonJS build; see the catalogue's adapter.
import { MeilisearchIndex } from '@ytmt/core';
import { SearchParams, Settings } from 'meilisearch';
import { SERVICE_MEILISEARCH_SETTINGS } from '@ytmt/catalogue';
import {
  NeedFacetCount,
  NeedFacets,
  NeedSearchAudience,
  NeedSearchDocument,
  NeedSearchEngine,
  NeedSearchFilter,
  NeedSearchHighlight,
  NeedSearchQuery,
  NeedSearchResult,
  emptyNeedFacets,
  sortFacetCounts,
} from './need-search.port';
import { FINISHED_NEED_STAGES, PROVIDER_VISIBLE } from './need-visibility';

export interface MeilisearchNeedSearchOptions {
  host: string;
  apiKey?: string | null;
  /** Its own index, apart from the services; tests use a unique name per run. */
  indexName?: string;
  /** How long upsert, remove and clear wait for Meilisearch to apply a change. */
  taskTimeoutMs?: number;
  maxLimit?: number;
}

/** What Meilisearch stores: the document plus the derived fields it filters and sorts on. */
interface MeiliNeedDocument extends NeedSearchDocument {
  /** Not FILLED or CLOSED: only open PUBLIC needs are public. */
  open: boolean;
  updatedAtMs: number;
}

type MeiliHit = MeiliNeedDocument & {
  _formatted?: Partial<Record<'title' | 'description', string | null>>;
  _rankingScore?: number;
};

const TEXT_FIELDS = ['title', 'description'] as const;
// Private-use sentinels mark hits, so the text can be HTML-escaped before <em> goes in.
const PRE_TAG = '\uE000';
const POST_TAG = '\uE001';

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
  searchableAttributes: ['title', 'description', 'occupationLabel', 'companyName'],
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
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
  // The measure words (palkkatuki, oppisopimus, työkokeilu …) in Finnish, Swedish and English
  // are the same in needs as in services.
  synonyms: SERVICE_MEILISEARCH_SETTINGS.synonyms,
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
};

function toMeiliDocument(document: NeedSearchDocument): MeiliNeedDocument {
  return { ...document, open: !FINISHED_NEED_STAGES.includes(document.stage), updatedAtMs: Date.parse(document.updatedAt) };
}

const quote = (value: string) => JSON.stringify(value);
const anyOf = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

/** Facet filters; each string is ANDed by Meilisearch. An empty list is no filter. */
export function meilisearchNeedFilter(filter: NeedSearchFilter): string[] {
  const conditions: string[] = [];
  if (filter.kinds?.length) conditions.push(anyOf('kinds', filter.kinds));
  if (filter.municipalityCodes?.length) conditions.push(anyOf('municipalityCode', filter.municipalityCodes));
  if (filter.employmentAreaIds?.length) conditions.push(anyOf('employmentAreaId', filter.employmentAreaIds));
  if (filter.measures?.length) conditions.push(anyOf('measures', filter.measures));
  if (filter.adjustments?.length) conditions.push(anyOf('adjustments', filter.adjustments));
  if (filter.openToPrecisionCapable !== undefined && filter.openToPrecisionCapable !== null) {
    conditions.push(`openToPrecisionCapable = ${filter.openToPrecisionCapable}`);
  }
  if (filter.stages?.length) conditions.push(anyOf('stage', filter.stages));
  if (filter.occupationGroups?.length) conditions.push(anyOf('occupationGroups', filter.occupationGroups));
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function highlightsOf(hit: MeiliHit): NeedSearchHighlight[] {
  return TEXT_FIELDS.flatMap((field) => {
    const text = hit._formatted?.[field];
    return typeof text === 'string' && text.includes(PRE_TAG)
      ? [{ field, snippet: escapeHtml(text).split(PRE_TAG).join('<em>').split(POST_TAG).join('</em>') }]
      : [];
  });
}

export class MeilisearchNeedSearchEngine implements NeedSearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly store: MeilisearchIndex<MeiliNeedDocument>;
  private readonly maxLimit: number;

  constructor(options: MeilisearchNeedSearchOptions) {
    this.store = new MeilisearchIndex<MeiliNeedDocument>({
      host: options.host,
      apiKey: options.apiKey,
      indexName: options.indexName ?? 'needs',
      taskTimeoutMs: options.taskTimeoutMs,
      settings: MEILISEARCH_NEED_SETTINGS,
    });
    this.maxLimit = options.maxLimit ?? 500;
  }

  prepare(): Promise<void> {
    return this.store.prepare();
  }

  ping(): Promise<boolean> {
    return this.store.ping();
  }

  upsert(documents: readonly NeedSearchDocument[]): Promise<void> {
    return this.store.upsert(documents.map(toMeiliDocument));
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.store.remove(ids);
  }

  clear(): Promise<void> {
    return this.store.clear();
  }

  async search(query: NeedSearchQuery): Promise<NeedSearchResult> {
    const audience = meilisearchAudienceFilter(query.audience);
    if (audience === '') return { hits: [], totalCount: 0, facets: emptyNeedFacets() };
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.min(this.maxLimit, Math.floor(query.limit)));
    const text = query.text?.trim() ?? '';
    // page/hitsPerPage makes Meilisearch count every match (offset/limit only estimates), so ask
    // for the first offset + limit hits and drop the offset here.
    const params = {
      filter: [...(audience ? [audience] : []), ...meilisearchNeedFilter(query.filter)],
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

    const facets = emptyNeedFacets();
    for (const [facet, attribute] of Object.entries(FACET_ATTRIBUTE) as [keyof NeedFacets, string][]) {
      const distribution = response.facetDistribution?.[attribute] ?? {};
      facets[facet] = sortFacetCounts(
        Object.entries(distribution)
          .map(([value, count]): NeedFacetCount => ({ value, count }))
          .filter((facetCount) => facetCount.count > 0),
      );
    }
    return {
      hits: response.hits.slice(offset).map((hit) => ({ id: hit.id, score: hit._rankingScore ?? 0, highlights: text ? highlightsOf(hit) : [] })),
      totalCount: response.totalHits,
      facets,
    };
  }

  /** Removes the index itself (tests). */
  async dropIndex(): Promise<void> {
    await this.store.drop();
  }
}
