import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig } from '@ytmt/core';
import { DEMO_USERS } from '@ytmt/demo';
import { migrateCommand, seedDemoCommand } from './data.commands';
import { importEscoIfMissing } from './esco.command';
import { ensureLocalServices } from './local-services';
import { buildWebAppIfStale } from './web-build';

const ROOT = join(__dirname, '..', '..', '..', '..');

function launch(name: string, entry: string): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, entry)],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') } },
  ).on('spawn', () => console.log(`Started ${name}.`));
}

async function waitForHealth(url: string, children: ChildProcess[], seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (children.some((child) => child.exitCode !== null)) throw new Error('A process exited during start-up');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become healthy in ${seconds} s`);
}

function banner(config: AppConfig): string {
  const base = `http://localhost:${config.port}`;
  const users = DEMO_USERS.map((u) => `  ${u.email.padEnd(40)} ${u.memberships.map((m) => m.role).join(', ')} — ${u.displayName}`);
  return [
    '',
    'Y-TMT is running.',
    `  Web app:  ${base}/`,
    `  GraphQL:  ${base}/graphql`,
    `  Health:   ${base}/health`,
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

  const children = [launch('API', 'apps/api/src/main.ts'), launch('worker', 'apps/worker/src/main.ts')];
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const exited = Promise.all(children.map((child) => new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)))));
  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping && code !== 0) {
        console.error(`A process exited with code ${code}; stopping the rest.`);
        stop('SIGTERM');
      }
    });
  }

  await waitForHealth(`http://127.0.0.1:${config.port}/health`, children);
  console.log(banner(config));
  const codes = await exited;
  process.exitCode = codes.some((code) => code !== 0) && !stopping ? 1 : 0;
}
