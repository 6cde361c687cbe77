import { Global, Module } from '@nestjs/common';
import { SEARCH_HEALTH } from '@ytmt/core';
import { IdentityModule } from '@ytmt/identity';
import { RegionsModule } from '@ytmt/regions';
import { CatalogueLoaderRegistrar } from './catalogue.loaders';
import { CatalogueResolver } from './catalogue.resolver';
import { IndexServiceJob } from './index-service.job';
import { ProviderService } from './provider.service';
import { ServiceFactsReader } from './readers/service-facts.reader';
import { ServiceInsightsReader } from './readers/service-insights.reader';
import { ServiceModerationReader } from './readers/service-moderation.reader';
import { SearchResultCache } from './search/search-result-cache';
import { ServiceSearchModule } from './search/service-search.module';
import { SERVICE_SEARCH_ENGINE } from './search/service-search.port';
import { ServiceFieldsResolver } from './service-fields.resolver';
import { ServiceInputValidator } from './service-input.validator';
import { ServiceLifecycleService } from './service-lifecycle.service';
import { ServiceQueryService } from './service-query.service';
import { ServiceReindexer } from './service-reindexer.service';
import { ServiceRevisionResolver } from './service-revision.resolver';
import { ServiceRevisionService } from './service-revision.service';
import { ServiceRevisionStore } from './service-revision.store';
import { ServiceSearchService } from './service-search.service';
import { ServiceWriteService } from './service-write.service';
import { ServiceRepository } from './service.repository';
import { TaxonomyService } from './taxonomy.service';

/** Data and domain services of the catalogue, for every app. */
@Module({
  imports: [IdentityModule, RegionsModule, ServiceSearchModule],
  providers: [
    ServiceRepository,
    ServiceInputValidator,
    ServiceWriteService,
    ServiceRevisionStore,
    ServiceRevisionService,
    ServiceLifecycleService,
    ServiceQueryService,
    ServiceSearchService,
    SearchResultCache,
    ServiceReindexer,
    ProviderService,
    TaxonomyService,
    ServiceFactsReader,
    ServiceModerationReader,
    ServiceInsightsReader,
  ],
  exports: [
    ServiceRepository,
    ServiceWriteService,
    ServiceRevisionService,
    ServiceLifecycleService,
    ServiceQueryService,
    ServiceSearchService,
    ServiceReindexer,
    ProviderService,
    TaxonomyService,
    ServiceFactsReader,
    ServiceModerationReader,
    ServiceInsightsReader,
    ServiceSearchModule,
  ],
})
export class CatalogueModule {}

/** The GraphQL surface, for the API app. */
@Module({ imports: [CatalogueModule], providers: [CatalogueLoaderRegistrar, CatalogueResolver, ServiceRevisionResolver, ServiceFieldsResolver] })
export class CatalogueApiModule {}

/** The jobs, for the worker app. */
@Module({ imports: [CatalogueModule], providers: [IndexServiceJob] })
export class CatalogueWorkerModule {}

/** Lets the core /health check reach the configured search engine. */
@Global()
@Module({
  imports: [ServiceSearchModule],
  providers: [{ provide: SEARCH_HEALTH, useExisting: SERVICE_SEARCH_ENGINE }],
  exports: [SEARCH_HEALTH],
})
export class SearchHealthModule {}
