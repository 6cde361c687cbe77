import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@ytmt/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { Membership } from './entities/membership.entity';
import { Organization, OrganizationType } from './entities/organization.entity';

/** The organisation types that are companies (employers with a company account). */
export const COMPANY_ORGANIZATION_TYPES: readonly OrganizationType[] = [
  OrganizationType.COMPANY,
  OrganizationType.COOPERATIVE,
  OrganizationType.SOCIAL_ENTERPRISE,
];

/**
 * Organisations and their members as other libraries read them: identity owns the organization
 * and membership tables, so others ask here instead of joining them in their own SQL. Every
 * method takes the caller's EntityManager to read inside its transaction; writes go through
 * OrganizationWriter.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisations with the given ids (absent ids are not in the map). */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Organization>> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const rows = await manager.getRepository(Organization).findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async byId(id: string, manager?: EntityManager): Promise<Organization | null> {
    return (await this.byIds([id], manager)).get(id) ?? null;
  }

  /**
   * Ids of the companies (COMPANY_ORGANIZATION_TYPES) whose home municipality is one of the codes
   * or whose id is one of the ids, sorted; one query however many of either.
   */
  async companyIdsHomedInOrAmong(
    homeMunicipalityCodes: readonly string[],
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const codes = [...new Set(homeMunicipalityCodes.filter(Boolean))];
    const unique = [...new Set(ids.filter(Boolean))];
    if (codes.length === 0 && unique.length === 0) return [];
    const types = [...COMPANY_ORGANIZATION_TYPES];
    const rows = await manager.getRepository(Organization).find({
      select: { id: true },
      where: [
        ...(codes.length > 0 ? [{ type: In(types), homeMunicipalityCode: In(codes) }] : []),
        ...(unique.length > 0 ? [{ type: In(types), id: In(unique) }] : []),
      ],
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  /** The organisation holding a business id (Y-tunnus), if any. */
  byBusinessId(businessId: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ businessId });
  }

  /** The organisation that runs each employment area: area id → organisation. */
  async ofEmploymentAreas(areaIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Organization>> {
    const unique = [...new Set(areaIds.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const rows = await manager.getRepository(Organization).findBy({ employmentAreaId: In(unique) });
    return new Map(rows.map((row) => [row.employmentAreaId as string, row]));
  }

  /** Ids of the users with one of the roles in any of the organisations, sorted and distinct. */
  async memberUserIds(
    organizationIds: readonly string[],
    roles: readonly Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const unique = [...new Set(organizationIds.filter(Boolean))];
    if (unique.length === 0 || roles.length === 0) return [];
    const rows = await manager.getRepository(Membership).find({
      select: { userId: true },
      where: { organizationId: In(unique), role: In([...roles]) },
    });
    return [...new Set(rows.map((row) => row.userId))].sort();
  }

  /** Ids of the users with one of the roles in the organisations that run the given areas. */
  async areaMemberUserIds(areaIds: readonly string[], roles: readonly Role[], manager?: EntityManager): Promise<string[]> {
    const areas = await this.ofEmploymentAreas(areaIds, manager);
    return this.memberUserIds([...areas.values()].map((org) => org.id), roles, manager);
  }

  /** Whether the user has one of the roles in the organisation. */
  async isMember(userId: string, organizationId: string, roles: readonly Role[], manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (roles.length === 0) return false;
    return manager.getRepository(Membership).existsBy({ userId, organizationId, role: In([...roles]) });
  }
}
