// The catalogue's search port. The catalogue turns a published service into a
// ServiceSearchDocument and hands it to whichever engine is configured; searches go through the
// same port. Adapters: PostgreSQL full-text search (default) and Meilisearch.

export type Sector = 'PUBLIC' | 'PRIVATE' | 'THIRD_SECTOR';
export type Audience = 'EMPLOYERS' | 'JOBSEEKERS' | 'BOTH';
export type DeliveryMode = 'ON_SITE' | 'REMOTE' | 'HYBRID';
export type SearchLanguage = 'fi' | 'sv' | 'en';

export interface LocalizedText {
  fi: string;
  sv: string | null;
  en: string | null;
}

/** A published service as the search engines see it: flat, denormalised, no personal data. */
export interface ServiceSearchDocument {
  id: string;
  organizationId: string;
  organizationName: string;
  /** Stored for the sector facet and filter only; never used in ranking. */
  sector: Sector;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  /** Taxonomy codes, e.g. PAY_SUBSIDY. */
  categories: string[];
  targetGroups: string[];
  audience: Audience;
  deliveryMode: DeliveryMode;
  /** ISO 639-1 codes of the languages the service is given in. */
  languages: string[];
  isFree: boolean;
  isNational: boolean;
  /** Employment areas the service covers (besides national). */
  employmentAreaIds: string[];
  /** Municipalities the service covers explicitly (besides its employment areas). */
  municipalityCodes: string[];
  locations: { latitude: number; longitude: number }[];
  publishedAt: string;
}

export type CoverageScope = 'ALL' | 'REGIONAL' | 'NATIONAL';

export interface ServiceSearchFilter {
  categories?: string[];
  targetGroups?: string[];
  sectors?: Sector[];
  deliveryModes?: DeliveryMode[];
  languages?: string[];
  audience?: Audience;
  isFree?: boolean;
  /**
   * Services available in a place: national ones, those covering the employment area and those
   * naming the municipality. REGIONAL leaves national services out, NATIONAL keeps only them.
   * The catalogue resolves the municipality's employment area before calling the engine.
   */
  coverage?: { municipalityCode: string | null; employmentAreaId: string | null; scope: CoverageScope };
}

export type ServiceSort = { by: 'RELEVANCE' } | { by: 'DISTANCE'; latitude: number; longitude: number };

export interface ServiceSearchQuery {
  /** Free text in Finnish, Swedish or English; empty lists everything that passes the filter. */
  text: string | null;
  filter: ServiceSearchFilter;
  sort: ServiceSort;
  /** Offset pagination: engines page by offset; the GraphQL layer wraps it in cursors. */
  offset: number;
  limit: number;
  /**
   * Whether facet counts are wanted (default true). Without, the result's facets are empty and
   * the engine only counts the matches: no facet work at all.
   */
  facets?: boolean;
  /** Whether hits need their highlights (default true); without, they come back empty. */
  highlights?: boolean;
}

export interface SearchHighlight {
  /** e.g. `name.fi`, `summary.sv`. */
  field: string;
  /** The matching text with hits wrapped in <em>…</em>. */
  snippet: string;
}

export interface ServiceSearchHit {
  id: string;
  score: number;
  highlights: SearchHighlight[];
  /** Kilometres to the nearest location when sorting by distance; null otherwise or if none. */
  distanceKm: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Counts over everything that matches the text and filter (not just the page). */
export interface ServiceFacets {
  category: FacetCount[];
  targetGroup: FacetCount[];
  sector: FacetCount[];
  deliveryMode: FacetCount[];
  language: FacetCount[];
  cost: FacetCount[]; // values FREE and PAID
  area: FacetCount[]; // values NATIONAL, employment area ids, and municipality codes prefixed `municipality:`
}

export interface ServiceSearchResult {
  hits: ServiceSearchHit[];
  totalCount: number;
  facets: ServiceFacets;
}

export interface ServiceSearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates tables or index settings; idempotent. */
  prepare(): Promise<void>;
  /** Insert or replace; idempotent for the same document. */
  upsert(documents: readonly ServiceSearchDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Removes every document (used by reindex and tests). */
  clear(): Promise<void>;
  search(query: ServiceSearchQuery): Promise<ServiceSearchResult>;
  ping(): Promise<boolean>;
}

export const SERVICE_SEARCH_ENGINE = Symbol('SERVICE_SEARCH_ENGINE');
