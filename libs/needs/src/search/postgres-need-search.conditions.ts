// How the PostgreSQL need search adapter writes a document as a row of need_search_document, and
// a filter and an audience as SQL conditions on it (alias d). The audience condition is canSee
// (need-visibility.ts) in SQL: keep the two in step.
import { NEED_FACET_NAMES, NeedFacets, NeedSearchAudience, NeedSearchDocument, NeedSearchFilter, emptyNeedFacets, sortFacetCounts } from './need-search.port';
import { FINISHED_NEED_STAGES, PROVIDER_VISIBLE } from './need-visibility';

type FacetName = keyof NeedFacets;

export interface NeedRow {
  id: string;
  company_id: string;
  visibility: string;
  stage: string;
  municipality_code: string | null;
  employment_area_id: string | null;
  company_area_ids: string[];
  forwarded_provider_ids: string[];
  /** `<facet>:<value>`: one GIN index serves every filter, and a value names its facet. */
  facet_values: string[];
  updated_at: string;
  document: NeedSearchDocument;
}

const facet = (name: FacetName, value: string | boolean) => `${name}:${value}`;

export function facetValuesOf(document: NeedSearchDocument): string[] {
  return [
    ...new Set([
      ...document.kinds.map((value) => facet('kind', value)),
      ...(document.municipalityCode ? [facet('municipality', document.municipalityCode)] : []),
      ...(document.employmentAreaId ? [facet('employmentArea', document.employmentAreaId)] : []),
      ...document.measures.map((value) => facet('measure', value)),
      ...document.adjustments.map((value) => facet('adjustment', value)),
      facet('openToPrecisionCapable', document.openToPrecisionCapable),
      facet('stage', document.stage),
      ...document.occupationGroups.map((value) => facet('occupationGroup', value)),
    ]),
  ].sort();
}

export function toRow(document: NeedSearchDocument): NeedRow {
  return {
    id: document.id,
    company_id: document.companyId,
    visibility: document.visibility,
    stage: document.stage,
    municipality_code: document.municipalityCode,
    employment_area_id: document.employmentAreaId,
    company_area_ids: [...new Set(document.companyAreaIds)].sort(),
    forwarded_provider_ids: [...new Set(document.forwardedProviderIds)].sort(),
    facet_values: facetValuesOf(document),
    updated_at: document.updatedAt,
    document,
  };
}

/** Numbered SQL parameters, collected while the statement is built. */
export class SqlParameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** One condition per filtered facet: any of its values. An empty list is no filter. */
export function filterConditions(filter: NeedSearchFilter, params: SqlParameters): string[] {
  const conditions: string[] = [];
  const anyOf = (name: FacetName, values: readonly (string | boolean)[] | undefined) => {
    if (!values || values.length === 0) return;
    conditions.push(`d.facet_values && ${params.add(values.map((value) => facet(name, value)))}::text[]`);
  };
  anyOf('kind', filter.kinds);
  anyOf('municipality', filter.municipalityCodes);
  anyOf('employmentArea', filter.employmentAreaIds);
  anyOf('measure', filter.measures);
  anyOf('adjustment', filter.adjustments);
  if (filter.openToPrecisionCapable !== undefined && filter.openToPrecisionCapable !== null) {
    anyOf('openToPrecisionCapable', [filter.openToPrecisionCapable]);
  }
  anyOf('stage', filter.stages);
  anyOf('occupationGroup', filter.occupationGroups);
  return conditions;
}

/**
 * canSee as SQL: the needs the audience may find. Null when nothing is hidden from it (platform
 * admins); "false" when it holds no grant at all.
 */
export function audienceCondition(audience: NeedSearchAudience, params: SqlParameters): string | null {
  if (audience.all) return null;
  const grants: string[] = [];
  if (audience.companyIds.length > 0) grants.push(`d.company_id = ANY(${params.add(audience.companyIds)}::uuid[])`);
  if (audience.providerIds.length > 0) grants.push(`d.forwarded_provider_ids && ${params.add(audience.providerIds)}::uuid[]`);
  if (audience.public) {
    grants.push(`(d.visibility = 'PUBLIC' AND d.stage <> ALL(${params.add(FINISHED_NEED_STAGES)}::text[]))`);
  }
  const near: string[] = [];
  if (audience.coordinatorAreaIds.length > 0) {
    const areas = params.add(audience.coordinatorAreaIds);
    grants.push(`d.company_area_ids && ${areas}::uuid[]`);
    near.push(`d.employment_area_id = ANY(${areas}::uuid[])`);
  }
  const coverage = audience.providerCoverage;
  if (coverage.national) {
    near.push('true');
  } else {
    if (coverage.areaIds.length > 0) near.push(`d.employment_area_id = ANY(${params.add(coverage.areaIds)}::uuid[])`);
    if (coverage.municipalityCodes.length > 0) near.push(`d.municipality_code = ANY(${params.add(coverage.municipalityCodes)}::text[])`);
  }
  if (near.length > 0) grants.push(`(d.visibility = ANY(${params.add(PROVIDER_VISIBLE)}::text[]) AND (${near.join(' OR ')}))`);
  return grants.length > 0 ? `(${grants.join(' OR ')})` : 'false';
}

/** Facet values (`<facet>:<value>`) with their counts → NeedFacets. */
export function toNeedFacets(counts: readonly { value: string; count: number }[]): NeedFacets {
  const facets = emptyNeedFacets();
  const names = new Set<string>(NEED_FACET_NAMES);
  for (const { value, count } of counts) {
    const separator = value.indexOf(':');
    const name = value.slice(0, separator);
    if (names.has(name)) facets[name as FacetName].push({ value: value.slice(separator + 1), count });
  }
  for (const list of Object.values(facets)) sortFacetCounts(list);
  return facets;
}
