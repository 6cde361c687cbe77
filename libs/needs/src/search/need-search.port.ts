// The needs' search port. The needs lib turns a need into a NeedSearchDocument and hands it to
// whichever engine is configured; searches go through the same port, always with the caller's
// audience, so that an engine can never return a need its caller may not see. Adapters:
// PostgreSQL full-text search (default) and Meilisearch. The rule itself is in need-visibility.ts.

export type NeedVisibilityValue = 'PUBLIC' | 'COORDINATORS_AND_PROVIDERS' | 'COORDINATORS_ONLY';

/** A need as the search engines see it: flat, denormalised, no personal data. */
export interface NeedSearchDocument {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  description: string;
  /** NeedKind codes. */
  kinds: string[];
  /** Where the work is; null for a need without a place. */
  municipalityCode: string | null;
  /** The employment area of that municipality. */
  employmentAreaId: string | null;
  /** The company's home area (from its home municipality) and the areas its account is shared with. */
  companyAreaIds: string[];
  /** Measure codes the employer is open to. */
  measures: string[];
  /** Adjustment codes the employer can make. */
  adjustments: string[];
  openToPrecisionCapable: boolean;
  /** NeedStage code. */
  stage: string;
  occupationLabel: string | null;
  /** ISCO-08 codes of the need's occupation: the 1-digit major group and the 4-digit unit group. */
  occupationGroups: string[];
  visibility: NeedVisibilityValue;
  /** Provider organisations a coordinator forwarded the need to. */
  forwardedProviderIds: string[];
  updatedAt: string;
}

/**
 * Who is searching, as plain data (built by needSearchAudience). A need is visible when any of
 * the grants lets the caller see it; see canSee for the rule.
 */
export interface NeedSearchAudience {
  /** Open PUBLIC needs (job ads) for everyone. */
  public: boolean;
  /** Platform admins see every need. */
  all: boolean;
  /** Areas the caller coordinates (coordinators and area admins). */
  coordinatorAreaIds: string[];
  /** Where the published services of the caller's provider organisations are available. */
  providerCoverage: ProviderCoverage;
  /** The caller's provider organisations: needs forwarded to them. */
  providerIds: string[];
  /** The caller's own companies (employer users): all their needs. */
  companyIds: string[];
}

export interface ProviderCoverage {
  national: boolean;
  areaIds: string[];
  municipalityCodes: string[];
}

/** Every list: any of the values (OR within a facet); facets combine with AND; empty = no filter. */
export interface NeedSearchFilter {
  kinds?: string[];
  municipalityCodes?: string[];
  employmentAreaIds?: string[];
  measures?: string[];
  adjustments?: string[];
  openToPrecisionCapable?: boolean;
  stages?: string[];
  /** ISCO codes of either level: "7" (major group) or "7212" (unit group). */
  occupationGroups?: string[];
}

export interface NeedSearchQuery {
  /** Free text in Finnish, Swedish or English; empty lists everything the audience may see. */
  text: string | null;
  filter: NeedSearchFilter;
  audience: NeedSearchAudience;
  /** Offset pagination: the GraphQL layer wraps it in cursors. */
  offset: number;
  limit: number;
}

export interface NeedSearchHighlight {
  /** `title` or `description`. */
  field: string;
  /** The matching text with hits wrapped in <em>…</em>, HTML-escaped otherwise. */
  snippet: string;
}

export interface NeedSearchHit {
  id: string;
  score: number;
  highlights: NeedSearchHighlight[];
}

export interface NeedFacetCount {
  value: string;
  count: number;
}

/** Counts over every need that matches the text and filter and that the audience may see. */
export interface NeedFacets {
  kind: NeedFacetCount[];
  municipality: NeedFacetCount[];
  employmentArea: NeedFacetCount[];
  measure: NeedFacetCount[];
  adjustment: NeedFacetCount[];
  /** Values `true` and `false`. */
  openToPrecisionCapable: NeedFacetCount[];
  stage: NeedFacetCount[];
  /** ISCO codes of both levels. */
  occupationGroup: NeedFacetCount[];
}

export interface NeedSearchResult {
  hits: NeedSearchHit[];
  totalCount: number;
  facets: NeedFacets;
}

export interface NeedSearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Checks tables or creates index settings; idempotent. */
  prepare(): Promise<void>;
  /** Insert or replace; idempotent for the same document. */
  upsert(documents: readonly NeedSearchDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Removes every document (reindex and tests). */
  clear(): Promise<void>;
  search(query: NeedSearchQuery): Promise<NeedSearchResult>;
  ping(): Promise<boolean>;
}

export const NEED_SEARCH_ENGINE = Symbol('NEED_SEARCH_ENGINE');

export const NEED_FACET_NAMES = [
  'kind',
  'municipality',
  'employmentArea',
  'measure',
  'adjustment',
  'openToPrecisionCapable',
  'stage',
  'occupationGroup',
] as const satisfies readonly (keyof NeedFacets)[];

export function emptyNeedFacets(): NeedFacets {
  return { kind: [], municipality: [], employmentArea: [], measure: [], adjustment: [], openToPrecisionCapable: [], stage: [], occupationGroup: [] };
}

/** Most frequent first; equal counts in a fixed order (both engines sort the same way). */
export function sortFacetCounts(counts: NeedFacetCount[]): NeedFacetCount[] {
  return counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
