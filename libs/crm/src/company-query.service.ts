import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeKeysetCursor, Principal, Role, toConnection } from '@ytmt/core';
import { OrganizationDirectory, OrganizationPageReader, UserDirectory } from '@ytmt/identity';
import { Brackets, DataSource } from 'typeorm';
import { normalizeTag } from './company-tag';
import { CompanyAggregate, CompanyRepository, scopeOf } from './company.repository';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { CompanyFilter } from './dto/company.inputs';
import { CompanyProfile } from './entities/company-profile.entity';
import { checkIndustry, tol2008Sections } from './industry/tol2008';

/** A coordinator of an area, as other staff of the area see them. */
export interface AreaCoordinator {
  userId: string;
  displayName: string;
}

@Injectable()
export class CompanyQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly organizationPages: OrganizationPageReader,
    private readonly organizations: OrganizationDirectory,
    private readonly users: UserDirectory,
  ) {}

  /** NOT_FOUND, not FORBIDDEN, when the caller may not see the company. */
  async get(principal: Principal, id: string): Promise<CompanyAggregate> {
    const aggregate = await this.repository.get(id);
    if (!aggregate || !CrmPolicy.canReadProfile(principal, scopeOf(aggregate))) throw CrmException.companyNotFound('id');
    return aggregate;
  }

  /** Companies of the caller's areas and those shared with them, by name. */
  async myCompanies(principal: Principal, filter: CompanyFilter, first: number, after?: string): Promise<Connection<CompanyAggregate>> {
    const areaIds = CrmPolicy.staffAreas(principal);
    if (areaIds.length === 0) throw CrmException.notAllowed('Only coordinators and area admins have company accounts to list');
    const query = this.dataSource
      .getRepository(CompanyProfile)
      .createQueryBuilder('p')
      .where(
        new Brackets((visible) =>
          visible
            .where('p.home_employment_area_id = ANY(:areaIds)')
            .orWhere('EXISTS (SELECT 1 FROM company_area_share s WHERE s.organization_id = p.organization_id AND s.employment_area_id = ANY(:areaIds))'),
        ),
        { areaIds },
      );
    if (filter.tag !== undefined && filter.tag !== null) {
      const tag = normalizeTag(filter.tag);
      if (!tag) throw CrmException.field(CrmErrorCode.INVALID_TAG, 'filter.tag', 'must be 2–40 characters');
      query.andWhere('EXISTS (SELECT 1 FROM company_tag t WHERE t.organization_id = p.organization_id AND t.tag = :tag)', { tag });
    }
    if (filter.municipalityCode) {
      query.andWhere(
        `(p.home_municipality_code = :municipality OR EXISTS (SELECT 1 FROM company_operating_municipality m
           WHERE m.organization_id = p.organization_id AND m.municipality_code = :municipality))`,
        { municipality: filter.municipalityCode },
      );
    }
    if (filter.responsibleOnly) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM company_responsible_coordinator r WHERE r.organization_id = p.organization_id AND r.user_id = :me)',
        { me: principal.userId },
      );
    }
    if (filter.industrySection) {
      if (!tol2008Sections().some((s) => s.section === filter.industrySection)) {
        throw CrmException.field(CrmErrorCode.INVALID_INDUSTRY, 'filter.industrySection', `${filter.industrySection} is not a TOL 2008 section (A–U)`);
      }
      query.andWhere('p.industry_section = :section', { section: filter.industrySection });
    }
    if (filter.industryCode) {
      // A division that cannot be in the chosen section would only ever find nothing: say so.
      const problem = filter.industrySection && filter.industryCode.length >= 2 ? checkIndustry(filter.industrySection, filter.industryCode.slice(0, 2)) : null;
      if (problem) throw CrmException.field(CrmErrorCode.INVALID_INDUSTRY, 'filter.industryCode', problem.message);
      // The prefix is digits and a dot only (the filter's validation): no LIKE wildcards to escape.
      query.andWhere("p.industry_code LIKE :codePrefix || '%'", { codePrefix: filter.industryCode });
    }
    if (filter.sizes && filter.sizes.length > 0) {
      query.andWhere('CAST(p.size_class AS text) = ANY(CAST(:sizes AS text[]))', { sizes: filter.sizes });
    }
    if (filter.responsibleCoordinatorId) {
      const coordinators = await this.organizations.areaMemberUserIds(areaIds, [Role.COORDINATOR]);
      if (!coordinators.includes(filter.responsibleCoordinatorId)) {
        throw CrmException.field(CrmErrorCode.NOT_A_COORDINATOR, 'filter.responsibleCoordinatorId', 'is not a coordinator of your employment areas');
      }
      query.andWhere(
        'EXISTS (SELECT 1 FROM company_responsible_coordinator r WHERE r.organization_id = p.organization_id AND r.user_id = :coordinator)',
        { coordinator: filter.responsibleCoordinatorId },
      );
    }
    let keyset: { name: string; id: string } | undefined;
    if (after) {
      const { key: name, id } = decodeKeysetCursor(after);
      keyset = { name, id };
    }
    const visible: { id: string }[] = await query.select('p.organization_id', 'id').getRawMany();
    // Names and business ids are identity's: it searches and orders the visible companies by name.
    const page = await this.organizationPages.page(
      visible.map((row) => row.id),
      { search: filter.search || undefined, after: keyset, limit: first + 1 },
    );
    const aggregates = await this.repository.load(page.organizations.map((organization) => organization.id));
    return toConnection(aggregates, first, page.totalCount, (a) => `${a.organization.name}\u0000${a.organization.id}`, Boolean(after));
  }

  /** The coordinators of the caller's employment areas, by name: who may be responsible for a company. */
  async areaCoordinators(principal: Principal): Promise<AreaCoordinator[]> {
    const areaIds = CrmPolicy.staffAreas(principal);
    if (areaIds.length === 0) throw CrmException.notAllowed('Only coordinators and area admins see the coordinators of their areas');
    const users = await this.users.usersByIds(await this.organizations.areaMemberUserIds(areaIds, [Role.COORDINATOR]));
    return [...users.values()]
      .map((user) => ({ userId: user.id, displayName: user.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fi') || a.userId.localeCompare(b.userId));
  }
}
