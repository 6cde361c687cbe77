import { Injectable } from '@nestjs/common';
import { Role } from '@ytmt/core';
import { EntityManager } from 'typeorm';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';

/** The fields another library sets when it creates an organisation (identity fills the rest). */
export type NewOrganization = Pick<Organization, 'name' | 'sector' | 'type' | 'businessId' | 'website' | 'email' | 'phone' | 'homeMunicipalityCode'>;

/** The fields another library may change on an organisation it manages (a company account). */
export type OrganizationChanges = Partial<Pick<Organization, 'name' | 'type' | 'website' | 'homeMunicipalityCode'>>;

/**
 * Writes to organisations and memberships on behalf of other libraries (identity owns those
 * tables): a company account is an organisation, its users are its employer members. Every
 * method takes the caller's EntityManager, so the write commits or rolls back with the caller's
 * own changes.
 */
@Injectable()
export class OrganizationWriter {
  /** The organisation holding a business id (Y-tunnus), read inside the caller's transaction. */
  byBusinessId(manager: EntityManager, businessId: string): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ businessId });
  }

  async businessIdTaken(manager: EntityManager, businessId: string): Promise<boolean> {
    return manager.getRepository(Organization).existsBy({ businessId });
  }

  async create(manager: EntityManager, values: NewOrganization): Promise<Organization> {
    const organizations = manager.getRepository(Organization);
    return organizations.save(organizations.create(values));
  }

  async update(manager: EntityManager, id: string, changes: OrganizationChanges): Promise<void> {
    await manager.getRepository(Organization).update(id, changes);
  }

  /** Adds the membership unless the user already has that role there. */
  async addMembership(manager: EntityManager, membership: { userId: string; organizationId: string; role: Role }): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ userId: membership.userId, organizationId: membership.organizationId, role: membership.role })
      .orIgnore()
      .execute();
  }

  async removeMembership(manager: EntityManager, membership: { userId: string; organizationId: string; role: Role }): Promise<void> {
    await manager.getRepository(Membership).delete({ organizationId: membership.organizationId, userId: membership.userId, role: membership.role });
  }
}
