export * from './service-search.port';
export * from './postgres-service-search.engine';
export * from './meilisearch-service-search.engine';
export * from './service-search.module';
