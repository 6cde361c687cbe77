import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { CrmModule } from '@ytmt/crm';
import { IdentityModule } from '@ytmt/identity';
import { RegionsModule } from '@ytmt/regions';
import { SkillsModule } from '@ytmt/skills';
import { CompanyAccessReader } from './company-access.reader';
import { CompanyNeedsReindexListener } from './company-needs-reindex.listener';
import { IndexNeedJob } from './index-need.job';
import { NeedAudienceContributors } from './need-audience.registry';
import { NeedStageListeners } from './need-stage.listeners';
import { NeedReindexer } from './need-reindexer.service';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NeedSearchResolver } from './need-search.resolver';
import { NeedSearchService } from './need-search.service';
import { NeedSummaryReader } from './readers/need-summary.reader';
import { MatchNeedReader } from './readers/match-need.reader';
import { NeedInsightsReader } from './readers/need-insights.reader';
import { NeedRepository } from './need.repository';
import { ProviderCoverageReader } from './provider-coverage.reader';
import { ProviderNeedAccessReader } from './provider-need-access.reader';
import { NeedsLoaderRegistrar } from './needs.loaders';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';
import { SuggestedServicesService } from './suggested-services.service';
import { NeedAssistantReader } from './assistant/need-assistant.reader';
import { NeedAssistantResolver } from './assistant/need-assistant.resolver';
import { NeedAssistantService } from './assistant/need-assistant.service';
import { NeedSearchModule } from './search/need-search.module';

// Need search: documents, audience, reindexing (the engine comes from NeedSearchModule).
const NEED_SEARCH_PROVIDERS = [NeedSearchDocumentReader, NeedAudienceContributors, ProviderCoverageReader, NeedSearchService, NeedReindexer];

@Module({
  imports: [RegionsModule, IdentityModule, CatalogueModule, CrmModule, SkillsModule, NeedSearchModule],
  providers: [NeedAssistantService, NeedAssistantReader, NeedRepository, NeedsService, NeedStageListeners, CompanyAccessReader, CompanyNeedsReindexListener, SuggestedServicesService, ProviderNeedAccessReader, NeedSummaryReader, MatchNeedReader, NeedInsightsReader, ...NEED_SEARCH_PROVIDERS],
  exports: [NeedAssistantService, NeedAssistantReader, NeedRepository, NeedsService, NeedStageListeners, CompanyAccessReader, SuggestedServicesService, ProviderNeedAccessReader, NeedSummaryReader, MatchNeedReader, NeedInsightsReader, ...NEED_SEARCH_PROVIDERS, NeedSearchModule],
})
export class NeedsModule {}

@Module({ imports: [NeedsModule], providers: [NeedsLoaderRegistrar, NeedsResolver, NeedSearchResolver, NeedAssistantResolver] })
export class NeedsApiModule {}

/** The jobs, for the worker app: keeping the need search index in line. */
@Module({ imports: [NeedsModule], providers: [IndexNeedJob] })
export class NeedsWorkerModule {}
