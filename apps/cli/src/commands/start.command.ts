import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig, createProducerConnection, enforceRedisPersistence } from '@ytmt/core';
import { DEMO_USERS } from '@ytmt/demo';
import { migrateCommand, seedDemoCommand } from './data.commands';
import { importEscoIfMissing } from './esco.command';
import { ensureLocalServices } from './local-services';
import { SupervisedProcess } from './process-supervisor';
import { buildWebAppIfStale } from './web-build';

const ROOT = join(__dirname, '..', '..', '..', '..');

function launch(name: string, entry: string): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, entry)],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // npm start is the demo: it signs in as demo users unless told otherwise (never in production,
      // where the API refuses AUTH_DEV_LOGIN).
      env: { ...process.env, AUTH_DEV_LOGIN: process.env['AUTH_DEV_LOGIN'] ?? 'true', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    },
  ).on('spawn', () => console.log(`Started ${name}.`));
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

/** npm start: services up, schema migrated, demo data in, web app built, API and worker running. */
export async function startCommand(config: AppConfig): Promise<void> {
  if (config.port === 0) throw new Error('PORT: npm start needs a fixed port (0 only suits tests)');
  await ensureLocalServices(config);
  await migrateCommand(config);
  await importEscoIfMissing(config);
  await seedDemoCommand(config);
  await buildWebAppIfStale(config);

  await checkRedis(config);

  // Each process is supervised on its own: a crashed worker is restarted with backoff while the
  // API keeps serving (it never depends on the worker), and the other way round.
  const processes = [
    new SupervisedProcess('API', () => launch('API', 'apps/api/src/main.ts')),
    new SupervisedProcess('worker', () => launch('worker', 'apps/worker/src/main.ts')),
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
  console.log(banner(config));
  await stopped;
}
