import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, KeyLike, SignJWT, UnsecuredJWT } from 'jose';
import { Client } from 'pg';
import { anonymous, createApp, createTestDatabase, dropTestDatabase, GraphQLClient, TestApp, TEST_REDIS_URL, withMaintenanceClient } from '@ytmt/test-kit';

// Issue 11, point 14: headers and configuration that fail safe.
const ROOT = join(__dirname, '..', '..');
const ISSUER = 'https://tunnistus.example/oidc';
const AUDIENCE = 'ytmt-api';
const ALLOWED_ORIGIN = 'https://tyomarkkinatori.example';
const ME = '{ me { email displayName } }';

/** Runs a TypeScript entry point as `npm start` does, with exactly the given settings. */
function run(entry: string, args: string[], env: Record<string, string>) {
  // Nothing from the calling shell that could make a bad configuration look good.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(APP_ENV|AUTH_|DATABASE_|REDIS_|MEILI_|SEARCH_|CORS_|TRUST_PROXY|PSEUDONYM_|SMTP_)/.test(key)),
  );
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry, ...args], {
    cwd: ROOT,
    env: { ...inherited, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('Security headers, CORS and sign-in settings', () => {
  let app: TestApp;
  let jwks: Server;
  let rsaKey: KeyLike;
  let ecKey: KeyLike;

  const token = (
    claims: Record<string, unknown>,
    options: { alg?: 'RS256' | 'ES256'; subject?: string; expires?: boolean } = {},
  ): Promise<string> => {
    const alg = options.alg ?? 'RS256';
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg, kid: alg === 'RS256' ? 'rsa-1' : 'ec-1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(options.subject ?? 'idp-ulla')
      .setIssuedAt();
    if (options.expires !== false) jwt.setExpirationTime('10m');
    return jwt.sign(alg === 'RS256' ? rsaKey : ecKey);
  };

  beforeAll(async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    rsaKey = rsa.privateKey;
    ecKey = ec.privateKey;
    const keys = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    jwks = createServer((_, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(keys));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    app = await createApp({
      env: {
        // As in any environment that does not ask for it: no development login.
        AUTH_DEV_LOGIN: '',
        AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ALGORITHMS: 'RS256',
        CORS_ALLOWED_ORIGINS: ALLOWED_ORIGIN,
      },
    });
    await app.dataSource.query(`INSERT INTO app_user (email, display_name) VALUES ('ulla.uusitalo@tyollisyys.example', 'Ulla Uusitalo')`);
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('sends the security headers on every API answer, and no X-Powered-By', async () => {
    const answers = [
      await fetch(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ employmentAreas { code } }' }) }),
      await fetch(`${app.url}/health`),
      await fetch(`${app.url}/hsds/services`),
      await fetch(`${app.url}/app-config.json`),
    ];
    for (const response of answers) {
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"]) expect(csp).toContain(directive);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps GraphQL answers out of caches and lets the public HSDS API be cached briefly', async () => {
    const graphql = await anonymous(app).request('{ employmentAreas { code } }');
    expect(graphql.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${app.url}/hsds/services`)).headers.get('cache-control')).toBe('public, max-age=300');
    // A miss is not cached: the service may be published a moment later.
    const missing = await fetch(`${app.url}/hsds/services/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('offers no GraphQL landing page that would need a looser policy', async () => {
    const response = await fetch(app.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<script/i);
  });

  it('answers CORS only for the origins on the allow-list', async () => {
    const preflight = (origin: string) =>
      fetch(app.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const foreign = await preflight('https://hyokkaaja.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const post = await anonymous(app).withHeaders({ origin: 'https://hyokkaaja.example' }).request('{ employmentAreas { code } }');
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('has no development login unless it is enabled', async () => {
    for (const query of ['mutation { devLogin(email: "paakayttaja@ytmt.example") { token } }', '{ devUsers { email } }']) {
      expect((await anonymous(app).request(query)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(((await (await fetch(`${app.url}/app-config.json`)).json()) as { devLogin: boolean }).devLogin).toBe(false);
  });

  it('refuses a token without exp, an unsigned one, and one signed with an algorithm not on the list', async () => {
    const cases: [string, RegExp][] = [
      [await token({ email: 'ulla.uusitalo@tyollisyys.example', email_verified: true }, { expires: false }), /no exp claim/],
      [new UnsecuredJWT({ email_verified: true }).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('idp-ulla').setExpirationTime('10m').encode(), /algorithm is not accepted/],
      // ES256 is a good algorithm, and its key is in the JWKS, but AUTH_ALGORITHMS pins RS256.
      [await token({ email: 'ulla.uusitalo@tyollisyys.example', email_verified: true }, { alg: 'ES256' }), /algorithm is not accepted/],
    ];
    for (const [jwt, message] of cases) {
      const result = await new GraphQLClient(app.graphqlUrl, jwt).request(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toMatch(message);
    }
  });

  it('never links an account through an e-mail address the identity provider has not verified', async () => {
    const linkedSubject = async () =>
      ((await app.dataSource.query(`SELECT auth_subject FROM app_user WHERE email = 'ulla.uusitalo@tyollisyys.example'`)) as { auth_subject: string | null }[])[0]
        .auth_subject;
    for (const claims of [
      { email: 'ulla.uusitalo@tyollisyys.example', email_verified: false },
      { email: 'ulla.uusitalo@tyollisyys.example' },
      { email: 'ulla.uusitalo@tyollisyys.example', email_verified: 'true' },
    ]) {
      const result = await new GraphQLClient(app.graphqlUrl, await token(claims, { subject: 'idp-hyokkaaja' })).request(ME);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await linkedSubject()).toBeNull();
    }
    const verified = await new GraphQLClient(app.graphqlUrl, await token({ email: 'ulla.uusitalo@tyollisyys.example', email_verified: true })).data<{
      me: { displayName: string };
    }>(ME);
    expect(verified.me.displayName).toBe('Ulla Uusitalo');
    expect(await linkedSubject()).toBe('idp-ulla');
  });
});

describe('Production refuses development settings', () => {
  it('does not start the API, naming each bad variable', () => {
    const result = run('apps/api/src/main.ts', [], {
      APP_ENV: 'production',
      AUTH_DEV_LOGIN: 'true',
      AUTH_JWKS_URL: 'http://127.0.0.1:9000/jwks',
      AUTH_ISSUER: 'ytmt-dev',
      AUTH_AUDIENCE: 'ytmt-api',
      AUTH_ALGORITHMS: 'HS256',
      MEILI_API_KEY: 'ytmt-dev-master-key',
      CORS_ALLOWED_ORIGINS: '*',
    });
    expect(result.status).toBe(1);
    for (const expected of [
      'AUTH_DEV_LOGIN: cannot be enabled in production',
      'AUTH_JWKS_URL: must use https: in production',
      'AUTH_ISSUER: must not be the development issuer "ytmt-dev" in production',
      'AUTH_ALGORITHMS: must list algorithms from',
      'AUTH_OIDC_AUTHORITY: is required in production',
      'DATABASE_URL: must be set in production',
      'REDIS_URL: must be set in production',
      'MEILI_API_KEY: must not be the development master key in production',
      'CORS_ALLOWED_ORIGINS: must name each origin',
    ]) {
      expect(result.stderr).toContain(expected);
    }
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 150_000);
});

describe('seed:demo', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
  });
  afterAll(() => dropTestDatabase(databaseUrl));

  const services = async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return ((await client.query('SELECT count(*)::int AS n FROM service')).rows[0] as { n: number }).n;
    } finally {
      await client.end();
    }
  };

  it('refuses to run with APP_ENV=production', async () => {
    const result = run('apps/cli/src/main.ts', ['seed:demo'], {
      APP_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      AUTH_JWKS_URL: 'https://tunnistus.example/jwks',
      AUTH_ISSUER: 'https://tunnistus.example',
      AUTH_AUDIENCE: 'ytmt-api',
      AUTH_OIDC_AUTHORITY: 'https://tunnistus.example',
      AUTH_OIDC_CLIENT_ID: 'ytmt-web',
      PSEUDONYM_SECRET: 'pitka-satunnainen-tuotantosalaisuus',
      REDIS_POLICY_CHECK: 'off',
    });
    expect(result.stderr).toContain('seed:demo refuses to run with APP_ENV=production');
    expect(result.status).toBe(1);
    expect(await services()).toBe(0);
  }, 150_000);

  it('refuses a database marked as production, whatever APP_ENV says', async () => {
    const name = new URL(databaseUrl).pathname.slice(1);
    await withMaintenanceClient((client) => client.query(`ALTER DATABASE "${name}" SET ytmt.environment = 'production'`));
    const result = run('apps/cli/src/main.ts', ['seed:demo'], { APP_ENV: 'development', DATABASE_URL: databaseUrl, REDIS_URL: TEST_REDIS_URL });
    expect(result.stderr).toContain('seed:demo refuses this database: it is marked as production');
    expect(result.status).toBe(1);
    expect(await services()).toBe(0);
  }, 150_000);
});
