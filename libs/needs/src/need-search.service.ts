import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, offsetAfter, organizationsWithRole, Principal, Role, toOffsetConnection } from '@ytmt/core';
import { RegionNamesReader, RegionsService } from '@ytmt/regions';
import { NeedSearchConnection, NeedSearchHitType, SearchNeedsArgs } from './dto/need-search.types';
import { Adjustment, Measure, NeedKind, NeedStage, NeedVisibility } from './need.enums';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NeedsErrorCode, NeedsException } from './needs.exception';
import { ProviderCoverageReader } from './provider-coverage.reader';
import { NeedFacetLabels } from './search/need-facet-labels';
import { NEED_SEARCH_ENGINE, NeedSearchAudience, NeedSearchEngine, NeedSearchFilter } from './search/need-search.port';
import { canSee, needSearchAudience } from './search/need-visibility';

/**
 * Need search for everyone: validates the filter, turns the caller into an audience (the rule is
 * need-visibility.ts), asks the engine, checks each hit against the need as it is now, labels the
 * facets. Anonymous callers find open PUBLIC needs only.
 */
@Injectable()
export class NeedSearchService {
  constructor(
    @Inject(NEED_SEARCH_ENGINE) private readonly engine: NeedSearchEngine,
    private readonly documents: NeedSearchDocumentReader,
    private readonly coverage: ProviderCoverageReader,
    private readonly regions: RegionsService,
    private readonly regionNames: RegionNamesReader,
    private readonly facetLabels: NeedFacetLabels,
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
    const offset = offsetAfter(args.after, () => NeedsException.field(NeedsErrorCode.INVALID_SEARCH, 'after', 'is not a cursor returned by this API'));
    const filter = await this.engineFilter(args);
    const audience = await this.audience(principal);
    const text = args.query?.trim() ? args.query.trim() : null;
    const result = await this.engine.search({ text, filter, audience, offset, limit: first });

    // The index lags the database by a job: a hit whose need changed since (made less visible,
    // forward withdrawn, deleted) is checked against the need as it is now, by the same rule.
    const current = new Map((await this.documents.load(result.hits.map((hit) => hit.id))).map((document) => [document.id, document]));
    const connection = toOffsetConnection(result.hits, offset, result.totalCount, (hit): NeedSearchHitType | null => {
      const document = current.get(hit.id);
      if (!document || !canSee(audience, document)) return null;
      return {
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
    });
    return { ...connection, facets: await this.facetLabels.label(result.facets) };
  }

  private async engineFilter(args: SearchNeedsArgs): Promise<NeedSearchFilter> {
    const filter = args.filter ?? {};
    await this.regions.assertMunicipalitiesExist(filter.municipalityCodes ?? [], 'filter.municipalityCodes');
    const areaIds = filter.employmentAreaIds ?? [];
    if (areaIds.length > 0) {
      const known = await this.regionNames.employmentAreasByIds(areaIds);
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
}
