import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProviderCoverage } from './search/need-search.port';
import { NO_COVERAGE } from './search/need-visibility';

/**
 * Where the published services of provider organisations are available: national, employment
 * areas, municipalities (the catalogue's service and service_area). The need search shows
 * COORDINATORS_AND_PROVIDERS needs of those places to the organisations' provider users.
 */
@Injectable()
export class ProviderCoverageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(organizationIds: readonly string[]): Promise<ProviderCoverage> {
    if (organizationIds.length === 0) return NO_COVERAGE;
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(bool_or(s.is_national), false) AS national,
              coalesce(array_agg(DISTINCT a.employment_area_id::text) FILTER (WHERE a.employment_area_id IS NOT NULL), '{}') AS area_ids,
              coalesce(array_agg(DISTINCT a.municipality_code::text) FILTER (WHERE a.municipality_code IS NOT NULL), '{}') AS municipality_codes
         FROM service s
         LEFT JOIN service_area a ON a.service_id = s.id
        WHERE s.organization_id = ANY($1::uuid[]) AND s.status = 'PUBLISHED'`,
      [[...organizationIds]],
    )) as { national: boolean; area_ids: string[]; municipality_codes: string[] }[];
    return { national: row?.national ?? false, areaIds: row?.area_ids ?? [], municipalityCodes: row?.municipality_codes ?? [] };
  }
}
