import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FacetValueType } from '@ytmt/catalogue';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { RegionsService } from '@ytmt/regions';
import { DataSource } from 'typeorm';
import { NeedSearchConnection, NeedSearchHitType, SearchNeedsArgs } from './dto/need-search.types';
import { Adjustment, Measure, NeedKind, NeedStage, NeedVisibility } from './need.enums';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NeedsErrorCode, NeedsException } from './needs.exception';
import { ProviderCoverageReader } from './provider-coverage.reader';
import { NEED_SEARCH_ENGINE, NeedFacetCount, NeedSearchAudience, NeedSearchEngine, NeedSearchFilter } from './search/need-search.port';
import { canSee, needSearchAudience } from './search/need-visibility';

const KIND_LABELS: Record<NeedKind, string> = {
  RECRUITMENT: 'Rekrytointi',
  COMPETENCE_DEVELOPMENT: 'Osaamisen kehittäminen',
  SUPPORT_AND_ADVICE: 'Tuki ja neuvonta',
};
const STAGE_LABELS: Record<NeedStage, string> = {
  IDENTIFIED: 'Tunnista',
  SPECIFIED: 'Tarkenna',
  DESCRIBED: 'Tarinoi',
  PACKAGED: 'Tuotteista',
  OFFERED: 'Tarjoa',
  FILLED: 'Työllistä',
  CLOSED: 'Suljettu',
};
const MEASURE_LABELS: Record<Measure, string> = {
  PAY_SUBSIDY: 'Palkkatuki',
  APPRENTICESHIP: 'Oppisopimus',
  WORK_TRIAL: 'Työkokeilu',
  RECRUITMENT_TRAINING: 'Rekrytointikoulutus',
  JOB_COACHING: 'Työhönvalmennus',
};
const ADJUSTMENT_LABELS: Record<Adjustment, string> = {
  WORKING_TIME: 'Työaika',
  PHYSICAL_WORKPLACE: 'Fyysinen työympäristö',
  WORK_TASKS: 'Työtehtävät',
  WORK_ENVIRONMENT: 'Työyhteisö ja -ympäristö',
  LANGUAGE_SUPPORT: 'Kielituki',
};
const PRECISION_LABELS: Record<string, string> = { true: 'Avoin täsmätyökykyisille', false: 'Ei erikseen avoin täsmätyökykyisille' };

/**
 * Need search for everyone: validates the filter, turns the caller into an audience (the rule is
 * need-visibility.ts), asks the engine, checks each hit against the need as it is now, labels the
 * facets. Anonymous callers find open PUBLIC needs only.
 */
@Injectable()
export class NeedSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NEED_SEARCH_ENGINE) private readonly engine: NeedSearchEngine,
    private readonly documents: NeedSearchDocumentReader,
    private readonly coverage: ProviderCoverageReader,
    private readonly regions: RegionsService,
  ) {}

  /** The caller's audience: provider users bring where their organisations' published services are available. */
  async audience(principal: Principal | null): Promise<NeedSearchAudience> {
    const providers = principal ? organizationsWithRole(principal, Role.PROVIDER_USER) : [];
    return needSearchAudience(principal, providers.length > 0 ? await this.coverage.read(providers) : undefined);
  }

  async search(principal: Principal | null, args: SearchNeedsArgs): Promise<NeedSearchConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    // The argument validation refuses this too; the service does not rely on being called through it.
    if (first < 1 || first > MAX_PAGE_SIZE) throw NeedsException.field(NeedsErrorCode.INVALID_SEARCH, 'first', `must be between 1 and ${MAX_PAGE_SIZE}`);
    const offset = args.after ? this.offsetOf(args.after) + 1 : 0;
    const filter = await this.engineFilter(args);
    const audience = await this.audience(principal);
    const text = args.query?.trim() ? args.query.trim() : null;
    const result = await this.engine.search({ text, filter, audience, offset, limit: first });

    // The index lags the database by a job: a hit whose need changed since (made less visible,
    // forward withdrawn, deleted) is checked against the need as it is now, by the same rule.
    const current = new Map((await this.documents.load(result.hits.map((hit) => hit.id))).map((document) => [document.id, document]));
    const edges = result.hits.flatMap((hit, index) => {
      const document = current.get(hit.id);
      if (!document || !canSee(audience, document)) return [];
      const node: NeedSearchHitType = {
        id: document.id,
        companyId: document.companyId,
        companyName: document.companyName,
        title: document.title,
        kinds: document.kinds as NeedKind[],
        municipalityCode: document.municipalityCode,
        employmentAreaId: document.employmentAreaId,
        stage: document.stage as NeedStage,
        visibility: document.visibility as NeedVisibility,
        measuresOpenTo: document.measures as Measure[],
        adjustmentsOffered: document.adjustments as Adjustment[],
        openToPrecisionCapable: document.openToPrecisionCapable,
        occupationLabel: document.occupationLabel,
        forwardedToYou: document.forwardedProviderIds.some((id) => audience.providerIds.includes(id)),
        updatedAt: new Date(document.updatedAt),
        score: hit.score,
        highlights: hit.highlights,
      };
      return [{ cursor: encodeCursor(String(offset + index)), node }];
    });
    const facets = result.facets;
    return {
      edges,
      totalCount: result.totalCount,
      pageInfo: {
        hasNextPage: offset + result.hits.length < result.totalCount,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      facets: {
        kind: labelled(facets.kind, KIND_LABELS),
        municipality: labelled(facets.municipality, await this.names('SELECT code AS key, name_fi AS label FROM municipality WHERE code = ANY($1)', facets.municipality)),
        employmentArea: labelled(
          facets.employmentArea,
          await this.names('SELECT id::text AS key, name_fi AS label FROM employment_area WHERE id::text = ANY($1)', facets.employmentArea),
        ),
        measure: labelled(facets.measure, MEASURE_LABELS),
        adjustment: labelled(facets.adjustment, ADJUSTMENT_LABELS),
        openToPrecisionCapable: labelled(facets.openToPrecisionCapable, PRECISION_LABELS),
        stage: labelled(facets.stage, STAGE_LABELS),
        occupationGroup: labelled(facets.occupationGroup, await this.names('SELECT code AS key, name_fi AS label FROM isco_group WHERE code = ANY($1)', facets.occupationGroup)),
      },
    };
  }

  private offsetOf(cursor: string): number {
    const value = Number(decodeCursor(cursor, 'after'));
    if (!Number.isInteger(value) || value < 0) throw NeedsException.field(NeedsErrorCode.INVALID_SEARCH, 'after', 'is not a cursor returned by this API');
    return value;
  }

  private async engineFilter(args: SearchNeedsArgs): Promise<NeedSearchFilter> {
    const filter = args.filter ?? {};
    await this.regions.assertMunicipalitiesExist(filter.municipalityCodes ?? [], 'filter.municipalityCodes');
    const areaIds = filter.employmentAreaIds ?? [];
    if (areaIds.length > 0) {
      const rows = (await this.dataSource.query('SELECT id::text AS id FROM employment_area WHERE id = ANY($1::uuid[])', [areaIds])) as { id: string }[];
      const known = new Set(rows.map((row) => row.id));
      const index = areaIds.findIndex((id) => !known.has(id));
      if (index >= 0) throw NeedsException.field(NeedsErrorCode.INVALID_SEARCH, `filter.employmentAreaIds[${index}]`, 'no such employment area');
    }
    return {
      kinds: filter.kinds,
      municipalityCodes: filter.municipalityCodes,
      employmentAreaIds: filter.employmentAreaIds,
      measures: filter.measures,
      adjustments: filter.adjustments,
      openToPrecisionCapable: filter.openToPrecisionCapable,
      stages: filter.stages,
      occupationGroups: filter.occupationGroups,
    };
  }

  /** Finnish names of facet values from a reference table (key, label). */
  private async names(sql: string, counts: NeedFacetCount[]): Promise<Record<string, string>> {
    if (counts.length === 0) return {};
    const rows = (await this.dataSource.query(sql, [counts.map((count) => count.value)])) as { key: string; label: string }[];
    return Object.fromEntries(rows.map((row) => [row.key, row.label]));
  }
}

function labelled(counts: NeedFacetCount[], labels: Record<string, string>): FacetValueType[] {
  return counts.map((count) => ({ value: count.value, count: count.count, label: labels[count.value] ?? count.value }));
}
