// The production build (`npm run build`) as production runs it: through the container image's
// entry point (infra/docker-entrypoint.sh: plain `node dist/…`), no ts-node, no tsconfig-paths,
// no TypeScript, from another working directory than the repository, with APP_ENV=production.
// The compiled CLI migrates an empty database (from dist's .js migrations) and loads the regions
// (from data/), the compiled API answers GraphQL and serves the built web app, and the compiled
// worker passes its container health probe.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { REPOSITORY_ROOT } from '@ytmt/core';
import { databaseUrl, dropTestDatabase, removeQueueKeys, TEST_REDIS_URL, testConfig } from '@ytmt/test-kit';
import { currentWebBuildState } from '../../apps/cli/src/commands/web-build';

const DIST = join(REPOSITORY_ROOT, 'dist');
const API_MAIN = join(DIST, 'apps', 'api', 'src', 'main.js');
const WORKER_MAIN = join(DIST, 'apps', 'worker', 'src', 'main.js');
const CLI_MAIN = join(DIST, 'apps', 'cli', 'src', 'main.js');
const MIGRATIONS_DIR = join(REPOSITORY_ROOT, 'libs', 'core', 'src', 'database', 'migrations');
const WEB_INDEX = join(REPOSITORY_ROOT, 'apps', 'web', 'dist', 'index.html');
const ENTRYPOINT = join(REPOSITORY_ROOT, 'infra', 'docker-entrypoint.sh');
/** What tsconfig.build.json compiles, besides itself and its base. */
const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'apps/cli/src', ...readdirSync(join(REPOSITORY_ROOT, 'libs')).map((lib) => `libs/${lib}/src`)];

/** Loaded first into every compiled process: requiring any of these makes the process fail. */
const FORBIDDEN_AT_RUN_TIME = ['ts-node', 'typescript', 'tsconfig-paths', 'ts-jest'];
const GUARD = `
const Module = require('node:module');
const forbidden = ${JSON.stringify(FORBIDDEN_AT_RUN_TIME)};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (forbidden.some((name) => request === name || request.startsWith(name + '/'))) {
    throw new Error('The compiled code required ' + request + ', which production does not have');
  }
  return resolve.call(this, request, ...rest);
};
require.extensions['.ts'] = () => { throw new Error('The compiled code loaded a .ts file'); };
`;

function newestSource(): number {
  let newest = 0;
  for (const file of ['tsconfig.build.json', 'tsconfig.base.json']) newest = Math.max(newest, statSync(join(REPOSITORY_ROOT, file)).mtimeMs);
  for (const dir of SOURCE_DIRS) {
    const path = join(REPOSITORY_ROOT, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
      if (name.endsWith('.ts')) newest = Math.max(newest, statSync(join(path, name)).mtimeMs);
    }
  }
  return newest;
}

/** `npm run build` unless dist/ and apps/web/dist are newer than their sources (npm test has just built). */
function buildIfStale(): void {
  const serverStale = [API_MAIN, WORKER_MAIN, CLI_MAIN].some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource());
  if (!serverStale && !currentWebBuildState().stale) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('The compiled platform (npm run build, run with plain node)', () => {
  const work = mkdtempSync(join(tmpdir(), 'ytmt-compiled-'));
  const guard = join(work, 'forbid-typescript.js');
  const database = databaseUrl(`ytmt_test_${randomBytes(5).toString('hex')}`);
  const queuePrefix = `ytmt-test-${randomBytes(4).toString('hex')}`;
  const children: ChildProcess[] = [];
  let env: NodeJS.ProcessEnv;
  let apiUrl: string;
  let migrateOutput: string;
  let apiOutput = '';

  /**
   * The image's entry point with this checkout as its application folder, the guard loaded first
   * (NODE_OPTIONS), started in a scratch folder: nothing may depend on the working directory.
   */
  function runImage(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    return spawnSync('sh', [ENTRYPOINT, ...args], { cwd: work, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  }

  function startImage(role: string): ChildProcess {
    const child = spawn('sh', [ENTRYPOINT, role], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    children.push(child);
    return child;
  }

  beforeAll(async () => {
    buildIfStale();
    writeFileSync(guard, GUARD);
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    // As the image runs: production settings (identity provider addresses are never contacted here),
    // a clean environment without NODE_OPTIONS or TS_NODE_* from this test process.
    env = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      YTMT_APP_DIR: REPOSITORY_ROOT,
      NODE_OPTIONS: `--require ${guard}`,
      APP_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: database,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      // The test machine's Redis runs without AOF; the image's compose file sets it up properly.
      REDIS_POLICY_CHECK: 'warn',
      AUTH_JWKS_URL: 'https://127.0.0.1:9/jwks',
      AUTH_ISSUER: 'https://127.0.0.1:9',
      AUTH_AUDIENCE: 'ytmt-api',
      AUTH_OIDC_AUTHORITY: 'https://127.0.0.1:9/oidc',
      AUTH_OIDC_CLIENT_ID: 'ytmt-web',
      PSEUDONYM_SECRET: randomBytes(24).toString('hex'),
      WORKER_HEARTBEAT_MS: '500',
      LOG_LEVEL: 'warn',
    };

    const migrate = runImage(['migrate']);
    migrateOutput = migrate.stdout;
    if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stdout}\n${migrate.stderr}`);
    const regions = runImage(['cli', 'import:regions']);
    if (regions.status !== 0) throw new Error(`import:regions failed: ${regions.stdout}\n${regions.stderr}`);

    const api = startImage('api');
    startImage('worker');
    for (let attempt = 0; ; attempt++) {
      if (api.exitCode !== null) throw new Error(`The compiled API exited with ${api.exitCode}:\n${apiOutput}`);
      const ready = await fetch(`${apiUrl}/health/ready`).then((response) => response.ok, () => false);
      if (ready) break;
      if (attempt > 240) throw new Error(`The compiled API did not become ready:\n${apiOutput}`);
      await sleep(500);
    }
  }, 15 * 60_000);

  afterAll(async () => {
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM')),
      ),
    );
    await removeQueueKeys({ ...testConfig(database), queuePrefix, redisUrl: TEST_REDIS_URL });
    await dropTestDatabase(database);
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('has compiled every entry point to plain JavaScript, path aliases resolved', () => {
    for (const file of [API_MAIN, WORKER_MAIN, CLI_MAIN]) expect(existsSync(file)).toBe(true);
    const unresolved = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .filter((name) => /require\("@ytmt\//.test(readFileSync(join(DIST, name), 'utf8')))
      .map((name) => relative(REPOSITORY_ROOT, join(DIST, name)));
    expect(unresolved).toEqual([]);
  });

  it('migrates an empty database with every migration, loaded from dist', () => {
    const expected = readdirSync(MIGRATIONS_DIR)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => /^(\d+)-(\w+)\.ts$/.exec(file))
      .map((match) => `${match?.[2]}${match?.[1]}`)
      .sort();
    const applied = /Applied migrations: (.*)/.exec(migrateOutput)?.[1]?.split(', ') ?? [];
    expect(expected.length).toBeGreaterThan(0);
    expect([...applied].sort()).toEqual(expected);
  });

  it('answers a GraphQL query over HTTP with the regions the compiled CLI loaded from data/', async () => {
    const client = new Client({ connectionString: database });
    await client.connect();
    const { rows } = await client
      .query<{ code: string; name_fi: string; total: number }>(
        'SELECT code, name_fi, count(*) OVER ()::int AS total FROM municipality ORDER BY code',
      )
      .finally(() => client.end());
    expect(rows.length).toBeGreaterThan(3);

    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities(first: 3) { totalCount edges { node { code nameFi } } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data?: { municipalities: { totalCount: number; edges: { node: { code: string; nameFi: string } }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipalities.totalCount).toBe(rows[0].total);
    expect(body.data?.municipalities.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 3).map((row) => ({ code: row.code, nameFi: row.name_fi })));
  });

  it('offers no development login in production', async () => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { devLogin(email: "koordinaattori.lahti@ytmt.example") { token } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/devLogin/);
  });

  it('serves the web app that npm run build built', async () => {
    const response = await fetch(`${apiUrl}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(WEB_INDEX, 'utf8'));
  });

  it('runs the worker, whose container probe finds its heartbeat', async () => {
    // What infra/docker-compose.yml's health check runs in the worker's container.
    let probe = runImage(['worker', '--probe']);
    for (let attempt = 0; probe.status !== 0 && attempt < 60; attempt++) {
      await sleep(500);
      probe = runImage(['worker', '--probe']);
    }
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toMatchObject({ status: 'ok' });
    expect(probe.status).toBe(0);
  });

  it('refuses to start with development login in production, naming the variable', () => {
    const api = runImage(['api'], { AUTH_DEV_LOGIN: 'true', PORT: '0' });
    expect(api.status).toBe(1);
    expect(api.stderr).toMatch(/AUTH_DEV_LOGIN: cannot be enabled in production/);
  });

  it('builds the image with the commands tested here and runs only what its entry point knows', () => {
    // Build stage: what npm test and CI run; runtime stage: what this test starts.
    const dockerfile = readFileSync(join(REPOSITORY_ROOT, 'Dockerfile'), 'utf8');
    const runs = [...dockerfile.matchAll(/^RUN (.+)$/gm)].map((match) => match[1]);
    expect(runs).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci( |$)/), 'npm run build']));
    for (const built of ['dist', 'apps/web/dist', 'data']) expect(dockerfile).toContain(`COPY --from=build /app/${built} ./${built}`);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["ytmt"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);

    const entrypoint = readFileSync(ENTRYPOINT, 'utf8');
    const started = [...entrypoint.matchAll(/dist\/apps\/\S+\.js/g)].map((match) => match[0]);
    expect(started.sort()).toEqual(['dist/apps/api/src/main.js', 'dist/apps/cli/src/main.js', 'dist/apps/cli/src/main.js', 'dist/apps/worker/src/main.js']);
    for (const file of started) expect(existsSync(join(REPOSITORY_ROOT, file))).toBe(true);
    const roles = [...entrypoint.matchAll(/^ {2}([a-z| ]+)\) /gm)].flatMap((match) => match[1].split('|').map((role) => role.trim()));
    expect(roles).toEqual(['api', 'worker', 'setup', 'migrate', 'cli']);

    // Every Compose service built from the image runs one of those roles.
    const compose = readFileSync(join(REPOSITORY_ROOT, 'infra', 'docker-compose.yml'), 'utf8');
    const appServices = compose.split(/^ {2}(?=[a-z-]+:$)/m).filter((block) => block.includes('<<: *ytmt-app'));
    expect(appServices.length).toBeGreaterThanOrEqual(3);
    for (const block of appServices) {
      const command = /^ {4}command: \["([^"]+)"/m.exec(block)?.[1];
      expect(roles).toContain(command);
    }
    expect(compose).toContain('test: ["CMD", "ytmt", "worker", "--probe"]');
  });

  it('fails, rather than passing silently, when the compiled code needs TypeScript at run time', () => {
    // The guard's own check: a process that loads ts-node under it dies.
    const withTsNode = spawnSync(process.execPath, ['--require', guard, '-r', 'ts-node/register/transpile-only', '-e', '0'], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
    });
    expect(withTsNode.status).not.toBe(0);
    expect(withTsNode.stderr).toMatch(/required ts-node/);
  });
});
