/** What /health needs of the search engine; the catalogue provides it under this token. */
export interface SearchHealth {
  readonly name: string;
  ping(): Promise<boolean>;
}

export const SEARCH_HEALTH = Symbol('SEARCH_HEALTH');
