import { LocalizedAttributes, Locale, RecordAny, SearchParams, Settings } from 'meilisearch';
import { MeilisearchIndex } from './meilisearch-index';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, markedSnippet } from './search-highlights';
import { stemmedQuery } from './search-stemmer';

// meilisearch 0.56 is the newest client that ships a CommonJS build (0.57+ is ESM only), which
// the Nest apps, ts-node and Jest need under module: commonjs.

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string | null;
  /** One index per engine; tests use a unique name per run. */
  indexName?: string;
  /** How long upsert, remove and clear wait for Meilisearch to apply a change. */
  taskTimeoutMs?: number;
  /** How long one HTTP request to Meilisearch may take (MEILI_TIMEOUT_MS); none when missing. */
  requestTimeoutMs?: number;
  /** Upper bound of a page, whatever the caller asks for. */
  maxLimit?: number;
}

/**
 * The locale of every query (the search parameter `locales`). Meilisearch normalises a text by
 * its locale (Swedish keeps å, ä and ö apart from a and o, other Latin-script languages fold
 * them), so a field and a query read in different locales can miss each other on a short word
 * that typo tolerance does not rescue ("på", "yö"). One locale for every field and every query
 * folds the marks everywhere, as the PostgreSQL engines' unaccent() does.
 */
export const MEILISEARCH_QUERY_LOCALES: Locale[] = ['fin'];

/** The index setting localizedAttributes of every adapter: every field in the query's locale. */
export const MEILISEARCH_LOCALIZED_ATTRIBUTES: LocalizedAttributes = [{ attributePatterns: ['*'], locales: MEILISEARCH_QUERY_LOCALES }];

export interface MeilisearchFacetCount {
  value: string;
  count: number;
}

export interface MeilisearchHighlight {
  field: string;
  snippet: string;
}

export interface MeilisearchPageRequest {
  /**
   * The trimmed search text, sent as the stems of its words (stemmedQuery); empty, or without a
   * word, lists every document that passes the filter.
   */
  text: string;
  /** Whole, in bounds: see MeilisearchSearchEngine.pageOf. */
  offset: number;
  limit: number;
  /** Conditions Meilisearch ANDs. */
  filter: string[];
  sort?: string[];
  /** Attributes whose value counts come back. */
  facets: string[];
  /** Attributes highlighted (and cropped) when there is a text. */
  highlighted: readonly string[];
  cropped: readonly string[];
  /** The attribute whose value a page holds at most once (several documents of one entity). */
  distinct?: string;
}

export interface MeilisearchPage<THit> {
  /** The page's hits, the offset dropped. */
  hits: THit[];
  /** Every match counted. */
  totalCount: number;
  /** The values of a facet attribute with their counts, most first, then by value. */
  facetCounts(attribute: string): MeilisearchFacetCount[];
}

/**
 * The shared part of the Meilisearch adapters of the search ports: the index (created with its
 * settings before the first write or search, writes awaited and checked), page bounds, the search call with exact counts and
 * sentinel-marked highlights, facet counts and snippets. Each adapter maps its own documents,
 * filters and hits.
 */
export abstract class MeilisearchSearchEngine<TDocument, TStored extends RecordAny> {
  readonly name = 'meilisearch' as const;
  protected readonly store: MeilisearchIndex<TStored>;
  protected readonly maxLimit: number;

  protected constructor(options: MeilisearchEngineOptions, index: { defaultName: string; settings: Settings }) {
    this.store = new MeilisearchIndex<TStored>({
      host: options.host,
      apiKey: options.apiKey,
      indexName: options.indexName ?? index.defaultName,
      taskTimeoutMs: options.taskTimeoutMs,
      requestTimeoutMs: options.requestTimeoutMs,
      settings: index.settings,
    });
    this.maxLimit = options.maxLimit ?? 500;
  }

  /** What the index stores for a document: the document plus derived fields to filter, facet and sort on. */
  protected abstract toStored(document: TDocument): TStored;

  /** Creates the index if missing and applies its settings (reindex); writes and searches also do it once on their own. */
  prepare(): Promise<void> {
    return this.store.prepare();
  }

  ping(): Promise<boolean> {
    return this.store.ping();
  }

  upsert(documents: readonly TDocument[]): Promise<void> {
    return this.store.upsert(documents.map((document) => this.toStored(document)));
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.store.remove(ids);
  }

  clear(): Promise<void> {
    return this.store.clear();
  }

  /** Removes the index itself (tests). */
  async dropIndex(): Promise<void> {
    await this.store.drop();
  }

  /** The asked offset and limit as whole numbers, the limit at most maxLimit. */
  protected pageOf(query: { offset: number; limit: number }): { offset: number; limit: number } {
    return {
      offset: Math.max(0, Math.floor(query.offset)),
      limit: Math.max(0, Math.min(this.maxLimit, Math.floor(query.limit))),
    };
  }

  protected async searchPage<THit extends TStored>(request: MeilisearchPageRequest): Promise<MeilisearchPage<THit>> {
    const { offset } = request;
    const text = stemmedQuery(request.text);
    // page/hitsPerPage makes Meilisearch count every match (offset/limit only estimates), so ask
    // for the first offset + limit hits and drop the offset here.
    const params = {
      // Every word must match, as in the PostgreSQL engines (the default, `last`, drops words).
      matchingStrategy: 'all',
      locales: MEILISEARCH_QUERY_LOCALES,
      ...(request.distinct ? { distinct: request.distinct } : {}),
      filter: request.filter,
      sort: request.sort,
      facets: request.facets,
      page: 1,
      hitsPerPage: offset + request.limit,
      showRankingScore: true,
      attributesToHighlight: text ? [...request.highlighted] : [],
      attributesToCrop: text ? [...request.cropped] : [],
      cropLength: 30,
      cropMarker: '…',
      // Private-use sentinels mark hits, so the text can be HTML-escaped before <em> goes in.
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    } satisfies SearchParams;
    await this.store.prepared();
    const response = await this.store.index.search<THit, typeof params>(text, params);
    return {
      hits: response.hits.slice(offset),
      totalCount: response.totalHits,
      facetCounts: (attribute) =>
        Object.entries(response.facetDistribution?.[attribute] ?? {})
          .map(([value, count]): MeilisearchFacetCount => ({ value, count }))
          .filter((facetCount) => facetCount.count > 0)
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    };
  }
}

/** A string value in a Meilisearch filter: quoted and escaped as JSON. */
export function meilisearchQuote(value: string): string {
  return JSON.stringify(value);
}

/** A Meilisearch filter condition: the attribute holds any of the values. */
export function meilisearchAnyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(meilisearchQuote).join(', ')}]`;
}

/**
 * Facet filters: one meilisearchAnyOf condition per attribute, in the order given. An empty or
 * missing list is read as "no filter on this facet", as in the PostgreSQL engines.
 */
export function meilisearchFacetFilters(lists: Readonly<Record<string, readonly string[] | null | undefined>>): string[] {
  return Object.entries(lists).flatMap(([attribute, values]) => (values?.length ? [meilisearchAnyOf(attribute, values)] : []));
}

/**
 * The highlights of a hit's formatted fields, in the order of the paths given (`name.fi` reads
 * a nested field); fields without a marked hit are left out.
 */
export function meilisearchHighlights(formatted: unknown, paths: readonly string[]): MeilisearchHighlight[] {
  return paths.flatMap((path) => {
    const value = path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), formatted);
    const snippet = markedSnippet(typeof value === 'string' ? wholeWordMarks(value) : value);
    return snippet === null ? [] : [{ field: path, snippet }];
  });
}

/**
 * Marks that cover whole words: Meilisearch marks only the typed part of a word found by its
 * prefix ("<em>hitsaaj</em>a" for the stem "hitsaaj"), ts_headline marks the word.
 */
export function wholeWordMarks(formatted: string): string {
  return formatted
    .replace(new RegExp(`([\\p{L}\\p{N}]+)${HIGHLIGHT_PRE_TAG}`, 'gu'), `${HIGHLIGHT_PRE_TAG}$1`)
    .replace(new RegExp(`${HIGHLIGHT_POST_TAG}([\\p{L}\\p{N}]+)`, 'gu'), `$1${HIGHLIGHT_POST_TAG}`);
}
