import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADVICE_SEARCH_ENGINE, AdviceSearchEngine } from './advice-search.port';
import { PostgresAdviceSearchEngine } from './postgres-advice-search.engine';

/** Provides the engine behind the advice search port: PostgreSQL full-text search. */
@Module({
  providers: [
    {
      provide: ADVICE_SEARCH_ENGINE,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource): AdviceSearchEngine => new PostgresAdviceSearchEngine(dataSource),
    },
  ],
  exports: [ADVICE_SEARCH_ENGINE],
})
export class AdviceSearchModule {}
