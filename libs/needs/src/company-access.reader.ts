import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyAccess } from './needs.policy';
import { NeedsErrorCode, NeedsException } from './needs.exception';

/**
 * Reads what the needs policy must know about a company: its home employment area (from its
 * home municipality) and the areas its account is shared with.
 */
@Injectable()
export class CompanyAccessReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyAccess> {
    const rows: { id: string; home_area: string | null; pending: boolean }[] = await manager.query(
      `SELECT o.id, eam.employment_area_id AS home_area, coalesce(cp.verification_status = 'PENDING', false) AS pending
         FROM organization o
         LEFT JOIN employment_area_municipality eam ON eam.municipality_code = o.home_municipality_code
         LEFT JOIN company_profile cp ON cp.organization_id = o.id
        WHERE o.id = $1 AND o.type IN ('COMPANY', 'COOPERATIVE', 'SOCIAL_ENTERPRISE')`,
      [companyId],
    );
    if (rows.length === 0) throw NeedsException.field(NeedsErrorCode.COMPANY_NOT_FOUND, 'companyId', 'no such company');
    return {
      companyId,
      homeEmploymentAreaId: rows[0].home_area,
      sharedEmploymentAreaIds: await this.sharedAreas(manager, companyId),
      pending: rows[0].pending,
    };
  }

  private async sharedAreas(manager: EntityManager, companyId: string): Promise<string[]> {
    // Sharing is the CRM's decision (area admins share company accounts); needs follow it.
    const rows: { employment_area_id: string }[] = await manager.query(
      'SELECT employment_area_id FROM company_area_share WHERE organization_id = $1',
      [companyId],
    );
    return rows.map((row) => row.employment_area_id);
  }
}
