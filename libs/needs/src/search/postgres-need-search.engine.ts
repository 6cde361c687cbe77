import { DataSource } from 'typeorm';
import {
  PG_TEXT_SEARCH_CONFIGS,
  TextQueryTerms,
  expandTextQuery,
  HEADLINE_FRAGMENTS,
  HEADLINE_MARKS,
  headlineSql,
  insertVocabularySql,
  textSearchQueryWords,
} from '@ytmt/core';
import { audienceCondition, filterConditions, SqlParameters, toNeedFacets, toRow } from './postgres-need-search.conditions';
import {
  emptyNeedFacets,
  NeedSearchDocument,
  NeedSearchEngine,
  NeedSearchHighlight,
  NeedSearchQuery,
  NeedSearchResult,
} from './need-search.port';

// The approach of the catalogue's PostgreSQL engine at the scale of needs (thousands, not
// hundreds of thousands): the shared Finnish/Swedish/English text search configurations and a
// trigram vocabulary that expands query words to inflected and misspelt forms, ts_rank for
// relevance, and counts and facets taken in one pass over the visible matches.

export interface PostgresNeedSearchOptions {
  /** Minimum pg_trgm similarity for a vocabulary word to count as a form of a query word. */
  similarityThreshold?: number;
  /** How many vocabulary words one query word may expand to. */
  expansionsPerWord?: number;
  /** Upper bound of a page, whatever the caller asks for. */
  maxLimit?: number;
}

const UPSERT_BATCH_SIZE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PostgresNeedSearchEngine implements NeedSearchEngine {
  readonly name = 'postgres' as const;
  private readonly similarityThreshold: number;
  private readonly expansionsPerWord: number;
  private readonly maxLimit: number;

  constructor(
    private readonly dataSource: DataSource,
    options: PostgresNeedSearchOptions = {},
  ) {
    this.similarityThreshold = options.similarityThreshold ?? 0.45;
    // The % operator pre-filters with pg_trgm's default threshold of 0.3.
    if (this.similarityThreshold < 0.3 || this.similarityThreshold > 1) throw new Error('similarityThreshold must be between 0.3 and 1');
    this.expansionsPerWord = options.expansionsPerWord ?? 6;
    this.maxLimit = options.maxLimit ?? 500;
  }

  async prepare(): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT to_regclass('need_search_document') IS NOT NULL AS ready`)) as { ready: boolean }[];
    if (!row?.ready) throw new Error('The table need_search_document is missing: run the migrations (npm run migrate)');
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1 FROM need_search_document LIMIT 1');
      return true;
    } catch {
      return false;
    }
  }

  async upsert(documents: readonly NeedSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // The last version of a document wins when a batch holds the same id twice.
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    await this.dataSource.transaction(async (manager) => {
      for (let start = 0; start < unique.length; start += UPSERT_BATCH_SIZE) {
        await manager.query(UPSERT_SQL, [JSON.stringify(unique.slice(start, start + UPSERT_BATCH_SIZE).map(toRow))]);
      }
    });
  }

  async remove(ids: readonly string[]): Promise<void> {
    // An id that is no uuid names no document.
    const uuids = ids.filter((id) => UUID.test(id));
    if (uuids.length === 0) return;
    // The vocabulary keeps the words: a stale word just matches nothing.
    await this.dataSource.query('DELETE FROM need_search_document WHERE id = ANY($1::uuid[])', [uuids]);
  }

  async clear(): Promise<void> {
    await this.dataSource.query('TRUNCATE need_search_document, need_search_vocabulary');
  }

  async search(query: NeedSearchQuery): Promise<NeedSearchResult> {
    const words = textSearchQueryWords(query.text);
    const terms = words.length > 0 ? await this.queryTerms(words) : null;
    // Words that are all stop words leave no lexeme to look for: nothing matches.
    if (terms && terms.query === '') return { hits: [], totalCount: 0, facets: emptyNeedFacets() };

    const params = new SqlParameters();
    const conditions: string[] = [];
    const tsquery = terms ? params.add(terms.query) : null;
    if (tsquery) conditions.push(`d.search_vector @@ ${tsquery}::tsquery`);
    conditions.push(...filterConditions(query.filter, params));
    const audience = audienceCondition(query.audience, params);
    if (audience) conditions.push(audience);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    // Typed words count once more, so exact forms rank above their fuzzy neighbours.
    const score = tsquery
      ? `ts_rank(d.search_vector, ${tsquery}::tsquery) + coalesce(ts_rank(d.search_vector, ${params.add(terms?.exact ?? null)}::tsquery), 0)`
      : '0';
    const offset = params.add(Math.max(0, Math.floor(query.offset)));
    const limit = params.add(Math.max(0, Math.min(this.maxLimit, Math.floor(query.limit))));

    const [row] = (await this.dataSource.query(
      `WITH matches AS MATERIALIZED (
         SELECT d.id, d.facet_values, d.updated_at, (${score})::float8 AS score FROM need_search_document d ${where}
       ),
       page AS (
         SELECT m.id, m.score, m.updated_at FROM matches m ORDER BY m.score DESC, m.updated_at DESC, m.id OFFSET ${offset} LIMIT ${limit}
       )
       SELECT
         (SELECT count(*)::int FROM matches) AS total,
         (SELECT coalesce(json_agg(json_build_object('value', f.value, 'count', f.n)), '[]'::json)
            FROM (SELECT v.value, count(*)::int AS n FROM matches m CROSS JOIN LATERAL unnest(m.facet_values) AS v(value) GROUP BY v.value) f
         ) AS facets,
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'score', p.score, 'highlights', ${tsquery ? highlightsSql(tsquery) : `'[]'::json`})
                   ORDER BY p.score DESC, p.updated_at DESC, p.id), '[]'::json)
            FROM page p JOIN need_search_document d ON d.id = p.id
         ) AS hits`,
      params.values,
    )) as { total: number; facets: { value: string; count: number }[]; hits: { id: string; score: number; highlights: NeedSearchHighlight[] }[] }[];

    return {
      totalCount: row?.total ?? 0,
      facets: toNeedFacets(row?.facets ?? []),
      hits: (row?.hits ?? []).map((hit) => ({ id: hit.id, score: hit.score, highlights: hit.highlights })),
    };
  }

  /** Expands every query word to similar vocabulary words and stems all of them in fi, sv and en. */
  private queryTerms(words: string[]): Promise<TextQueryTerms> {
    return expandTextQuery(this.dataSource, 'need_search_vocabulary', words, {
      similarityThreshold: this.similarityThreshold,
      expansionsPerWord: this.expansionsPerWord,
    });
  }
}

/**
 * Title whole, description as fragments, each marked in the first of fi, sv and en whose stems
 * hit (a need has one text in whatever language its author wrote). The text is HTML-escaped
 * first, so the only markup in a snippet is our <em>.
 */
function highlightsSql(tsquery: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('field', h.field, 'snippet', h.snippet) ORDER BY h.position), '[]'::json)
    FROM (
      SELECT DISTINCT ON (x.position) x.position, x.field, x.snippet
      FROM (
        SELECT f.position, f.field, c.rank,
               ${headlineSql('c.config', 'f.body', tsquery, `'${HEADLINE_MARKS}, ' || f.options`)} AS snippet
        FROM (VALUES (0, 'title', d.document ->> 'title', 'HighlightAll=true'),
                     (1, 'description', d.document ->> 'description', '${HEADLINE_FRAGMENTS}')) AS f(position, field, body, options)
        CROSS JOIN (VALUES ${PG_TEXT_SEARCH_CONFIGS.map((config, rank) => `(${rank}, '${config}'::regconfig)`).join(', ')}) AS c(rank, config)
        WHERE f.body IS NOT NULL AND f.body <> ''
      ) x
      WHERE x.snippet LIKE '%<em>%'
      ORDER BY x.position, x.rank
    ) h)`;
}

// One statement: the documents and their words.
const UPSERT_SQL = `
  WITH input AS (
    SELECT r.* FROM jsonb_to_recordset($1::jsonb) AS r(
      id uuid, company_id uuid, visibility text, stage text, municipality_code text, employment_area_id uuid,
      company_area_ids uuid[], forwarded_provider_ids uuid[], facet_values text[], updated_at timestamptz, document jsonb)
  ),
  vocabulary AS (
    ${insertVocabularySql('need_search_vocabulary', {
      from: 'input i',
      texts: ["i.document ->> 'title'", "i.document ->> 'description'", "i.document ->> 'occupationLabel'", "i.document ->> 'companyName'"],
      orderByWord: true,
    })}
  )
  INSERT INTO need_search_document AS d (
    id, company_id, visibility, stage, municipality_code, employment_area_id, company_area_ids, forwarded_provider_ids,
    facet_values, updated_at, document)
  SELECT id, company_id, visibility, stage, municipality_code, employment_area_id, company_area_ids, forwarded_provider_ids,
         facet_values, updated_at, document
  FROM input
  ON CONFLICT (id) DO UPDATE SET
    company_id = EXCLUDED.company_id,
    visibility = EXCLUDED.visibility,
    stage = EXCLUDED.stage,
    municipality_code = EXCLUDED.municipality_code,
    employment_area_id = EXCLUDED.employment_area_id,
    company_area_ids = EXCLUDED.company_area_ids,
    forwarded_provider_ids = EXCLUDED.forwarded_provider_ids,
    facet_values = EXCLUDED.facet_values,
    updated_at = EXCLUDED.updated_at,
    document = EXCLUDED.document,
    indexed_at = now()
  WHERE d.document IS DISTINCT FROM EXCLUDED.document`;
