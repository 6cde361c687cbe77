import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Organization } from './entities/organization.entity';

/** The details the platform decides for an organisation: what it is, its business id, channels and home. */
export type OrganizationDetails = Pick<Organization, 'name' | 'sector' | 'type' | 'businessId' | 'website' | 'email' | 'phone' | 'homeMunicipalityCode'>;

/**
 * For other domains that manage organisations' details (the catalogue's provider organisations):
 * identity owns the table. Writes take the caller's EntityManager so they commit or roll back
 * with the caller's own checks.
 */
@Injectable()
export class OrganizationDetailsWriter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, details: OrganizationDetails): Promise<Organization> {
    const organizations = manager.getRepository(Organization);
    return organizations.save(organizations.create(details));
  }

  /** Replaces the details of an existing organisation (the caller has checked that it exists). */
  async replace(manager: EntityManager, id: string, details: OrganizationDetails): Promise<Organization> {
    const organizations = manager.getRepository(Organization);
    await organizations.update(id, details);
    return organizations.findOneByOrFail({ id });
  }

  /** The organisation holding a business id (Y-tunnus), if any. */
  holderOfBusinessId(businessId: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ businessId });
  }
}
