// The search port of the advice articles, a small sibling of the catalogue's service search
// port: the advice lib hands flat documents to the engine and searches through it. Adapter:
// PostgreSQL full-text search with the catalogue's text search configurations.

export type AdviceSearchLanguage = 'fi' | 'sv' | 'en';

export interface AdviceLocalizedText {
  fi: string;
  sv: string | null;
  en: string | null;
}

export interface AdviceSearchDocument {
  id: string;
  title: AdviceLocalizedText;
  summary: AdviceLocalizedText;
  body: AdviceLocalizedText;
  topics: string[];
  publishedAt: string;
}

export interface AdviceSearchQuery {
  /** Free text in Finnish, Swedish or English; empty lists everything that passes the topics. */
  text: string | null;
  /** Articles with any of these topics; empty or missing for all. */
  topics?: string[];
  /** The language the highlights are taken from (Finnish where the article has no such text). */
  language: AdviceSearchLanguage;
  offset: number;
  limit: number;
}

export interface AdviceSearchHighlight {
  /** e.g. `title.fi`, `summary.sv`. */
  field: string;
  /** The matching text with hits wrapped in <em>…</em>. */
  snippet: string;
}

export interface AdviceSearchHit {
  id: string;
  score: number;
  highlights: AdviceSearchHighlight[];
}

export interface AdviceSearchResult {
  hits: AdviceSearchHit[];
  totalCount: number;
}

export interface AdviceSearchEngine {
  /** Insert or replace; idempotent for the same document. */
  upsert(documents: readonly AdviceSearchDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Removes every document and the vocabulary. */
  clear(): Promise<void>;
  search(query: AdviceSearchQuery): Promise<AdviceSearchResult>;
}

export const ADVICE_SEARCH_ENGINE = Symbol('ADVICE_SEARCH_ENGINE');
