/**
 * The search port. Domain libs index and query documents through it; adapters (PostgreSQL
 * full-text search by default, Meilisearch optionally) implement it. Filled in by the catalogue.
 */
export interface SearchEngine<TDocument extends { id: string }, TQuery, TResult> {
  readonly name: string;
  upsert(documents: readonly TDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  search(query: TQuery): Promise<TResult>;
  ping(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
