import { ConfigValidationError, parseConfig } from '../../src/config/config.schema';
import { DEFAULT_JWT_ALGORITHMS, DEV_MEILI_API_KEY } from '../../src/config/security.config';

/** A production configuration that passes; each test spoils it in one way or another. */
const PRODUCTION = {
  APP_ENV: 'production',
  AUTH_JWKS_URL: 'https://tunnistus.example/.well-known/jwks.json',
  AUTH_ISSUER: 'https://tunnistus.example',
  AUTH_AUDIENCE: 'ytmt-api',
  AUTH_OIDC_AUTHORITY: 'https://tunnistus.example',
  AUTH_OIDC_CLIENT_ID: 'ytmt-web',
  DATABASE_URL: 'postgres://ytmt@tietokanta.internal:5432/ytmt',
  REDIS_URL: 'rediss://jono.internal:6380',
  PSEUDONYM_SECRET: 'pitka-satunnainen-tuotantosalaisuus',
};

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return error.problems.map((p) => `${p.variable}: ${p.message}`);
  }
}

describe('production refuses development settings', () => {
  it('accepts a complete production configuration, with development login off', () => {
    const config = parseConfig(PRODUCTION);
    expect(config.auth.devLoginEnabled).toBe(false);
    expect(config.http.corsOrigins).toEqual([]);
  });

  it('names each development setting at once', () => {
    const found = problems({
      APP_ENV: 'production',
      AUTH_DEV_LOGIN: 'true',
      AUTH_JWKS_URL: 'http://127.0.0.1:9000/jwks',
      AUTH_ISSUER: 'ytmt-dev',
      AUTH_AUDIENCE: 'ytmt-api',
      SEARCH_ENGINE: 'meilisearch',
      MEILI_HOST: 'http://haku.internal:7700',
      MEILI_API_KEY: DEV_MEILI_API_KEY,
      CORS_ALLOWED_ORIGINS: 'http://localhost:5173',
      PSEUDONYM_SECRET: 'pitka-satunnainen-tuotantosalaisuus',
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'AUTH_DEV_LOGIN: cannot be enabled in production',
        'AUTH_JWKS_URL: must use https: in production',
        'AUTH_ISSUER: must not be the development issuer "ytmt-dev" in production',
        'AUTH_OIDC_AUTHORITY: is required in production (the web app signs in there)',
        'DATABASE_URL: must be set in production (the default is the local development database)',
        'REDIS_URL: must be set in production (the default is the local development Redis)',
        'MEILI_API_KEY: must not be the development master key in production',
        'CORS_ALLOWED_ORIGINS: must use https: in production (got "http://localhost:5173")',
      ]),
    );
  });

  it('wants the browser sign-in over https and a key for Meilisearch', () => {
    expect(problems({ ...PRODUCTION, AUTH_OIDC_AUTHORITY: 'http://tunnistus.example' })).toEqual([
      'AUTH_OIDC_AUTHORITY: must use https: in production',
    ]);
    expect(problems({ ...PRODUCTION, SEARCH_ENGINE: 'meilisearch', MEILI_HOST: 'https://haku.internal' })).toEqual([
      'MEILI_API_KEY: is required in production when SEARCH_ENGINE=meilisearch',
    ]);
  });

  it('keeps development login off everywhere unless AUTH_DEV_LOGIN=true', () => {
    for (const environment of ['development', 'test']) {
      expect(parseConfig({ APP_ENV: environment }).auth.devLoginEnabled).toBe(false);
      expect(parseConfig({ APP_ENV: environment, AUTH_DEV_LOGIN: 'true' }).auth.devLoginEnabled).toBe(true);
    }
  });
});

describe('token algorithms', () => {
  it('pins asymmetric algorithms by default', () => {
    expect(parseConfig({}).auth.algorithms).toEqual([...DEFAULT_JWT_ALGORITHMS]);
    expect(parseConfig({ AUTH_ALGORITHMS: 'ES256, RS256' }).auth.algorithms).toEqual(['ES256', 'RS256']);
  });

  it('refuses none, HMAC and unknown algorithms', () => {
    for (const value of ['none', 'HS256', 'RS256,HS512', 'rs256']) {
      expect(problems({ AUTH_ALGORITHMS: value })).toEqual([expect.stringMatching(/^AUTH_ALGORITHMS: must list algorithms from RS256/)]);
    }
  });
});

describe('CORS allow-list and proxies', () => {
  it('reads exact origins, without paths or wildcards', () => {
    expect(parseConfig({ CORS_ALLOWED_ORIGINS: 'https://tyomarkkinatori.example, https://kunta.example:8443/' }).http.corsOrigins).toEqual([
      'https://tyomarkkinatori.example',
      'https://kunta.example:8443',
    ]);
    expect(problems({ CORS_ALLOWED_ORIGINS: '*' })).toEqual(['CORS_ALLOWED_ORIGINS: must name each origin; wildcards are not allowed (got "*")']);
    expect(problems({ CORS_ALLOWED_ORIGINS: 'https://kunta.example/palvelut' })).toEqual([
      'CORS_ALLOWED_ORIGINS: must be origins like https://tyomarkkinatori.example, without path (got "https://kunta.example/palvelut")',
    ]);
  });

  it('trusts only the proxies it is told of, never every hop', () => {
    expect(parseConfig({}).http.trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(problems({ TRUST_PROXY: 'true' })).toEqual([expect.stringMatching(/^TRUST_PROXY: must be false, a number of proxy hops/)]);
  });
});

describe('rate limits', () => {
  it('has defaults that hold a notification loop back without bothering people', () => {
    const { rateLimits } = parseConfig({});
    expect(rateLimits.notify.perUser).toBeLessThan(rateLimits.public.perUser);
    expect(rateLimits.notify.windowMs).toBeGreaterThan(rateLimits.public.windowMs);
  });

  it('names a bad limit', () => {
    expect(problems({ RATE_LIMIT_NOTIFY_PER_USER: '0' })).toEqual(['RATE_LIMIT_NOTIFY_PER_USER: must be an integer from 1 to 1000000 (got "0")']);
  });
});
