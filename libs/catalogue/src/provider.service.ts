import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { Organization, OrganizationDetails, OrganizationDirectory, OrganizationWriter } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
import { ProviderOrganizationInput } from './dto/service.inputs';

/** Provider organisations: public, private and third-sector alike. Their details are the platform admins' to decide. */
@Injectable()
export class ProviderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationDirectory,
    private readonly writer: OrganizationWriter,
  ) {}

  async create(principal: Principal, input: ProviderOrganizationInput): Promise<Organization> {
    CataloguePolicy.assertCanManageProviders(principal);
    return this.dataSource.transaction(async (manager) => {
      await this.regions.assertMunicipalitiesExist([input.homeMunicipalityCode], 'input.homeMunicipalityCode', manager);
      await this.assertBusinessIdFree(input.businessId, null);
      return this.writer.create(manager, this.columns(input));
    });
  }

  /** Type, sector, business id, name and home are the platform's to decide (issue 11, point 5). */
  async update(principal: Principal, id: string, input: ProviderOrganizationInput): Promise<Organization> {
    CataloguePolicy.assertCanManageProviders(principal);
    return this.dataSource.transaction(async (manager) => {
      await this.existing(id, manager);
      await this.regions.assertMunicipalitiesExist([input.homeMunicipalityCode], 'input.homeMunicipalityCode', manager);
      await this.assertBusinessIdFree(input.businessId, id);
      await this.writer.update(manager, id, this.columns(input));
      return this.existing(id, manager);
    });
  }

  private async existing(id: string, manager: EntityManager): Promise<Organization> {
    const organization = await this.organizations.byId(id, manager);
    if (!organization) throw CatalogueException.field(CatalogueErrorCode.PROVIDER_NOT_FOUND, 'id', 'no such organisation');
    return organization;
  }

  private async assertBusinessIdFree(businessId: string | undefined, ownId: string | null): Promise<void> {
    if (!businessId) return;
    const holder = await this.organizations.byBusinessId(businessId);
    if (holder && holder.id !== ownId) {
      throw CatalogueException.field(CatalogueErrorCode.BUSINESS_ID_TAKEN, 'input.businessId', `${businessId} is already registered`);
    }
  }

  private columns(input: ProviderOrganizationInput): OrganizationDetails {
    return {
      name: input.name,
      sector: input.sector,
      type: input.type,
      businessId: input.businessId ?? null,
      website: input.website ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      homeMunicipalityCode: input.homeMunicipalityCode,
    };
  }
}
