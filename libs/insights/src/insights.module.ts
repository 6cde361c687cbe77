import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { IdentityModule } from '@ytmt/identity';
import { MarketplaceModule } from '@ytmt/marketplace';
import { MatchingModule } from '@ytmt/matching';
import { NeedsModule } from '@ytmt/needs';
import { RegionsModule } from '@ytmt/regions';
import { InsightQueryService } from './insight-query.service';
import { InsightRefreshService } from './insight-refresh.service';
import { InsightSummaryStore } from './insight-summary.store';
import { ServiceCoverageService } from './service-coverage.service';
import { InsightsSchedules, InsightsSyncJob } from './insight-sync.job';
import { InsightsResolver } from './insights.resolver';

/** The indicators' summaries and reports, for every app. */
@Module({
  imports: [RegionsModule, IdentityModule, CatalogueModule, NeedsModule, MatchingModule, MarketplaceModule],
  providers: [InsightSummaryStore, InsightRefreshService, InsightQueryService, ServiceCoverageService],
  exports: [InsightSummaryStore, InsightRefreshService, InsightQueryService, ServiceCoverageService],
})
export class InsightsModule {}

@Module({ imports: [InsightsModule], providers: [InsightsResolver] })
export class InsightsApiModule {}

/** The worker: follows the change feed into the summaries every INSIGHTS_SYNC_EVERY_MS. */
@Module({ imports: [InsightsModule], providers: [InsightsSyncJob, InsightsSchedules] })
export class InsightsWorkerModule {}
