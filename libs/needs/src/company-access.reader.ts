import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompanyStandingReader } from '@ytmt/crm';
import { COMPANY_ORGANIZATION_TYPES, OrganizationDirectory } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyAccess } from './needs.policy';
import { NeedsErrorCode, NeedsException } from './needs.exception';

/**
 * Reads what the needs policy must know about a company: its home employment area (from its
 * home municipality) and the areas its account is shared with.
 */
@Injectable()
export class CompanyAccessReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly regions: RegionsService,
    private readonly standing: CompanyStandingReader,
  ) {}

  async read(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyAccess> {
    // PostgreSQL matches a uuid whatever its case; the directory's map is keyed in lower case.
    const company = (await this.organizations.byIds([companyId], manager)).get(companyId.toLowerCase());
    if (!company || !COMPANY_ORGANIZATION_TYPES.includes(company.type)) {
      throw NeedsException.field(NeedsErrorCode.COMPANY_NOT_FOUND, 'companyId', 'no such company');
    }
    const homeEmploymentAreaId = await this.regions.employmentAreaOf(company.homeMunicipalityCode, manager);
    // Verification and sharing are the CRM's decisions (area admins share company accounts); needs follow them.
    const { pending, sharedEmploymentAreaIds } = await this.standing.ofCompany(companyId, manager);
    return { companyId, homeEmploymentAreaId, sharedEmploymentAreaIds, pending };
  }
}
