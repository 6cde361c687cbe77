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

  /**
   * The companies in any of the employment areas by the rule read() gives the policy: the area
   * covering the company's home municipality, or an area the company is shared with; companies
   * awaiting verification are left out. Sorted; four queries however many areas and companies.
   */
  async companyIdsInAreas(employmentAreaIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (employmentAreaIds.length === 0) return [];
    // A municipality belongs to at most one area, so a home area is one of these exactly when the home municipality is one of theirs.
    const homeMunicipalityCodes = await this.regions.municipalityCodesOf(employmentAreaIds, manager);
    const shared = await this.standing.sharedWith(employmentAreaIds, manager);
    const companies = await this.organizations.companyIdsHomedInOrAmong(homeMunicipalityCodes, shared, manager);
    const pending = await this.standing.pendingAmong(companies, manager);
    return companies.filter((id) => !pending.has(id));
  }
}
