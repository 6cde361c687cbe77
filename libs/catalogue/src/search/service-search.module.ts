import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@ytmt/core';
import { PostgresServiceSearchEngine } from './postgres-service-search.engine';
import { SERVICE_SEARCH_ENGINE, ServiceSearchEngine } from './service-search.port';

/** Provides the configured search engine behind the catalogue's search port. */
@Module({
  providers: [
    {
      provide: SERVICE_SEARCH_ENGINE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): ServiceSearchEngine => {
        if (config.search.engine === 'meilisearch') {
          throw new Error('SEARCH_ENGINE=meilisearch: the Meilisearch adapter is not wired yet');
        }
        return new PostgresServiceSearchEngine(dataSource);
      },
    },
  ],
  exports: [SERVICE_SEARCH_ENGINE],
})
export class ServiceSearchModule {}
