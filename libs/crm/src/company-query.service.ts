import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, CoreException, decodeCursor, Principal, toConnection } from '@ytmt/core';
import { OrganizationPageReader } from '@ytmt/identity';
import { isUUID } from 'class-validator';
import { Brackets, DataSource } from 'typeorm';
import { normalizeTag } from './company-tag';
import { CompanyAggregate, CompanyRepository, scopeOf } from './company.repository';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { CompanyFilter } from './dto/company.inputs';
import { CompanyProfile } from './entities/company-profile.entity';

@Injectable()
export class CompanyQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly organizationPages: OrganizationPageReader,
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
    if (filter.tag !== undefined) {
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
    let keyset: { name: string; id: string } | undefined;
    if (after) {
      const [name, id] = decodeCursor(after).split('\u0000');
      if (id === undefined || !isUUID(id)) throw CoreException.invalidInput([{ path: 'after', message: 'is not a cursor returned by this API' }]);
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
}
