import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, LoaderKey } from '@ytmt/core';
import { Organization, OrganizationDirectory } from '@ytmt/identity';
import { ServiceArea, ServiceCostOption, ServiceLocation } from './entities/service-parts.entity';
import { TaxonomyTerm } from './entities/taxonomy-term.entity';
import { ServiceRevisionFacts, ServiceRevisionService } from './service-revision.service';
import { ServiceRepository } from './service.repository';
import { TaxonomyService } from './taxonomy.service';

/** Per-request loaders for the catalogue's fields resolved once per row. */
export const CatalogueLoaders = {
  /** Service id → its pending revision, else its latest decided one, with the live version. */
  latestRevision: new LoaderKey<string, ServiceRevisionFacts | null>('catalogue.latestRevision'),
  /** Organisation id → the organisation (a service's provider). */
  provider: new LoaderKey<string, Organization>('catalogue.provider'),
  /** Service id → its categories and target groups, by code. */
  serviceTerms: new LoaderKey<string, TaxonomyTerm[]>('catalogue.serviceTerms'),
  /** Service id → the areas it covers. */
  serviceAreas: new LoaderKey<string, ServiceArea[]>('catalogue.serviceAreas'),
  /** Service id → its places. */
  serviceLocations: new LoaderKey<string, ServiceLocation[]>('catalogue.serviceLocations'),
  /** Service id → its prices. */
  serviceCostOptions: new LoaderKey<string, ServiceCostOption[]>('catalogue.serviceCostOptions'),
};

@Injectable()
export class CatalogueLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly revisions: ServiceRevisionService,
    private readonly repository: ServiceRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly taxonomy: TaxonomyService,
  ) {}

  onModuleInit(): void {
    this.registry.register(CatalogueLoaders.latestRevision, (serviceIds) => this.revisions.latestFactsOfServices(serviceIds));
    this.registry.register(CatalogueLoaders.provider, async (organizationIds) => {
      const byId = await this.organizations.byIds(organizationIds);
      return organizationIds.map((id) => byId.get(id) ?? new Error(`Organisation ${id} not found`));
    });
    this.registry.register(CatalogueLoaders.serviceTerms, async (serviceIds) => {
      const byService = await this.taxonomy.ofServices(serviceIds);
      return serviceIds.map((id) => byService.get(id) ?? []);
    });
    this.registry.register(CatalogueLoaders.serviceAreas, (serviceIds) => this.repository.areasOf(serviceIds));
    this.registry.register(CatalogueLoaders.serviceLocations, (serviceIds) => this.repository.locationsOf(serviceIds));
    this.registry.register(CatalogueLoaders.serviceCostOptions, (serviceIds) => this.repository.costOptionsOf(serviceIds));
  }
}
