import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, LoaderKey } from '@ytmt/core';
import { ServiceRevisionFacts, ServiceRevisionService } from './service-revision.service';

/** Per-request loaders for the catalogue's fields resolved once per row. */
export const CatalogueLoaders = {
  /** Service id → its pending revision, else its latest decided one, with the live version. */
  latestRevision: new LoaderKey<string, ServiceRevisionFacts | null>('catalogue.latestRevision'),
};

@Injectable()
export class CatalogueLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly revisions: ServiceRevisionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(CatalogueLoaders.latestRevision, (serviceIds) => this.revisions.latestFactsOfServices(serviceIds));
  }
}
