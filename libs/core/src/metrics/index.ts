export * from './metric-labels';
export * from './metrics-registry';
export * from './metrics-endpoint';
export * from './graphql-metrics.plugin';
export * from './platform-metrics.collector';
export * from './metrics.module';
export * from './job-observer';
export * from './worker-metrics.module';
