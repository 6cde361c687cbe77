import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_SEARCH_ENGINE, ServiceAggregate, ServiceRepository, ServiceSearchEngine, toServiceType } from '@ytmt/catalogue';
import { RegionsService } from '@ytmt/regions';
import { SuggestedServiceType } from './dto/need.types';
import { supportReasons } from './need-rules';
import { NeedAggregate } from './need.repository';

const PER_CATEGORY = 5;

export interface ServiceCoverage {
  municipalityCode: string | null;
  employmentAreaId: string | null;
  scope: 'ALL' | 'NATIONAL';
}

interface ServiceSearch {
  coverage: ServiceCoverage;
  categories: string[];
  text: string | null;
  reason: string;
  limit?: number;
}

/** The ids a search finds; one search runs once however many needs ask it. */
type SearchCache = Map<string, Promise<string[]>>;

/**
 * Published services that fit a need: one search per fitting category, limited to services
 * available in the need's municipality (its employment area or national), merged with reasons.
 */
@Injectable()
export class SuggestedServicesService {
  constructor(
    @Inject(SERVICE_SEARCH_ENGINE) private readonly engine: ServiceSearchEngine,
    private readonly services: ServiceRepository,
    private readonly regions: RegionsService,
  ) {}

  async forNeed(aggregate: NeedAggregate): Promise<SuggestedServiceType[]> {
    return (await this.forNeeds([aggregate]))[0];
  }

  /**
   * The suggestions of each need, in the order of the needs: the same as `forNeed` one by one, in
   * a number of queries that grows with the distinct places and categories, not with the needs.
   */
  async forNeeds(aggregates: readonly NeedAggregate[]): Promise<SuggestedServiceType[][]> {
    const reasonsOfNeeds = aggregates.map(({ need, skills }) =>
      supportReasons({
        kinds: need.kinds,
        measuresOpenTo: need.measuresOpenTo,
        adjustmentsOffered: need.adjustmentsOffered,
        requiredSkillLabels: skills.filter((s) => s.required).map((s) => s.label),
        openToPrecisionCapable: need.openToPrecisionCapable,
        anonymousRecruitment: need.anonymousRecruitment,
      }),
    );
    const codes = aggregates.flatMap(({ need }, index) => (reasonsOfNeeds[index].length > 0 && need.municipalityCode ? [need.municipalityCode] : []));
    const areas = await this.regions.employmentAreasOf(codes);
    const cache: SearchCache = new Map();
    const reasonsByServiceOfNeeds: Map<string, string[]>[] = [];
    for (const [index, { need }] of aggregates.entries()) {
      const reasonsByService = new Map<string, string[]>();
      reasonsByServiceOfNeeds.push(reasonsByService);
      if (reasonsOfNeeds[index].length === 0) continue;
      const coverage = toCoverage(need.municipalityCode, areas);
      for (const { categoryCode, reason } of reasonsOfNeeds[index]) {
        await this.collectCached(reasonsByService, { coverage, categories: [categoryCode], text: null, reason }, cache);
      }
    }
    const loaded = await this.loadServices(reasonsByServiceOfNeeds.flatMap((reasonsByService) => [...reasonsByService.keys()]));
    return reasonsByServiceOfNeeds.map((reasonsByService) => toSuggested(reasonsByService, loaded));
  }

  /** Services available in the municipality (its employment area or national); nationwide when none. */
  async coverageOf(municipalityCode: string | null): Promise<ServiceCoverage> {
    if (!municipalityCode) return toCoverage(null, new Map());
    return toCoverage(municipalityCode, await this.regions.employmentAreasOf([municipalityCode]));
  }

  /** One search; each hit gains `reason`. */
  async collect(reasonsByService: Map<string, string[]>, search: ServiceSearch): Promise<void> {
    await this.collectCached(reasonsByService, search, new Map());
  }

  async toSuggested(reasonsByService: Map<string, string[]>): Promise<SuggestedServiceType[]> {
    return toSuggested(reasonsByService, await this.loadServices([...reasonsByService.keys()]));
  }

  private async collectCached(reasonsByService: Map<string, string[]>, search: ServiceSearch, cache: SearchCache): Promise<void> {
    const { coverage, categories, text } = search;
    const limit = search.limit ?? PER_CATEGORY;
    const key = JSON.stringify([coverage.municipalityCode, coverage.employmentAreaId, coverage.scope, categories, text, limit]);
    let hits = cache.get(key);
    if (!hits) {
      hits = this.engine
        .search({ text, filter: { categories, coverage }, sort: { by: 'RELEVANCE' }, offset: 0, limit })
        .then((result) => result.hits.map((hit) => hit.id));
      cache.set(key, hits);
    }
    for (const id of await hits) {
      const reasons = reasonsByService.get(id) ?? [];
      if (!reasons.includes(search.reason)) reasonsByService.set(id, [...reasons, search.reason]);
    }
  }

  /** The services with these ids, in one load; those that do not load are absent. */
  private async loadServices(ids: readonly string[]): Promise<Map<string, ServiceAggregate>> {
    const unique = [...new Set(ids)];
    return new Map((await this.services.load(unique)).map((aggregate) => [aggregate.service.id, aggregate]));
  }
}

function toCoverage(municipalityCode: string | null, areas: ReadonlyMap<string, string>): ServiceCoverage {
  if (!municipalityCode) return { municipalityCode: null, employmentAreaId: null, scope: 'NATIONAL' };
  return { municipalityCode, employmentAreaId: areas.get(municipalityCode) ?? null, scope: 'ALL' };
}

/** In the order the searches found them, published ones only. */
function toSuggested(reasonsByService: Map<string, string[]>, services: ReadonlyMap<string, ServiceAggregate>): SuggestedServiceType[] {
  return [...reasonsByService.keys()]
    .flatMap((id) => services.get(id) ?? [])
    .filter((a) => a.service.status === 'PUBLISHED')
    .map((a) => ({ service: toServiceType(a), reasons: reasonsByService.get(a.service.id) ?? [] }));
}
