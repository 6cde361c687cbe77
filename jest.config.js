/** Three projects: pure unit specs, integration specs on real PostgreSQL/Redis, GraphQL-over-HTTP e2e. */
const moduleNameMapper = {
  '^@ytmt/core$': '<rootDir>/libs/core/src',
  '^@ytmt/core/(.*)$': '<rootDir>/libs/core/src/$1',
  '^@ytmt/regions$': '<rootDir>/libs/regions/src',
  '^@ytmt/identity$': '<rootDir>/libs/identity/src',
  '^@ytmt/demo$': '<rootDir>/libs/demo/src',
  '^@ytmt/catalogue$': '<rootDir>/libs/catalogue/src',
  '^@ytmt/needs$': '<rootDir>/libs/needs/src',
  '^@ytmt/skills$': '<rootDir>/libs/skills/src',
  '^@ytmt/crm$': '<rootDir>/libs/crm/src',
  '^@ytmt/advice$': '<rootDir>/libs/advice/src',
  '^@ytmt/talent$': '<rootDir>/libs/talent/src',
  '^@ytmt/matching$': '<rootDir>/libs/matching/src',
  '^@ytmt/marketplace$': '<rootDir>/libs/marketplace/src',
  '^@ytmt/insights$': '<rootDir>/libs/insights/src',
  '^@ytmt/notifications$': '<rootDir>/libs/notifications/src',
  '^@ytmt/events$': '<rootDir>/libs/events/src',
  '^@ytmt/test-kit$': '<rootDir>/test/kit',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };

module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts,test/architecture}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/test/kit/global-setup.ts',
      globalTeardown: '<rootDir>/test/kit/global-teardown.ts',
      setupFiles: ['<rootDir>/test/kit/quiet-logs.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/kit/global-setup.ts',
      globalTeardown: '<rootDir>/test/kit/global-teardown.ts',
      setupFiles: ['<rootDir>/test/kit/quiet-logs.ts'],
    },
    // A person's journeys in Debian's Chromium against the platform as `npm start` runs it.
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/kit/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/kit/global-teardown.ts',
    },
  ],
};
