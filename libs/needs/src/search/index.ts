export * from './need-search.port';
export * from './need-visibility';
export * from './postgres-need-search.engine';
export * from './meilisearch-need-search.engine';
export * from './need-search.module';
