import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { QueryWordExpansion, TextQueryTerms, expandQueryWordsParams, textQueryTerms, textSearchQueryWords } from '@ytmt/core';
import { FacetCounter, FacetCounts, FacetSetQuery, PackedCountGroups, ValueCount } from './postgres-service-search.facets';
import { emptyFacets, FacetSelectivity, hasFilter, toRow, usesIndex } from './postgres-service-search.filters';
import { countedPageSql, pageSql } from './postgres-service-search.page';
import { countSql, EXPAND_SQL, UPSERT_SQL } from './postgres-service-search.sql';
import {
  SearchHighlight,
  ServiceSearchDocument,
  ServiceSearchEngine,
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
  /**
   * From this many services on, a search that wants facets counts on its connection while a
   * second, idle connection of the pool reads the page in the same snapshot (the two statements
   * run on two cores). Below it, or when no connection is idle, both run on one connection.
   */
  parallelFromServices?: number;
}

const UPSERT_BATCH_SIZE = 500;
/** Expanded query word lists kept in memory (all forgotten at once when full). */
const EXPANSION_CACHE_SIZE = 5_000;
/**
 * The version of the index: the row version of service_search_total, which the triggers of
 * service_search_document update in every statement that changes documents (the vocabulary and
 * the lexeme counts change only in those statements). A row version (xmin, ctid) never comes back.
 */
const INDEX_VERSION_SQL = `SELECT coalesce((SELECT xmin::text || ctid::text FROM service_search_total), '') AS version,
  coalesce((SELECT documents FROM service_search_total), 0)::int AS documents`;
/** Exports the transaction's snapshot, for a second connection to read the same data. */
const EXPORT_SNAPSHOT_SQL = 'SELECT pg_export_snapshot() AS snapshot';
/** How long the facet value frequencies (from the planner statistics) are reused. */
const SELECTIVITY_TTL_MS = 60_000;

/**
 * A parameterised statement with its parameters written in as literals, so that it can travel in
 * one simple query with other statements (one round trip instead of one each: on a busy API the
 * round trips, not the statements, are what a small search costs). Strings become escape-string
 * literals (backslashes and quotes doubled: read the same whatever standard_conforming_strings
 * says), string arrays array literals, numbers and booleans plain, null NULL; the statement's own
 * casts (`$1::text[]`) still apply. Anything else is refused.
 */
export function inlineParameters(sql: string, values: readonly unknown[]): string {
  const text = (value: string) => {
    if (value.includes('\0')) throw new Error('A search parameter holds a NUL character');
    return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  };
  const literal = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`A search parameter is not a finite number: ${value}`);
      return `(${value})`;
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      return text(`{${value.map((item: string) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`);
    }
    throw new Error(`Unexpected search parameter ${JSON.stringify(value)}`);
  };
  return sql.replace(/\$(\d+)(?!\d)/g, (placeholder, index: string) => {
    const position = Number(index) - 1;
    if (position < 0 || position >= values.length) throw new Error(`No value for ${placeholder}`);
    return literal(values[position]);
  });
}

/** Splits free text into words the way the query side expects: letters and digits only. */
export const queryWords = textSearchQueryWords;

/** The part of a pg client the adapter uses. */
interface PgClient {
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]>;
}
/** A pooled client and its release (an error drops the client). */
type Connection = [PgClient, (error?: unknown) => void];

const rowsOf = <T>(result: Awaited<ReturnType<PgClient['query']>>): T[] =>
  (Array.isArray(result) ? result[result.length - 1]!.rows : result.rows) as T[];

export class PostgresServiceSearchEngine implements ServiceSearchEngine {
  readonly name = 'postgres' as const;
  private readonly similarityThreshold: number;
  private readonly expansionsPerWord: number;
  private readonly rankCandidateLimit: number;
  private readonly maxLimit: number;
  private readonly parallelFromServices: number;
  /** Services in the index at this process's last search (sizes the next one's plan only). */
  private knownDocuments = 0;
  private readonly facetCounter = new FacetCounter();
  private frequencies: { loadedAt: number; byValue: Map<string, number>; rest: number } | null = null;
  /** Query words → their expansion, and the index version it was made at (INDEX_VERSION_SQL). */
  private readonly expansions = new Map<string, { version: string; text: QueryTerms }>();

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
    this.parallelFromServices = options.parallelFromServices ?? 10_000;
  }

  async prepare(): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT to_regclass('service_search_document') IS NOT NULL AND to_regclass('service_search_lexeme') IS NOT NULL
              AND to_regclass('service_search_key') IS NOT NULL AS ready`,
    )) as { ready: boolean }[];
    if (!row?.ready) {
      throw new Error('A table of service_search_document, service_search_lexeme and service_search_key is missing: run the migrations (npm run migrate)');
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
    await this.dataSource.query('TRUNCATE service_search_document, service_search_vocabulary, service_search_facet_set');
  }

  async search(query: ServiceSearchQuery): Promise<ServiceSearchResult> {
    const words = queryWords(query.text);
    const wantsFacets = query.facets !== false;
    // One transaction: its snapshot keeps the count, the facets and the page consistent (without
    // facets, the count and the page are one statement anyway). On a large catalogue a second,
    // idle connection reads the page in the same snapshot while the first counts.
    const [client, release] = await this.connect();
    let broken: unknown;
    try {
      // JIT compilation and parallel workers cost more to start than they save on queries of a
      // few milliseconds (and compete with concurrent searches for the same cores); work_mem
      // keeps the bitmaps of broad matches exact. Every join looks up a bounded set of ids by
      // primary key: a merge or hash join would read the whole table instead (small tables
      // tempt the planner to). With text or a filter condition the GIN indexes always beat
      // reading the whole table, but the estimates for expanded tsqueries are rough enough to
      // tempt the planner into a sequential scan (for the head vector, one computing it per row).
      const settings = [
        'jit = off',
        "work_mem = '32MB'",
        'max_parallel_workers_per_gather = 0',
        'enable_mergejoin = off',
        'enable_hashjoin = off',
        ...(words.length > 0 || usesIndex(null, query.filter) ? ['enable_seqscan = off'] : []),
      ]
        .map((setting) => `SET LOCAL ${setting}`)
        .join('; ');
      const begin = `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${settings}`;
      const key = words.join(' ');
      for (let attempt = 0; ; attempt++) {
        // Whether the page could be read on a second connection: when the catalogue was large
        // enough at the last look (for the count to outlast the extra round trips) and a
        // connection is free now. The snapshot is then exported in the first round trip.
        const mayShare = wantsFacets && query.limit > 0 && this.knownDocuments >= this.parallelFromServices && this.idleConnection();
        // Words searched before reuse their expansion without a round trip of their own: the
        // transaction begins in the round trip of the search's statements, which also reads the
        // index version; an expansion made at another version is made again and the search rerun.
        const cached = attempt === 0 && words.length > 0 ? this.expansions.get(key) : undefined;
        let text: QueryTerms | null = null;
        let opened: Opened | null = null;
        let prefix = '';
        if (cached && cached.text.terms.query !== '') {
          text = cached.text;
          if (mayShare) {
            opened = await this.open(client, begin, true);
            if (opened.version !== cached.version) {
              await client.query('ROLLBACK');
              this.expansions.delete(key);
              continue;
            }
          } else prefix = `${begin}; ${INDEX_VERSION_SQL}; `;
        } else if (words.length > 0) {
          // With words, the transaction starts in the round trip that expands them.
          const fresh = await this.queryTerms(client, words, begin, mayShare);
          text = fresh.text;
          opened = fresh.opened;
          this.remember(key, fresh.opened.version, fresh.text);
        } else {
          // Without words the number of services sizes the first look of a filter's page.
          opened = await this.open(client, begin, mayShare);
        }
        // Words that are all stop words leave no lexeme to look for: nothing matches.
        if (text && text.terms.query === '') {
          await client.query('COMMIT');
          return { hits: [], totalCount: 0, facets: emptyFacets() };
        }
        const textQuery = text?.match ?? null;
        const selectivity = hasFilter(query.filter) ? await this.selectivity(client) : this.noSelectivity;
        const planning = { selectivity, total: text?.total ?? opened?.documents ?? 0 };
        this.knownDocuments = opened?.documents ?? text?.total ?? this.knownDocuments;
        const options = {
          rankCandidateLimit: this.rankCandidateLimit,
          maxLimit: this.maxLimit,
          planning,
          estimatedMatches: text?.estimatedMatches ?? 0,
          estimatedHeadMatches: text?.estimatedHeadMatches ?? 0,
        };
        const inline = (statement: { sql: string; values: unknown[] }) => inlineParameters(statement.sql, statement.values);

        // Without facets the count and the page are one statement (no facet work); with facets,
        // the facet groups and the page: in one round trip with the end of the transaction, or
        // side by side on two connections.
        const count = wantsFacets ? countSql(textQuery, query.filter) : null;
        const page = count && query.limit > 0 ? inline(pageSql(text?.terms ?? null, textQuery, query, options)) : null;
        // Facet combinations never change once written (their key is a hash of their values): those
        // not cached yet are read on the same connection.
        const lookup: FacetSetQuery = async (sql, values) => rowsOf(await client.query(sql, values));
        const facetsOf = (rows: unknown[]) =>
          count?.packed ? this.facetCounter.countPacked((rows as PackedCountGroups[])[0], lookup) : this.facetCounter.countValues(rows as ValueCount[]);
        let countRows: unknown[] = [];
        let pageRows: PageRow[] = [];
        let counted: FacetCounts | null = null;
        if (count && page && opened?.snapshot && opened.documents >= this.parallelFromServices) {
          [counted, pageRows] = await this.countBesidePage(client, inline(count), facetsOf, page, settings, opened.snapshot);
        } else {
          const statements = count
            ? [inline(count), ...(page ? [page] : [])]
            : [inline(countedPageSql(text?.terms ?? null, textQuery, query, options))];
          const result = await client.query(`${prefix}${statements.join('; ')}; COMMIT`);
          // The result of each statement of the simple query, in order (a single one comes unwrapped).
          const results = Array.isArray(result) ? result : [result];
          const [first, second] = results.slice(results.length - statements.length - 1);
          if (cached && prefix) {
            const version = (results[results.length - statements.length - 2]?.rows[0] as { version?: string } | undefined)?.version;
            if (version !== cached.version) {
              this.expansions.delete(key);
              continue;
            }
          }
          countRows = first?.rows ?? [];
          if (page) pageRows = (second?.rows ?? []) as unknown as PageRow[];
        }

        let totalCount: number;
        let facets = emptyFacets();
        let rows: PageRow[] = pageRows;
        if (!count) {
          const countedRows = countRows as (PageRow & { total_count: number })[];
          totalCount = countedRows[0]?.total_count ?? 0;
          rows = countedRows.filter((row) => row.id !== null);
        } else {
          const counts = counted ?? (await facetsOf(countRows));
          totalCount = counts.total;
          facets = counts.facets;
        }
        return {
          hits:
            totalCount > 0
              ? rows.map((row) => ({ id: row.id, score: row.score, highlights: row.highlights ?? [], distanceKm: row.distance_km }))
              : [],
          totalCount,
          facets,
        };
      }
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than returned to the pool.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      release(broken);
    }
  }

  /**
   * The count on the connection whose transaction is open, the page on a second connection in
   * the same snapshot (imported before anything else there), at the same time; the facets are
   * counted as soon as the count arrives, while the page may still be running. The first
   * transaction ends only after the second has imported its snapshot and finished.
   */
  private async countBesidePage(
    client: PgClient,
    count: string,
    facetsOf: (rows: unknown[]) => FacetCounts | Promise<FacetCounts>,
    page: string,
    settings: string,
    snapshot: string,
  ): Promise<[FacetCounts, PageRow[]]> {
    if (!/^[0-9A-Fa-f-]+$/.test(snapshot)) throw new Error(`Unexpected snapshot identifier ${snapshot}`);
    const [second, releaseSecond] = await this.connect();
    let broken: unknown;
    try {
      const [counted, paged] = await Promise.allSettled([
        client.query(count).then((result) => facetsOf(rowsOf(result))),
        second.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${snapshot}'; ${settings}; ${page}; COMMIT`),
      ]);
      if (paged.status === 'rejected') throw paged.reason;
      if (counted.status === 'rejected') throw counted.reason;
      await client.query('COMMIT');
      const pageResults = paged.value;
      const pageRows = (Array.isArray(pageResults) ? pageResults[pageResults.length - 2]!.rows : pageResults.rows) as unknown as PageRow[];
      return [counted.value, pageRows];
    } catch (error) {
      await second.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      releaseSecond(broken);
    }
  }

  /** Begins the transaction, reads the index version and the number of services, and exports the snapshot. */
  private async open(client: PgClient, begin: string, exportSnapshot: boolean): Promise<Opened> {
    const result = await client.query(`${begin}; ${INDEX_VERSION_SQL}${exportSnapshot ? `; ${EXPORT_SNAPSHOT_SQL}` : ''}`);
    const results = Array.isArray(result) ? result : [result];
    return openedFrom(results, results.length - (exportSnapshot ? 2 : 1), exportSnapshot);
  }

  /**
   * Whether the pool can hand out a second connection without anyone waiting: an idle one, or
   * room for a new one (which then stays in the pool). A busy API gets no second connection.
   */
  private idleConnection(): boolean {
    if (this.parallelFromServices === Number.POSITIVE_INFINITY) return false;
    const pool = (this.dataSource.driver as PostgresDriver).master as
      | { idleCount?: number; totalCount?: number; waitingCount?: number; options?: { max?: number } }
      | undefined;
    if (!pool || (pool.waitingCount ?? 0) > 0) return false;
    return (pool.idleCount ?? 0) > 0 || (pool.totalCount ?? 0) < (pool.options?.max ?? 0);
  }

  private readonly noSelectivity: FacetSelectivity = () => 0;

  /**
   * How common facet values are, from the planner statistics of facet_values: it only chooses
   * how a filter is applied alongside text (index or keys), never what matches.
   */
  private async selectivity(client: PgClient): Promise<FacetSelectivity> {
    if (!this.frequencies || Date.now() - this.frequencies.loadedAt > SELECTIVITY_TTL_MS) {
      const [stats] = rowsOf<{ elems: string[] | null; freqs: number[] | null }>(
        await client.query(
          `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
           WHERE schemaname = current_schema() AND tablename = 'service_search_document' AND attname = 'facet_values'`,
        ),
      );
      const elems = stats?.elems ?? [];
      const freqs = stats?.freqs ?? [];
      // After the frequencies of the listed values come the minimum and maximum of them: a value
      // left out of the list is at most as common as the least common one listed.
      this.frequencies = {
        loadedAt: Date.now(),
        byValue: new Map(elems.map((value, index) => [value, freqs[index] ?? 0])),
        rest: freqs[elems.length] ?? 0,
      };
    }
    const { byValue, rest } = this.frequencies;
    return (values) => Math.min(1, values.reduce((sum, value) => sum + (byValue.get(value) ?? rest), 0));
  }

  private async connect(): Promise<Connection> {
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
      PgClient,
      (error?: unknown) => void,
    ];
    return [client, release];
  }

  /**
   * Expands every query word to similar vocabulary words and stems all of them in fi, sv and en.
   * terms rank and highlight; match picks the matches: without the words having a form that
   * every service contains (they constrain nothing), null when no word is left.
   */
  private async queryTerms(client: PgClient, words: string[], begin: string, exportSnapshot: boolean): Promise<{ text: QueryTerms; opened: Opened }> {
    // Sent with the statements that begin the transaction, as one simple query (one round trip).
    const params = expandQueryWordsParams(words, { similarityThreshold: this.similarityThreshold, expansionsPerWord: this.expansionsPerWord });
    const result = await client.query(
      `${begin}; ${INDEX_VERSION_SQL}; ${exportSnapshot ? `${EXPORT_SNAPSHOT_SQL}; ` : ''}${inlineParameters(EXPAND_SQL, params)}`,
    );
    const results = Array.isArray(result) ? result : [result];
    const opened = openedFrom(results, results.length - (exportSnapshot ? 3 : 2), exportSnapshot);
    const rows = rowsOf<QueryWordExpansion & { universal: boolean; documents: number; head_documents: number; total: number }>(result);
    const universal = new Set(rows.filter((row) => row.universal).map((row) => row.ordinal));
    const constraining = rows.filter((row) => !universal.has(row.ordinal));
    // Every service having the most frequent form of a word matches that word: the least of
    // these counts over the words is a rough estimate of the matches. Estimates only choose
    // plans, never what matches.
    const mostFrequent = new Map<string, { documents: number; head: number }>();
    for (const row of rows) {
      const word = mostFrequent.get(row.ordinal) ?? { documents: 0, head: 0 };
      mostFrequent.set(row.ordinal, { documents: Math.max(word.documents, row.documents), head: Math.max(word.head, row.head_documents) });
    }
    const bounds = [...mostFrequent.values()];
    const estimatedMatches = bounds.length > 0 ? Math.min(...bounds.map((bound) => bound.documents)) : 0;
    // Several words rarely meet in a name or summary: only a single word's count is worth a look.
    const estimatedHeadMatches = bounds.length === 1 ? bounds[0]!.head : 0;
    return {
      text: {
        terms: textQueryTerms(rows),
        match: constraining.length > 0 ? textQueryTerms(constraining).query : null,
        estimatedMatches,
        estimatedHeadMatches,
        total: rows[0]?.total ?? 0,
      },
      opened,
    };
  }

  private remember(key: string, version: string, text: QueryTerms): void {
    if (this.expansions.size >= EXPANSION_CACHE_SIZE) this.expansions.clear();
    this.expansions.set(key, { version, text });
  }
}

/** What a query's words expand to, and the estimates the plans are chosen by. */
interface QueryTerms {
  terms: TextQueryTerms;
  match: string | null;
  estimatedMatches: number;
  estimatedHeadMatches: number;
  total: number;
}

/** What the round trip that begins a search's transaction reads. */
interface Opened {
  version: string;
  /** Services in the index (the count the triggers keep). */
  documents: number;
  /** The exported snapshot, when asked for. */
  snapshot: string | null;
}

/** Reads INDEX_VERSION_SQL's row at `index` of a simple query's results, and the snapshot after it. */
function openedFrom(results: { rows: Record<string, unknown>[] }[], index: number, exported: boolean): Opened {
  const row = results[index]?.rows[0] as { version?: string; documents?: number } | undefined;
  const snapshot = exported ? ((results[index + 1]?.rows[0] as { snapshot?: string } | undefined)?.snapshot ?? null) : null;
  return { version: String(row?.version ?? ''), documents: Number(row?.documents ?? 0), snapshot };
}

interface PageRow {
  id: string;
  score: number;
  distance_km: number | null;
  highlights: SearchHighlight[] | null;
}

