import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@ytmt/core';
import { MeilisearchServiceSearchEngine } from './meilisearch-service-search.engine';
import { PostgresServiceSearchEngine } from './postgres-service-search.engine';
import { SERVICE_SEARCH_ENGINE, ServiceSearchEngine } from './service-search.port';

/**
 * Provides the configured engine behind the catalogue's search port (SEARCH_ENGINE). Creating
 * an engine does no I/O: the Meilisearch adapter prepares its index on its first write or search (and the reindexer again), so the API starts even while
 * Meilisearch is down, and /health reports it.
 */
@Module({
  providers: [
    {
      provide: SERVICE_SEARCH_ENGINE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): ServiceSearchEngine => {
        if (config.search.engine === 'meilisearch') {
          // The config already refuses SEARCH_ENGINE=meilisearch without MEILI_HOST.
          if (!config.search.meiliHost) throw new Error('MEILI_HOST is required when SEARCH_ENGINE=meilisearch');
          return new MeilisearchServiceSearchEngine({ host: config.search.meiliHost, apiKey: config.search.meiliApiKey, requestTimeoutMs: config.search.meiliTimeoutMs });
        }
        return new PostgresServiceSearchEngine(dataSource);
      },
    },
  ],
  exports: [SERVICE_SEARCH_ENGINE],
})
export class ServiceSearchModule {}
