import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_SEARCH_ENGINE, ServiceRepository, ServiceSearchEngine, toServiceType } from '@ytmt/catalogue';
import { DataSource } from 'typeorm';
import { SuggestedServiceType } from './dto/need.types';
import { supportReasons } from './need-rules';
import { NeedAggregate } from './need.repository';

const PER_CATEGORY = 5;

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
    let employmentAreaId: string | null = null;
    if (need.municipalityCode) {
      const [row] = await this.dataSource.query(
        'SELECT employment_area_id FROM employment_area_municipality WHERE municipality_code = $1',
        [need.municipalityCode],
      );
      employmentAreaId = (row?.employment_area_id as string | undefined) ?? null;
    }
    const coverage = need.municipalityCode
      ? { municipalityCode: need.municipalityCode, employmentAreaId, scope: 'ALL' as const }
      : { municipalityCode: null, employmentAreaId: null, scope: 'NATIONAL' as const };

    const reasonsByService = new Map<string, string[]>();
    for (const { categoryCode, reason } of reasons) {
      const result = await this.engine.search({
        text: null,
        filter: { categories: [categoryCode], coverage },
        sort: { by: 'RELEVANCE' },
        offset: 0,
        limit: PER_CATEGORY,
      });
      for (const hit of result.hits) reasonsByService.set(hit.id, [...(reasonsByService.get(hit.id) ?? []), reason]);
    }
    const aggregates = await this.services.load([...reasonsByService.keys()]);
    return aggregates
      .filter((a) => a.service.status === 'PUBLISHED')
      .map((a) => ({ service: toServiceType(a), reasons: reasonsByService.get(a.service.id) ?? [] }));
  }
}
