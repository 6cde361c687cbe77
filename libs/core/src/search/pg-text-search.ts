/**
 * Shared pieces of the PostgreSQL full-text search engines (catalogue services, advice
 * articles): the text search configurations service_search_fi/sv/en (unaccent + stemmer), and a
 * trigram vocabulary of the indexed words that expands each query word to the inflected and
 * misspelt forms the stemmers cannot join. Pure helpers and SQL builders, and expandTextQuery
 * that runs the expansion: each engine keeps its own tables, ranking, facets and highlights.
 */

/** The text search configurations every query word is stemmed in: Finnish, Swedish, English. */
export const PG_TEXT_SEARCH_CONFIGS = ['service_search_fi', 'service_search_sv', 'service_search_en'] as const;
/** Query words shorter than this are not expanded: trigrams of short words match too much. */
export const PG_TEXT_SEARCH_MIN_EXPANDED_WORD_LENGTH = 4;
/** Words of a query beyond this many are ignored. */
export const PG_TEXT_SEARCH_MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** Splits free text into query words: lower case, letters and digits only, at most 8 of them. */
export function textSearchQueryWords(text: string | null): string[] {
  if (!text) return [];
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= MAX_WORD_LENGTH)
    .slice(0, PG_TEXT_SEARCH_MAX_QUERY_WORDS);
}

/** A tsquery lexeme literal: quotes and backslashes escaped. */
export function tsqueryLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A row of expandQueryWordsSql: one lexeme of a query word (ordinal) or of one of its expansions. */
export interface QueryWordExpansion {
  ordinal: string;
  /** The lexeme stems the word as typed, not an expansion. */
  exact: boolean;
  lexeme: string;
}

export interface TextQueryTerms {
  /** All words ANDed, each an OR of its stems and the stems of its expansions. */
  query: string;
  /** The stems of the words as typed, ORed: documents using them rank above near misses. */
  exact: string | null;
}

/** Builds the tsqueries from the rows of expandQueryWordsSql; an empty query when no word left a lexeme. */
export function textQueryTerms(rows: readonly QueryWordExpansion[]): TextQueryTerms {
  const perWord = new Map<string, Set<string>>();
  const exact = new Set<string>();
  for (const row of rows) {
    const lexemes = perWord.get(row.ordinal) ?? new Set<string>();
    lexemes.add(row.lexeme);
    perWord.set(row.ordinal, lexemes);
    if (row.exact) exact.add(row.lexeme);
  }
  const query = [...perWord.values()]
    .map((lexemes) => `(${[...lexemes].sort().map(tsqueryLexeme).join(' | ')})`)
    .join(' & ');
  return { query, exact: exact.size > 0 ? [...exact].sort().map(tsqueryLexeme).join(' | ') : null };
}

/**
 * A vocabulary table name as a quoted SQL identifier. The name comes from code, never from
 * users; anything but a plain lower-case identifier is refused all the same.
 */
export function vocabularyTableSql(table: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table)) throw new Error(`Invalid vocabulary table name: ${JSON.stringify(table)}`);
  return `"${table}"`;
}

export interface QueryWordExpansionOptions {
  /** Minimum pg_trgm similarity for a vocabulary word to count as a form of a query word. */
  similarityThreshold: number;
  /** How many vocabulary words one query word may expand to. */
  expansionsPerWord: number;
}

/** The parameters of expandQueryWordsSql, in order. */
export function expandQueryWordsParams(words: readonly string[], options: QueryWordExpansionOptions): unknown[] {
  return [[...words], PG_TEXT_SEARCH_MIN_EXPANDED_WORD_LENGTH, options.similarityThreshold, options.expansionsPerWord];
}

/**
 * Expands every query word ($1, unaccented) to similar words of the vocabulary table and stems
 * all of them in fi, sv and en. Rows: QueryWordExpansion. Parameters: expandQueryWordsParams.
 */
export function expandQueryWordsSql(vocabularyTable: string): string {
  return `
  WITH words AS (
    SELECT ordinal, service_search_unaccent(word) AS word
    FROM unnest($1::text[]) WITH ORDINALITY AS t(word, ordinal)
  ),
  terms AS (
    SELECT ordinal, word AS term, true AS exact FROM words
    UNION ALL
    SELECT w.ordinal, v.word, false
    FROM words w
    CROSS JOIN LATERAL (
      SELECT s.word FROM ${vocabularyTableSql(vocabularyTable)} s
      WHERE length(w.word) >= $2 AND s.word % w.word AND s.word <> w.word AND similarity(s.word, w.word) >= $3
      ORDER BY similarity(s.word, w.word) DESC, s.word
      LIMIT $4
    ) v
  )
  SELECT DISTINCT t.ordinal::text AS ordinal, t.exact, l.lexeme
  FROM terms t
  CROSS JOIN unnest('{${PG_TEXT_SEARCH_CONFIGS.join(',')}}'::regconfig[]) AS c(config)
  CROSS JOIN LATERAL unnest(to_tsvector(c.config, t.term)) AS l`;
}

/** What runs a parameterised statement: a DataSource or an EntityManager. */
export interface SqlStatementRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Expands every query word to similar words of the vocabulary table, stems all of them in fi,
 * sv and en, and builds the tsqueries: one statement.
 */
export async function expandTextQuery(
  db: SqlStatementRunner,
  vocabularyTable: string,
  words: readonly string[],
  options: QueryWordExpansionOptions,
): Promise<TextQueryTerms> {
  const rows = (await db.query(expandQueryWordsSql(vocabularyTable), expandQueryWordsParams(words, options))) as QueryWordExpansion[];
  return textQueryTerms(rows);
}

export interface VocabularyInsertOptions {
  /** The rows the texts are read from, e.g. "input i". */
  from: string;
  /** SQL text expressions over those rows whose words go into the vocabulary. */
  texts: readonly string[];
  /** Insert the words in order (concurrent batches then lock them in the same order). */
  orderByWord?: boolean;
}

/**
 * An INSERT (for a data-modifying CTE) adding the unaccented words of the texts, 3 to 40 letters
 * or digits, to the vocabulary table; words already there are kept.
 */
export function insertVocabularySql(vocabularyTable: string, options: VocabularyInsertOptions): string {
  return `INSERT INTO ${vocabularyTableSql(vocabularyTable)} (word)
    SELECT DISTINCT l.lexeme
    FROM ${options.from}
    CROSS JOIN LATERAL unnest(to_tsvector('simple', service_search_unaccent(concat_ws(' ',
      ${options.texts.join(', ')})))) AS l
    WHERE length(l.lexeme) BETWEEN 3 AND 40 AND l.lexeme !~ '[^[:alnum:]]'${options.orderByWord ? '\n    ORDER BY l.lexeme' : ''}
    ON CONFLICT (word) DO NOTHING`;
}

/** `document #>> '{field,language}'` for every field in fi, sv and en, in that order. */
export function localizedTextPaths(document: string, fields: readonly string[]): string[] {
  return fields.flatMap((field) => (['fi', 'sv', 'en'] as const).map((language) => `${document} #>> '{${field},${language}}'`));
}
