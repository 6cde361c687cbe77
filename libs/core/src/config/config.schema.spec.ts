import { ConfigValidationError, parseConfig, splitDatabaseUrl } from './config.schema';

describe('parseConfig', () => {
  it('has defaults that work on a developer machine', () => {
    const config = parseConfig({});
    expect(config.environment).toBe('development');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/ytmt');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.search.engine).toBe('postgres');
    expect(config.auth.devLoginEnabled).toBe(true);
  });

  it('names every bad variable at once', () => {
    try {
      parseConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', JOB_ATTEMPTS: '2.5' });
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const variables = (error as ConfigValidationError).problems.map((p) => p.variable);
      expect(variables).toEqual(['PORT', 'DATABASE_URL', 'JOB_ATTEMPTS', 'LOG_LEVEL']);
      expect((error as Error).message).toContain('PORT: must be an integer from 0 to 65535 (got "70000")');
    }
  });

  it('never echoes a URL that does not parse, since it may hold a password', () => {
    expect(() => parseConfig({ DATABASE_URL: 'postgres://user:salasana@[bad' })).toThrow(/DATABASE_URL: is not a valid URL/);
    try {
      parseConfig({ DATABASE_URL: 'postgres://user:salasana@[bad' });
    } catch (error) {
      expect((error as Error).message).not.toContain('salasana');
    }
  });

  it('requires identity-provider settings in production and forbids development login there', () => {
    expect(() => parseConfig({ APP_ENV: 'production' })).toThrow(/AUTH_JWKS_URL: is required in production/);
    expect(() =>
      parseConfig({
        APP_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_ISSUER: 'https://idp.example',
        AUTH_AUDIENCE: 'ytmt',
        AUTH_DEV_LOGIN: 'true',
      }),
    ).toThrow(/AUTH_DEV_LOGIN: cannot be enabled in production/);
    const production = parseConfig({
      APP_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'ytmt',
    });
    expect(production.auth.devLoginEnabled).toBe(false);
  });

  it('needs MEILI_HOST when Meilisearch is chosen', () => {
    expect(() => parseConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_HOST/);
    expect(parseConfig({ SEARCH_ENGINE: 'meilisearch', MEILI_HOST: 'http://127.0.0.1:7700' }).search.engine).toBe('meilisearch');
  });

  it('splits a database URL into its database and the maintenance URL', () => {
    expect(splitDatabaseUrl('postgres://postgres@127.0.0.1:5432/ytmt')).toEqual({
      database: 'ytmt',
      maintenanceUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    });
  });
});
