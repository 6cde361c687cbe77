import { Injectable } from '@nestjs/common';
import { Role } from '@ytmt/core';
import { EntityManager } from 'typeorm';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';

/**
 * The details another library decides for an organisation it manages: what it is, its business
 * id, channels and home (identity fills the rest).
 */
export type OrganizationDetails = Pick<Organization, 'name' | 'sector' | 'type' | 'businessId' | 'website' | 'email' | 'phone' | 'homeMunicipalityCode'>;

/** Some or all of the details: a company account changes a few, a provider update replaces them all. */
export type OrganizationChanges = Partial<OrganizationDetails>;

/**
 * Writes to organisations and memberships on behalf of other libraries (identity owns those
 * tables): the catalogue's provider organisations, crm's company accounts and their employer
 * members. Every method takes the caller's EntityManager, so the write commits or rolls back with
 * the caller's own checks and changes. Reads go through OrganizationDirectory.
 */
@Injectable()
export class OrganizationWriter {
  async create(manager: EntityManager, details: OrganizationDetails): Promise<Organization> {
    const organizations = manager.getRepository(Organization);
    return organizations.save(organizations.create(details));
  }

  /** Sets the given details of an existing organisation (the caller has checked that it exists). */
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
