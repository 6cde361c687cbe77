import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  AuthModule,
  ConfigModule,
  DatabaseModule,
  GraphQLApiModule,
  HealthModule,
  LoggingModule,
  QueueModule,
} from '@ytmt/core';
import { CatalogueApiModule, HsdsModule, SearchHealthModule } from '@ytmt/catalogue';
import { IdentityApiModule } from '@ytmt/identity';
import { RegionsApiModule } from '@ytmt/regions';

/** The GraphQL API: composes modules only. */
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
        GraphQLApiModule,
        HealthModule,
        RegionsApiModule,
        CatalogueApiModule,
        HsdsModule,
        SearchHealthModule,
        IdentityApiModule.register({ devLogin: config.auth.devLoginEnabled }),
      ],
    };
  }
}
