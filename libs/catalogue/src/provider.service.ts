import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organization } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { ProviderOrganizationInput } from './dto/service.inputs';

/** Provider organisations: public, private and third-sector alike. */
@Injectable()
export class ProviderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async create(input: ProviderOrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      await this.regions.assertMunicipalitiesExist([input.homeMunicipalityCode], 'input.homeMunicipalityCode', manager);
      await this.assertBusinessIdFree(input.businessId, null);
      const repository = manager.getRepository(Organization);
      return repository.save(repository.create(this.columns(input)));
    });
  }

  async update(id: string, input: ProviderOrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      if (!(await repository.existsBy({ id }))) {
        throw CatalogueException.field(CatalogueErrorCode.PROVIDER_NOT_FOUND, 'id', 'no such organisation');
      }
      await this.regions.assertMunicipalitiesExist([input.homeMunicipalityCode], 'input.homeMunicipalityCode', manager);
      await this.assertBusinessIdFree(input.businessId, id);
      await repository.update(id, this.columns(input));
      return repository.findOneByOrFail({ id });
    });
  }

  private async assertBusinessIdFree(businessId: string | undefined, ownId: string | null): Promise<void> {
    if (!businessId) return;
    const holder = await this.dataSource.getRepository(Organization).findOneBy({ businessId });
    if (holder && holder.id !== ownId) {
      throw CatalogueException.field(CatalogueErrorCode.BUSINESS_ID_TAKEN, 'input.businessId', `${businessId} is already registered`);
    }
  }

  private columns(input: ProviderOrganizationInput): Partial<Organization> {
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
