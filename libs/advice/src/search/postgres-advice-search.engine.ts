import { DataSource } from 'typeorm';
import {
  PG_TEXT_SEARCH_CONFIGS,
  TextQueryTerms,
  expandTextQuery,
  HEADLINE_FRAGMENTS,
  HEADLINE_MARKS,
  headlineSql,
  insertVocabularySql,
  localizedTextPaths,
  textSearchQueryWords,
} from '@ytmt/core';
import {
  AdviceSearchDocument,
  AdviceSearchEngine,
  AdviceSearchHighlight,
  AdviceSearchQuery,
  AdviceSearchResult,
} from './advice-search.port';

// The same approach as the catalogue's PostgresServiceSearchEngine, scaled down to tens of
// articles: the text search configurations service_search_fi/sv/en (unaccent + stemmer), and a
// trigram vocabulary of the indexed words that expands each query word to the inflected and
// misspelt forms the stemmers cannot join ("palkkatuesta" → palkkatuki, "oppisopimuksen").

const CONFIGS = PG_TEXT_SEARCH_CONFIGS;
const LANGUAGES = ['fi', 'sv', 'en'] as const;
const SIMILARITY_THRESHOLD = 0.45;
const EXPANSIONS_PER_WORD = 6;
const MAX_LIMIT = 100;

/** Splits free text into words: letters and digits only. */
export const adviceQueryWords = textSearchQueryWords;

export class PostgresAdviceSearchEngine implements AdviceSearchEngine {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(documents: readonly AdviceSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    await this.dataSource.query(UPSERT_SQL, [JSON.stringify(unique.map((d) => ({ id: d.id, topics: d.topics, published_at: d.publishedAt, document: d })))]);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // The vocabulary keeps the words: a stale word just matches nothing.
    await this.dataSource.query('DELETE FROM advice_search_document WHERE id = ANY($1::uuid[])', [[...ids]]);
  }

  async clear(): Promise<void> {
    await this.dataSource.query('TRUNCATE advice_search_document, advice_search_vocabulary');
  }

  async search(query: AdviceSearchQuery): Promise<AdviceSearchResult> {
    const words = adviceQueryWords(query.text);
    const terms = words.length > 0 ? await this.queryTerms(words) : null;
    // Words that are all stop words leave no lexeme to look for: nothing matches.
    if (terms && terms.query === '') return { hits: [], totalCount: 0 };

    const params: unknown[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    if (terms) conditions.push(`d.search_vector @@ ${add(terms.query)}::tsquery`);
    if (query.topics && query.topics.length > 0) conditions.push(`d.topics && ${add(query.topics)}::text[]`);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const limit = Math.max(0, Math.min(query.limit, MAX_LIMIT));

    const score = terms
      ? `ts_rank(d.search_vector, ${add(terms.query)}::tsquery)${terms.exact ? ` + ts_rank(d.search_vector, ${add(terms.exact)}::tsquery)` : ''}`
      : '0';
    // Only the three known codes ever reach the SQL text.
    const index = Math.max(0, LANGUAGES.indexOf(query.language));
    const lang = LANGUAGES[index]!;
    const config = CONFIGS[index]!;
    const highlightQuery = terms ? add(terms.query) : null;
    // The requested language (Finnish where the article has none), and Finnish as a fallback
    // for a query that matched only the Finnish text.
    const highlight = (field: string, options: string, language: string) => {
      const text = `coalesce(d.document #>> '{${field},${language}}', d.document #>> '{${field},fi}')`;
      const fieldName = `CASE WHEN d.document #>> '{${field},${language}}' IS NULL THEN '${field}.fi' ELSE '${field}.${language}' END`;
      const snippet = headlineSql(`'${language === lang ? config : CONFIGS[0]}'`, text, `${highlightQuery}`, `'${HEADLINE_MARKS}, ${options}'`);
      return `jsonb_build_object('field', ${fieldName}, 'snippet', ${snippet})`;
    };
    const highlightsOf = (language: string) =>
      `ARRAY[${highlight('title', 'HighlightAll=true', language)}, ${highlight('summary', HEADLINE_FRAGMENTS, language)}, ${highlight('body', HEADLINE_FRAGMENTS, language)}]`;
    const highlights = highlightQuery
      ? lang === 'fi'
        ? highlightsOf('fi')
        : `${highlightsOf(lang)} || ${highlightsOf('fi')}`
      : `ARRAY[]::jsonb[]`;

    const rows = (await this.dataSource.query(
      `WITH matches AS (
         SELECT d.id, d.document, d.published_at, ${score} AS score, count(*) OVER () AS total
         FROM advice_search_document d ${where}
       ),
       page AS (
         SELECT * FROM matches ORDER BY score DESC, published_at DESC, id OFFSET ${add(query.offset)} LIMIT ${add(limit)}
       )
       SELECT d.id, d.score::float8 AS score, d.total::int AS total, ${highlights} AS highlights
       FROM page d ORDER BY d.score DESC, d.published_at DESC, d.id`,
      params,
    )) as { id: string; score: number; total: number; highlights: AdviceSearchHighlight[] }[];

    let totalCount = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.offset > 0) {
      const [row] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM advice_search_document d ${where}`, params.slice(0, conditions.length))) as {
        total: number;
      }[];
      totalCount = row?.total ?? 0;
    }
    return {
      totalCount,
      hits: rows.map((row) => ({
        id: row.id,
        score: row.score,
        highlights: withHits(row.highlights ?? []),
      })),
    };
  }

  /** Expands every query word to similar vocabulary words and stems all of them in fi, sv and en. */
  private queryTerms(words: string[]): Promise<TextQueryTerms> {
    return expandTextQuery(this.dataSource, 'advice_search_vocabulary', words, {
      similarityThreshold: SIMILARITY_THRESHOLD,
      expansionsPerWord: EXPANSIONS_PER_WORD,
    });
  }
}

/**
 * A field without a hit comes back whole or as its opening: keep only those with a hit, and the
 * first language that has any (the requested one comes first, Finnish after it).
 */
function withHits(highlights: AdviceSearchHighlight[]): AdviceSearchHighlight[] {
  const unique = [...new Map(highlights.filter((h) => h.snippet.includes('<em>')).map((h) => [h.field, h])).values()];
  const language = unique[0]?.field.split('.')[1];
  return unique.filter((h) => h.field.split('.')[1] === language);
}

const UPSERT_SQL = `
  WITH input AS (
    SELECT r.* FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, topics text[], published_at timestamptz, document jsonb)
  ),
  vocabulary AS (
    ${insertVocabularySql('advice_search_vocabulary', {
      from: 'input i',
      texts: localizedTextPaths('i.document', ['title', 'summary', 'body']),
    })}
  )
  INSERT INTO advice_search_document AS d (id, topics, published_at, document)
  SELECT id, topics, published_at, document FROM input
  ON CONFLICT (id) DO UPDATE SET topics = EXCLUDED.topics, published_at = EXCLUDED.published_at, document = EXCLUDED.document
  WHERE d.document IS DISTINCT FROM EXCLUDED.document OR d.topics IS DISTINCT FROM EXCLUDED.topics`;
