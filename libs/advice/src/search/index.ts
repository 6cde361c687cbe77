export * from './advice-search.port';
export * from './postgres-advice-search.engine';
export * from './advice-search.module';
