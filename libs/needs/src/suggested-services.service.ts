import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_SEARCH_ENGINE, ServiceRepository, ServiceSearchEngine, toServiceType } from '@ytmt/catalogue';
import { DataSource } from 'typeorm';
import { SuggestedServiceType } from './dto/need.types';
import { supportReasons } from './need-rules';
import { NeedAggregate } from './need.repository';

const PER_CATEGORY = 5;

export interface ServiceCoverage {
  municipalityCode: string | null;
  employmentAreaId: string | null;
  scope: 'ALL' | 'NATIONAL';
}

/**
 * Published services that fit a need: one search per fitting category, limited to services
 * available in the need's municipality (its employment area or national), merged with reasons.
 */
@Injectable()
export class SuggestedServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_SEARCH_ENGINE) private readonly engine: ServiceSearchEngine,
    private readonly services: ServiceRepository,
  ) {}

  async forNeed({ need, skills }: NeedAggregate): Promise<SuggestedServiceType[]> {
    const reasons = supportReasons({
      kinds: need.kinds,
      measuresOpenTo: need.measuresOpenTo,
      adjustmentsOffered: need.adjustmentsOffered,
      requiredSkillLabels: skills.filter((s) => s.required).map((s) => s.label),
      openToPrecisionCapable: need.openToPrecisionCapable,
      anonymousRecruitment: need.anonymousRecruitment,
    });
    if (reasons.length === 0) return [];
    const coverage = await this.coverageOf(need.municipalityCode);
    const reasonsByService = new Map<string, string[]>();
    for (const { categoryCode, reason } of reasons) {
      await this.collect(reasonsByService, { coverage, categories: [categoryCode], text: null, reason });
    }
    return this.toSuggested(reasonsByService);
  }

  /** Services available in the municipality (its employment area or national); nationwide when none. */
  async coverageOf(municipalityCode: string | null): Promise<ServiceCoverage> {
    if (!municipalityCode) return { municipalityCode: null, employmentAreaId: null, scope: 'NATIONAL' };
    const [row] = await this.dataSource.query('SELECT employment_area_id FROM employment_area_municipality WHERE municipality_code = $1', [municipalityCode]);
    return { municipalityCode, employmentAreaId: (row?.employment_area_id as string | undefined) ?? null, scope: 'ALL' };
  }

  /** One search; each hit gains `reason`. */
  async collect(
    reasonsByService: Map<string, string[]>,
    search: { coverage: ServiceCoverage; categories: string[]; text: string | null; reason: string; limit?: number },
  ): Promise<void> {
    const result = await this.engine.search({
      text: search.text,
      filter: { categories: search.categories, coverage: search.coverage },
      sort: { by: 'RELEVANCE' },
      offset: 0,
      limit: search.limit ?? PER_CATEGORY,
    });
    for (const hit of result.hits) {
      const reasons = reasonsByService.get(hit.id) ?? [];
      if (!reasons.includes(search.reason)) reasonsByService.set(hit.id, [...reasons, search.reason]);
    }
  }

  async toSuggested(reasonsByService: Map<string, string[]>): Promise<SuggestedServiceType[]> {
    const aggregates = await this.services.load([...reasonsByService.keys()]);
    return aggregates
      .filter((a) => a.service.status === 'PUBLISHED')
      .map((a) => ({ service: toServiceType(a), reasons: reasonsByService.get(a.service.id) ?? [] }));
  }
}
