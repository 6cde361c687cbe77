import { join } from 'node:path';
import { ConfigValidationError, parseConfig, REPOSITORY_ROOT, splitDatabaseUrl } from '../../src/config/config.schema';

describe('parseConfig', () => {
  it('has defaults that work on a developer machine', () => {
    const config = parseConfig({});
    expect(config.environment).toBe('development');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/ytmt');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.search.engine).toBe('postgres');
    // Development login is off unless AUTH_DEV_LOGIN=true (npm start and the tests set it).
    expect(config.auth.devLoginEnabled).toBe(false);
    expect(parseConfig({ AUTH_DEV_LOGIN: 'true' }).auth.devLoginEnabled).toBe(true);
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
    const settings = {
      APP_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'ytmt',
      AUTH_OIDC_AUTHORITY: 'https://idp.example',
      AUTH_OIDC_CLIENT_ID: 'ytmt-web',
      DATABASE_URL: 'postgres://ytmt@db.internal:5432/ytmt',
      REDIS_URL: 'rediss://cache.internal:6380',
      PSEUDONYM_SECRET: 'a-long-random-production-secret',
    };
    expect(() => parseConfig({ APP_ENV: 'production' })).toThrow(/AUTH_JWKS_URL: is required in production/);
    expect(() => parseConfig({ ...settings, AUTH_DEV_LOGIN: 'true' })).toThrow(/AUTH_DEV_LOGIN: cannot be enabled in production/);
    const production = parseConfig(settings);
    expect(production.auth.devLoginEnabled).toBe(false);
  });

  it('serves the web app from apps/web/dist unless WEB_DIST_DIR says otherwise, always as an absolute path', () => {
    expect(REPOSITORY_ROOT).toBe(join(__dirname, '..', '..', '..', '..'));
    expect(parseConfig({}).web.distDir).toBe(join(REPOSITORY_ROOT, 'apps', 'web', 'dist'));
    expect(parseConfig({ WEB_DIST_DIR: 'build/web' }).web.distDir).toBe(join(REPOSITORY_ROOT, 'build', 'web'));
    expect(parseConfig({ WEB_DIST_DIR: '/srv/ytmt/web/' }).web.distDir).toBe('/srv/ytmt/web');
  });

  it('offers no OpenID Connect sign-in to the browser unless an authority is set', () => {
    expect(parseConfig({}).auth.oidcClient).toBeNull();
    expect(
      parseConfig({ AUTH_OIDC_AUTHORITY: 'https://tunnistus.example/oidc', AUTH_OIDC_CLIENT_ID: 'ytmt-web' }).auth.oidcClient,
    ).toEqual({ authority: 'https://tunnistus.example/oidc', clientId: 'ytmt-web', scope: 'openid email profile' });
    expect(
      parseConfig({ AUTH_OIDC_AUTHORITY: 'https://tunnistus.example', AUTH_OIDC_CLIENT_ID: 'ytmt-web', AUTH_OIDC_SCOPE: ' openid  email ' })
        .auth.oidcClient?.scope,
    ).toBe('openid email');
  });

  it('names each bad browser sign-in setting', () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigValidationError).problems.map((p) => `${p.variable}: ${p.message}`);
      }
    };
    expect(problems({ AUTH_OIDC_AUTHORITY: 'https://tunnistus.example' })).toEqual([
      'AUTH_OIDC_CLIENT_ID: is required when AUTH_OIDC_AUTHORITY is set',
    ]);
    expect(problems({ AUTH_OIDC_CLIENT_ID: 'ytmt-web' })).toEqual(['AUTH_OIDC_CLIENT_ID: is set but AUTH_OIDC_AUTHORITY is not']);
    expect(problems({ AUTH_OIDC_AUTHORITY: 'ftp://tunnistus.example', AUTH_OIDC_CLIENT_ID: 'ytmt web', AUTH_OIDC_SCOPE: 'email' })).toEqual([
      'AUTH_OIDC_AUTHORITY: must use http: or https: (got "ftp:")',
      'AUTH_OIDC_CLIENT_ID: must not contain white space (got "ytmt web")',
      'AUTH_OIDC_SCOPE: must include openid (got "email")',
    ]);
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
