import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organization, OrganizationDirectory, User, UserDirectory } from '@ytmt/identity';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompanyAccessScope } from './crm.policy';
import {
  CompanyAreaShare,
  CompanyOperatingMunicipality,
  CompanyResponsibleCoordinator,
  CompanyTag,
  CompanyUser,
  CompanyUserRole,
} from './entities/company-parts.entity';
import { CompanyProfile } from './entities/company-profile.entity';

export interface CompanyUserRow {
  userId: string;
  role: CompanyUserRole;
  email: string;
  displayName: string;
}

/** A company account with everything that belongs to it. */
export interface CompanyAggregate {
  organization: Organization;
  profile: CompanyProfile;
  operatingMunicipalityCodes: string[];
  sharedEmploymentAreaIds: string[];
  users: CompanyUserRow[];
  responsibleCoordinators: { userId: string; displayName: string }[];
  tags: string[];
}

/** Loads company accounts as aggregates in a fixed number of queries, however many ids. */
@Injectable()
export class CompanyRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly userDirectory: UserDirectory,
  ) {}

  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CompanyAggregate[]> {
    const wanted = [...new Set(ids.filter((id) => isUUID(id)))];
    if (wanted.length === 0) return [];
    // Sequential on purpose: inside a transaction all queries share one connection.
    const profiles = await manager.getRepository(CompanyProfile).findBy({ organizationId: In(wanted) });
    if (profiles.length === 0) return [];
    const found = profiles.map((p) => p.organizationId);
    const organizationById = await this.organizations.byIds(found, manager);
    const operating = await manager
      .getRepository(CompanyOperatingMunicipality)
      .find({ where: { organizationId: In(found) }, order: { municipalityCode: 'ASC' } });
    const shares = await manager
      .getRepository(CompanyAreaShare)
      .find({ where: { organizationId: In(found) }, order: { employmentAreaId: 'ASC' } });
    const users = await manager
      .getRepository(CompanyUser)
      .find({ where: { organizationId: In(found) }, order: { createdAt: 'ASC' } });
    const responsible = await manager
      .getRepository(CompanyResponsibleCoordinator)
      .find({ where: { organizationId: In(found) }, order: { createdAt: 'ASC' } });
    const tags = await manager.getRepository(CompanyTag).find({ where: { organizationId: In(found) }, order: { tag: 'ASC' } });
    const people = await this.userDirectory.usersByIds([...users, ...responsible].map((row) => row.userId), manager);
    const person = (userId: string): User => people.get(userId) as User;

    const profileById = new Map(profiles.map((p) => [p.organizationId, p]));
    const of = <T extends { organizationId: string }>(rows: T[], id: string) => rows.filter((row) => row.organizationId === id);
    return ids
      .filter((id) => profileById.has(id) && organizationById.has(id))
      .filter((id, index, all) => all.indexOf(id) === index)
      .map((id) => ({
        organization: organizationById.get(id) as Organization,
        profile: profileById.get(id) as CompanyProfile,
        operatingMunicipalityCodes: of(operating, id).map((row) => row.municipalityCode),
        sharedEmploymentAreaIds: of(shares, id).map((row) => row.employmentAreaId),
        users: of(users, id).map((row) => ({
          userId: row.userId,
          role: row.role,
          email: person(row.userId).email,
          displayName: person(row.userId).displayName,
        })),
        responsibleCoordinators: of(responsible, id).map((row) => ({ userId: row.userId, displayName: person(row.userId).displayName })),
        tags: of(tags, id).map((row) => row.tag),
      }));
  }

  async get(id: string, manager?: EntityManager): Promise<CompanyAggregate | null> {
    return (await this.load([id], manager))[0] ?? null;
  }

  /**
   * Just what the policy needs, in three small queries. With `lock`, the profile row is locked
   * so that concurrent changes to one company's account apply one after the other.
   */
  async scope(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CompanyAccessScope | null> {
    if (!isUUID(id)) return null;
    const profile = await manager
      .getRepository(CompanyProfile)
      .findOne({ where: { organizationId: id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!profile) return null;
    const shares = await manager.getRepository(CompanyAreaShare).find({ select: { employmentAreaId: true }, where: { organizationId: id } });
    const users = await manager.getRepository(CompanyUser).find({ select: { userId: true, role: true }, where: { organizationId: id } });
    return {
      organizationId: id,
      homeEmploymentAreaId: profile.homeEmploymentAreaId,
      sharedEmploymentAreaIds: shares.map((s) => s.employmentAreaId),
      companyUsers: users.map((u) => ({ userId: u.userId, role: u.role })),
      verificationStatus: profile.verificationStatus,
    };
  }
}

export function scopeOf(aggregate: CompanyAggregate): CompanyAccessScope {
  return {
    organizationId: aggregate.organization.id,
    homeEmploymentAreaId: aggregate.profile.homeEmploymentAreaId,
    sharedEmploymentAreaIds: aggregate.sharedEmploymentAreaIds,
    companyUsers: aggregate.users.map((u) => ({ userId: u.userId, role: u.role })),
    verificationStatus: aggregate.profile.verificationStatus,
  };
}
