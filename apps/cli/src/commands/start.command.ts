import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, CODE_EXTENSION, CODE_ROOT, createProducerConnection, enforceRedisPersistence, REPOSITORY_ROOT, RUNNING_COMPILED } from '@ytmt/core';
import { DEMO_USERS } from '@ytmt/demo';
import { importAdviceCommand, importRegionsCommand, migrateCommand, seedDemoCommand } from './data.commands';
import { importEscoIfMissing } from './esco.command';
import { ensureLocalServices } from './local-services';
import { SupervisedProcess } from './process-supervisor';
import { buildWebAppIfStale } from './web-build';

const ROOT = REPOSITORY_ROOT;

/**
 * The API or the worker as a child process, run the way this CLI runs: from the TypeScript
 * sources through ts-node (`npm start`), or from the compiled JavaScript with plain node
 * (`npm run start:prod`, the container image), never needing ts-node there.
 */
function launch(name: string, entry: string, demo: boolean): ChildProcess {
  const script = join(CODE_ROOT, `${entry}${CODE_EXTENSION}`);
  const args = RUNNING_COMPILED
    ? ['--enable-source-maps', script]
    : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script];
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The demo signs in as demo users unless told otherwise (never in production, where the API
  // refuses AUTH_DEV_LOGIN); start:prod leaves AUTH_DEV_LOGIN as the environment has it (off).
  if (demo) env['AUTH_DEV_LOGIN'] = process.env['AUTH_DEV_LOGIN'] ?? 'true';
  if (!RUNNING_COMPILED) env['TS_NODE_PROJECT'] = join(ROOT, 'tsconfig.json');
  return spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env }).on('spawn', () => console.log(`Started ${name}.`));
}

/** Waits until the API is ready; a worker that crashes meanwhile is restarted and does not matter here. */
async function waitForReady(url: string, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become ready in ${seconds} s`);
}

/** Redis must keep queued jobs: refused in production, a loud warning on a developer machine. */
async function checkRedis(config: AppConfig): Promise<void> {
  const redis = createProducerConnection(config.redisUrl, { lazyConnect: true, retryStrategy: () => null });
  try {
    await redis.connect();
    await enforceRedisPersistence(redis, config.reliability.redisPolicyCheck, config.queueCommandTimeoutMs, {
      warn: (message: unknown) => console.warn(String(message)),
    });
  } finally {
    redis.disconnect();
  }
}

function banner(config: AppConfig): string {
  const base = `http://localhost:${config.port}`;
  const users = DEMO_USERS.map((u) => `  ${u.email.padEnd(40)} ${u.memberships.map((m) => m.role).join(', ')} — ${u.displayName}`);
  return [
    '',
    'Y-TMT is running.',
    `  Web app:  ${base}/`,
    `  GraphQL:  ${base}/graphql`,
    `  Health:   ${base}/health/ready (API), ${base}/health/worker (worker heartbeat)`,
    '',
    'Sign in as a demo user (development only):',
    `  curl -s ${base}/graphql -H 'content-type: application/json' \\`,
    `    -d '{"query":"mutation { devLogin(email: \\"koordinaattori.lahti@ytmt.example\\") { token } }"}'`,
    '  then send the token as  Authorization: Bearer <token>',
    '',
    'Demo users:',
    ...users,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

function productionBanner(config: AppConfig): string {
  const base = `http://localhost:${config.port}`;
  return [
    '',
    `Y-TMT is running (compiled, APP_ENV=${config.environment}).`,
    `  Web app:  ${base}/`,
    `  GraphQL:  ${base}/graphql`,
    `  Health:   ${base}/health/ready (API), ${base}/health/worker (worker heartbeat)`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

/** npm start: services up, schema migrated, demo data in, web app built, API and worker running. */
export async function startCommand(config: AppConfig): Promise<void> {
  if (config.port === 0) throw new Error('PORT: npm start needs a fixed port (0 only suits tests)');
  await ensureLocalServices(config);
  await migrateCommand(config);
  await importEscoIfMissing(config);
  await seedDemoCommand(config);
  await buildWebAppIfStale(config);
  await supervise(config, true, banner(config));
}

/**
 * npm run start:prod: the compiled platform (`npm run build` first). Runs `setup` (migrations and
 * reference data), then the API and the worker from dist/ with plain node. Unlike npm start it
 * starts no local services, builds nothing, loads no demo data and leaves development login off;
 * `--demo` adds the demo data and development login (a compiled demo; refused with
 * APP_ENV=production like everywhere else), `--no-setup` leaves setup to a separate step.
 */
export async function startProdCommand(config: AppConfig, argv: readonly string[] = process.argv.slice(3)): Promise<void> {
  const unknown = argv.filter((arg) => arg !== '--demo' && arg !== '--no-setup');
  if (unknown.length > 0) throw new Error(`start:prod: unknown option ${unknown.join(' ')} (known: --demo, --no-setup)`);
  if (!RUNNING_COMPILED) {
    throw new Error('start:prod runs the compiled code: run `npm run build`, then `npm run start:prod` (npm start runs the sources).');
  }
  if (config.port === 0) throw new Error('PORT: start:prod needs a fixed port (0 only suits tests)');
  const demo = argv.includes('--demo');
  if (!argv.includes('--no-setup')) await setupCommand(config);
  if (demo) await seedDemoCommand(config);
  if (!existsSync(join(config.web.distDir, 'index.html'))) {
    console.warn(`No web app build in ${config.web.distDir}: / will answer 503 until \`npm run build\` builds it.`);
  }
  await supervise(config, demo, demo ? banner(config) : productionBanner(config));
}

/**
 * A deployment's one-shot step before the API and the worker start (the image's `setup`): the
 * schema migrated, then the reference data every installation needs, each step idempotent so
 * that it runs on every deployment: regions (replaced in place; employment areas only added), ESCO
 * when its tables are still empty, the advice articles (new or changed ones). No demo data.
 */
export async function setupCommand(config: AppConfig): Promise<void> {
  await migrateCommand(config);
  await importRegionsCommand(config);
  await importEscoIfMissing(config);
  await importAdviceCommand(config);
}

/** Runs the API and the worker as supervised child processes until SIGINT or SIGTERM. */
async function supervise(config: AppConfig, demo: boolean, readyBanner: string): Promise<void> {
  await checkRedis(config);

  // Each process is supervised on its own: a crashed worker is restarted with backoff while the
  // API keeps serving (it never depends on the worker), and the other way round.
  const processes = [
    new SupervisedProcess('API', () => launch('API', 'apps/api/src/main', demo)),
    new SupervisedProcess('worker', () => launch('worker', 'apps/worker/src/main', demo)),
  ];
  let stopping: Promise<void> | undefined;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const stop = (signal: NodeJS.Signals) => {
    stopping ??= Promise.all(processes.map((child) => child.stop(signal))).then(() => markStopped());
    return stopping;
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  for (const child of processes) child.start();

  try {
    await waitForReady(`http://127.0.0.1:${config.port}/health/ready`);
  } catch (error) {
    await stop('SIGTERM');
    throw error;
  }
  console.log(readyBanner);
  await stopped;
}
