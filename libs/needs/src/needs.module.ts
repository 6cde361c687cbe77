import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { RegionsModule } from '@ytmt/regions';
import { CompanyAccessReader } from './company-access.reader';
import { IndexNeedJob } from './index-need.job';
import { NeedReindexer } from './need-reindexer.service';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NeedSearchResolver } from './need-search.resolver';
import { NeedSearchService } from './need-search.service';
import { NeedRepository } from './need.repository';
import { ProviderCoverageReader } from './provider-coverage.reader';
import { ProviderNeedAccessReader } from './provider-need-access.reader';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';
import { SuggestedServicesService } from './suggested-services.service';
import { NeedSearchModule } from './search/need-search.module';

// Need search: documents, audience, reindexing (the engine comes from NeedSearchModule).
const NEED_SEARCH_PROVIDERS = [NeedSearchDocumentReader, ProviderCoverageReader, NeedSearchService, NeedReindexer];

@Module({
  imports: [RegionsModule, CatalogueModule, NeedSearchModule],
  providers: [NeedRepository, NeedsService, CompanyAccessReader, SuggestedServicesService, ProviderNeedAccessReader, ...NEED_SEARCH_PROVIDERS],
  exports: [NeedRepository, NeedsService, CompanyAccessReader, SuggestedServicesService, ProviderNeedAccessReader, ...NEED_SEARCH_PROVIDERS, NeedSearchModule],
})
export class NeedsModule {}

@Module({ imports: [NeedsModule], providers: [NeedsResolver, NeedSearchResolver] })
export class NeedsApiModule {}

/** The jobs, for the worker app: keeping the need search index in line. */
@Module({ imports: [NeedsModule], providers: [IndexNeedJob] })
export class NeedsWorkerModule {}
