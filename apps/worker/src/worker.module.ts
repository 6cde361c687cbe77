import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  AuditWorkerModule,
  ConfigModule,
  DatabaseModule,
  OutboxHousekeeping,
  PurgeOutboxJob,
  QueueModule,
  WorkerMetricsModule,
  WorkerRuntimeModule,
} from '@ytmt/core';
import { CatalogueWorkerModule } from '@ytmt/catalogue';
import { CrmModule } from '@ytmt/crm';
import { MarketplaceModule } from '@ytmt/marketplace';
import { InsightsWorkerModule } from '@ytmt/insights';
import { MatchingWorkerModule } from '@ytmt/matching';
import { NeedsWorkerModule } from '@ytmt/needs';
import { NotificationsWorkerModule } from '@ytmt/notifications';

/** The background worker: outbox relay plus BullMQ processors. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, WorkerMetricsModule, WorkerRuntimeModule, CatalogueWorkerModule, CrmModule, NeedsWorkerModule, MarketplaceModule, InsightsWorkerModule, MatchingWorkerModule, NotificationsWorkerModule, AuditWorkerModule],
      providers: [PurgeOutboxJob, OutboxHousekeeping],
    };
  }
}
