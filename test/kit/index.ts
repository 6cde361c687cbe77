export * from './create-app';
export * from './graphql-client';
export * from './session';
export * from './queues';
export * from './test-config';
export * from './test-database';
export * from './smtp-server';
export * from './oidc-server';
