import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { anonymous, createApp, TestApp } from '@ytmt/test-kit';

const ROOT = join(__dirname, '..', '..');

describe('Platform: health, request ids, query limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '500' } });
  });
  afterAll(() => app.close());

  it('reports Postgres, Redis and the queues on /health', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; info: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.info['postgres'].status).toBe('up');
    expect(body.info['redis'].status).toBe('up');
    expect(body.info['queues']).toMatchObject({ status: 'up', maintenance: { failed: 0 } });
  });

  it('gives every request an id, keeping a well-formed one sent by the client', async () => {
    const given = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'kutsu-123' } });
    expect(given.headers.get('x-request-id')).toBe('kutsu-123');
    const generated = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const deep = await anonymous(app).request(
      '{ employmentAreas { municipalities { employmentArea { municipalities { employmentArea { municipalities { code } } } } } } }',
    );
    expect(deep.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(deep.data).toBeNull();

    const viaFragments = await anonymous(app).request(
      `fragment A on EmploymentArea { municipalities { employmentArea { ...B } } }
       fragment B on EmploymentArea { municipalities { employmentArea { municipalities { code } } } }
       { employmentAreas { ...A } }`,
    );
    expect(viaFragments.errors?.[0].extensions?.['reason']).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose cost exceeds the limit, counting connection nodes by page size', async () => {
    const selection = 'edges { node { code nameFi nameSv region { code nameFi } employmentArea { nameFi } } }';
    const small = await anonymous(app).request(`{ municipalities(first: 10) { ${selection} } }`);
    expect(small.errors).toBeUndefined();
    const large = await anonymous(app).request(`{ municipalities(first: 100) { ${selection} } }`);
    expect(large.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(large.errors?.[0].message).toMatch(/complexity \d+ exceeds the limit of 500/);
  });

  it('answers malformed GraphQL with a client error and no stack trace', async () => {
    const result = await anonymous(app).request('{ municipalities(first: "ten") { totalCount } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js/);
    const syntax = await anonymous(app).request('{ municipalities(first: 5 { totalCount } }');
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('Production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp({
      env: {
        APP_ENV: 'production',
        AUTH_JWKS_URL: 'https://tunnistus.example/.well-known/jwks.json',
        AUTH_ISSUER: 'https://tunnistus.example',
        AUTH_AUDIENCE: 'ytmt-api',
        // Production signs in at an identity provider only (issue 11, point 14).
        AUTH_OIDC_AUTHORITY: 'https://tunnistus.example',
        AUTH_OIDC_CLIENT_ID: 'ytmt-web',
        PSEUDONYM_SECRET: 'pitka-satunnainen-tuotantosalaisuus',
      },
    });
  });
  afterAll(() => app.close());

  it('has no devLogin or devUsers in the schema', async () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).not.toContain('devLogin');
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).not.toContain('devUsers');
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toContain('municipalities');
    const attempt = await anonymous(app).request('mutation { devLogin(email: "paakayttaja@ytmt.example") { token } }');
    expect(attempt.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still serves public reference data', async () => {
    const { municipalities } = await anonymous(app).data<{ municipalities: { totalCount: number } }>('{ municipalities(first: 10) { totalCount } }');
    expect(municipalities.totalCount).toBe(309);
  });
});

describe('Start-up with bad configuration', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
      encoding: 'utf8',
      // ts-node compiles the whole API first: slow on a busy machine.
      timeout: 120_000,
    });

  it('stops with a message naming each bad variable', () => {
    const result = start({ PORT: 'kolmetuhatta', REDIS_URL: 'http://127.0.0.1:6379', APP_ENV: 'production' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: must be an integer');
    expect(result.stderr).toContain('REDIS_URL: must use redis: or rediss:');
    expect(result.stderr).toContain('AUTH_JWKS_URL: is required in production');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 150_000);
});
