import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@ytmt/core';
import { RegionsModule } from '@ytmt/regions';
import { SkillsModule } from '@ytmt/skills';
import { MeilisearchNeedSearchEngine } from './meilisearch-need-search.engine';
import { NeedFacetLabels } from './need-facet-labels';
import { NEED_SEARCH_ENGINE, NeedSearchEngine } from './need-search.port';
import { PostgresNeedSearchEngine } from './postgres-need-search.engine';

/**
 * Provides the configured engine behind the needs' search port: the same SEARCH_ENGINE setting
 * as the services, its own table or index. Creating an engine does no I/O: the Meilisearch adapter
 * prepares its index on its first write or search (and the reindexer again), so the API starts even while Meilisearch is down. The facet labels name places
 * and occupation groups through the regions' and skills' readers.
 */
@Module({
  imports: [RegionsModule, SkillsModule],
  providers: [
    NeedFacetLabels,
    {
      provide: NEED_SEARCH_ENGINE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): NeedSearchEngine => {
        if (config.search.engine === 'meilisearch') {
          // The config already refuses SEARCH_ENGINE=meilisearch without MEILI_HOST.
          if (!config.search.meiliHost) throw new Error('MEILI_HOST is required when SEARCH_ENGINE=meilisearch');
          return new MeilisearchNeedSearchEngine({ host: config.search.meiliHost, apiKey: config.search.meiliApiKey, requestTimeoutMs: config.search.meiliTimeoutMs });
        }
        return new PostgresNeedSearchEngine(dataSource);
      },
    },
  ],
  exports: [NEED_SEARCH_ENGINE, NeedFacetLabels],
})
export class NeedSearchModule {}
