import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A published service as the indicators count it: who offers it, where, in which categories and for whom. */
export interface PublishedServiceFacts {
  id: string;
  organizationId: string;
  isNational: boolean;
  /** Employment areas named directly. */
  employmentAreaIds: string[];
  /** Municipalities named directly. */
  municipalityCodes: string[];
  categoryCodes: string[];
  targetGroupCodes: string[];
}

/** For the indicators (insights): every published service with its coverage and classification. Read-only. */
@Injectable()
export class ServiceInsightsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async published(manager: EntityManager = this.dataSource.manager): Promise<PublishedServiceFacts[]> {
    const rows: {
      id: string;
      organization_id: string;
      is_national: boolean;
      area_ids: string[];
      municipality_codes: string[];
      categories: string[];
      target_groups: string[];
    }[] = await manager.query(
      `SELECT s.id, s.organization_id, s.is_national,
              coalesce((SELECT array_agg(DISTINCT a.employment_area_id::text) FROM service_area a WHERE a.service_id = s.id AND a.employment_area_id IS NOT NULL), '{}') AS area_ids,
              coalesce((SELECT array_agg(DISTINCT a.municipality_code::text) FROM service_area a WHERE a.service_id = s.id AND a.municipality_code IS NOT NULL), '{}') AS municipality_codes,
              coalesce((SELECT array_agg(DISTINCT t.code) FROM service_taxonomy_term st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
                         WHERE st.service_id = s.id AND t.taxonomy = 'SERVICE_CATEGORY'), '{}') AS categories,
              coalesce((SELECT array_agg(DISTINCT t.code) FROM service_taxonomy_term st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
                         WHERE st.service_id = s.id AND t.taxonomy = 'TARGET_GROUP'), '{}') AS target_groups
         FROM service s
        WHERE s.status = 'PUBLISHED'
        ORDER BY s.id`,
    );
    return rows.map((row) => ({
      id: row.id,
      organizationId: row.organization_id,
      isNational: row.is_national,
      employmentAreaIds: row.area_ids,
      municipalityCodes: row.municipality_codes,
      categoryCodes: row.categories,
      targetGroupCodes: row.target_groups,
    }));
  }
}
