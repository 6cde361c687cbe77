import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { QueryWordExpansion, TextQueryTerms, expandQueryWordsParams, textQueryTerms, textSearchQueryWords } from '@ytmt/core';
import { CountGroup, FacetCounter, PackedCountGroups, unpackCountGroups } from './postgres-service-search.facets';
import { emptyFacets, FacetSelectivity, hasFilter, toRow, usesIndex } from './postgres-service-search.filters';
import { pageSql } from './postgres-service-search.page';
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
}

const UPSERT_BATCH_SIZE = 500;
/** How long a search waits for a second pooled connection before running its statements in turn. */
const SECOND_CONNECTION_WAIT_MS = 25;
/** How long the facet value frequencies (from the planner statistics) are reused. */
const SELECTIVITY_TTL_MS = 60_000;

/** Splits free text into words the way the query side expects: letters and digits only. */
export const queryWords = textSearchQueryWords;

/** The part of a pg client the adapter uses. */
interface PgClient {
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]>;
}
/** A pooled client, its release (an error drops the client), and the error that broke it. */
type Connection = [PgClient, (error?: unknown) => void, unknown?];

const rowsOf = <T>(result: Awaited<ReturnType<PgClient['query']>>): T[] =>
  (Array.isArray(result) ? result[result.length - 1]!.rows : result.rows) as T[];

export class PostgresServiceSearchEngine implements ServiceSearchEngine {
  readonly name = 'postgres' as const;
  private readonly similarityThreshold: number;
  private readonly expansionsPerWord: number;
  private readonly rankCandidateLimit: number;
  private readonly maxLimit: number;
  private readonly facetCounter = new FacetCounter();
  private frequencies: { loadedAt: number; byValue: Map<string, number>; rest: number } | null = null;

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
    const connections: Connection[] = [await this.connect()];
    const [first] = connections[0]!;
    try {
      // The count and the page run side by side on two connections sharing one snapshot, when
      // the pool has a connection to spare.
      const second = query.limit > 0 ? await this.connectIfFree() : null;
      if (second) connections.push(second);
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
      const [exported] = rowsOf<{ snapshot: string | null }>(
        await first.query(
          `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${settings}; SELECT ${second ? 'pg_export_snapshot()' : 'NULL'} AS snapshot`,
        ),
      );
      let secondReady: Promise<unknown> | null = null;
      if (second) {
        const snapshot = exported?.snapshot ?? '';
        if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`Unexpected snapshot id ${JSON.stringify(snapshot)}`);
        secondReady = second[0].query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${snapshot}'; ${settings}`);
        secondReady.catch(() => undefined);
      }

      const text = words.length > 0 ? await this.queryTerms(first, words) : null;
      // Words that are all stop words leave no lexeme to look for: nothing matches.
      if (text && text.terms.query === '') {
        if (secondReady) await secondReady;
        for (const [client] of connections) await client.query('COMMIT');
        return { hits: [], totalCount: 0, facets: emptyFacets() };
      }
      const textQuery = text?.match ?? null;
      const selectivity = textQuery !== null && hasFilter(query.filter) ? await this.selectivity(first) : this.noSelectivity;
      const planning = { selectivity, total: text?.total ?? 0 };
      const count = countSql(textQuery, query.filter, planning, text?.estimatedMatches ?? 0);
      const options = {
        rankCandidateLimit: this.rankCandidateLimit,
        maxLimit: this.maxLimit,
        planning,
        estimatedMatches: text?.estimatedMatches ?? 0,
        estimatedHeadMatches: text?.estimatedHeadMatches ?? 0,
      };
      const page = query.limit > 0 ? pageSql(text?.terms ?? null, textQuery, query, options) : null;
      const run = (client: PgClient, statement: { sql: string; values: unknown[] }) => client.query(statement.sql, statement.values);
      const countGroups = (result: Awaited<ReturnType<PgClient['query']>>): CountGroup[] =>
        count.packed ? unpackCountGroups(rowsOf<PackedCountGroups>(result)[0]) : rowsOf<CountGroup>(result);

      let groups: CountGroup[];
      let rows: PageRow[] = [];
      if (page && second && secondReady) {
        await secondReady;
        const [counted, paged] = await Promise.allSettled([run(first, count), run(second[0], page)]);
        if (counted.status === 'rejected') throw counted.reason;
        if (paged.status === 'rejected') throw paged.reason;
        groups = countGroups(counted.value);
        rows = rowsOf<PageRow>(paged.value);
      } else {
        groups = countGroups(await run(first, count));
        if (page && groups.length > 0) rows = rowsOf<PageRow>(await first.query(page.sql, page.values));
      }
      const counts = await this.facetCounter.count(groups, async (sql, values) => rowsOf(await first.query(sql, values)));
      for (const [client] of connections) await client.query('COMMIT');
      return {
        hits:
          counts.total > 0
            ? rows.map((row) => ({ id: row.id, score: row.score, highlights: row.highlights ?? [], distanceKm: row.distance_km }))
            : [],
        totalCount: counts.total,
        facets: counts.facets,
      };
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than returned to the pool.
      for (const connection of connections) {
        await connection[0].query('ROLLBACK').catch((rollbackError: unknown) => (connection[2] = rollbackError));
      }
      throw error;
    } finally {
      for (const [, release, broken] of connections) release(broken);
    }
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

  private get pool(): { idleCount: number; totalCount: number; waitingCount: number; options: { max: number } } {
    return (this.dataSource.driver as PostgresDriver).master;
  }

  private async connect(): Promise<Connection> {
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
      PgClient,
      (error?: unknown) => void,
    ];
    return [client, release];
  }

  /**
   * A second connection when the pool has one to spare at once; null otherwise, and the search
   * runs its statements in turn on the first (never holding one connection while waiting long
   * for another, which could starve the pool under concurrent searches).
   */
  private async connectIfFree(): Promise<Connection | null> {
    const pool = this.pool;
    if (pool.waitingCount > 0 || (pool.idleCount === 0 && pool.totalCount >= pool.options.max)) return null;
    const pending = this.connect();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SECOND_CONNECTION_WAIT_MS)));
    const connection = await Promise.race([pending, late]);
    clearTimeout(timer);
    if (connection === null) {
      pending.then(([, release]) => release()).catch(() => undefined);
    }
    return connection;
  }

  /**
   * Expands every query word to similar vocabulary words and stems all of them in fi, sv and en.
   * terms rank and highlight; match picks the matches: without the words having a form that
   * every service contains (they constrain nothing), null when no word is left.
   */
  private async queryTerms(
    client: PgClient,
    words: string[],
  ): Promise<{
    terms: TextQueryTerms;
    match: string | null;
    estimatedMatches: number;
    estimatedHeadMatches: number;
    total: number;
  }> {
    const rows = rowsOf<QueryWordExpansion & { universal: boolean; documents: number; head_documents: number; total: number }>(
      await client.query(
        EXPAND_SQL,
        expandQueryWordsParams(words, { similarityThreshold: this.similarityThreshold, expansionsPerWord: this.expansionsPerWord }),
      ),
    );
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
      terms: textQueryTerms(rows),
      match: constraining.length > 0 ? textQueryTerms(constraining).query : null,
      estimatedMatches,
      estimatedHeadMatches,
      total: rows[0]?.total ?? 0,
    };
  }
}

interface PageRow {
  id: string;
  score: number;
  distance_km: number | null;
  highlights: SearchHighlight[] | null;
}

