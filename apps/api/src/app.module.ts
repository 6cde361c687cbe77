import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  AuthModule,
  ConfigModule,
  DatabaseModule,
  GraphQLApiModule,
  HealthModule,
  OutboxAdminModule,
  LoggingModule,
  MetricsModule,
  QueueDashboardModule,
  QueueModule,
  RateLimitModule,
  WebAppModule,
} from '@ytmt/core';
import { AdviceApiModule } from '@ytmt/advice';
import { CatalogueApiModule, HsdsModule, SearchHealthModule } from '@ytmt/catalogue';
import { CrmApiModule } from '@ytmt/crm';
import { IdentityApiModule } from '@ytmt/identity';
import { MarketplaceApiModule } from '@ytmt/marketplace';
import { InsightsApiModule } from '@ytmt/insights';
import { MatchingApiModule } from '@ytmt/matching';
import { NeedsApiModule } from '@ytmt/needs';
import { NotificationsApiModule } from '@ytmt/notifications';
import { RegionsApiModule } from '@ytmt/regions';
import { SkillsApiModule } from '@ytmt/skills';
import { TalentApiModule } from '@ytmt/talent';
import { API_LIST_SIZES } from './list-sizes';

/** The GraphQL API and the web app it serves: composes modules only. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        AuthModule,
        // After AuthModule: its guard runs after the auth guard and knows the caller.
        RateLimitModule,
        GraphQLApiModule.forRoot({ listSizes: API_LIST_SIZES }),
        HealthModule,
        OutboxAdminModule,
        MetricsModule,
        QueueDashboardModule,
        RegionsApiModule,
        CatalogueApiModule,
        CrmApiModule,
        NeedsApiModule,
        TalentApiModule,
        MatchingApiModule,
        NotificationsApiModule,
        MarketplaceApiModule,
        InsightsApiModule,
        AdviceApiModule,
        SkillsApiModule,
        HsdsModule,
        SearchHealthModule,
        IdentityApiModule.register({ devLogin: config.auth.devLoginEnabled }),
        WebAppModule,
      ],
    };
  }
}
