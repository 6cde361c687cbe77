import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { STACK_FILE, type BrowserStack } from './stack';

const ROOT = join(__dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, isAlive: () => boolean, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (!isAlive()) throw new Error('npm start exited before the platform was healthy');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} was not healthy within ${seconds} s`);
}

/**
 * Once per run: the whole platform exactly as `npm start` starts it (migrations, ESCO, demo
 * data, web build, API and worker), on a database and queue prefix of its own.
 */
export default async function globalSetup(): Promise<void> {
  const run = randomBytes(4).toString('hex');
  process.env['YTMT_BROWSER_RUN'] = run;
  if (!existsSync(join(ROOT, 'apps', 'web', 'dist', 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build', '-w', '@ytmt/web'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The web app did not build');
  }
  const port = await freePort();
  const server = new URL(process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/ytmt');
  server.pathname = `/ytmt_browser_${run}`;
  const queuePrefix = `ytmt-browser-${run}`;
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps', 'cli', 'src', 'main.ts'), 'start'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', process.env['YTMT_BROWSER_VERBOSE'] ? 'inherit' : 'ignore', 'inherit'],
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        APP_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: server.toString(),
        QUEUE_PREFIX: queuePrefix,
        LOG_LEVEL: 'error',
        OUTBOX_POLL_MS: '200',
      },
    },
  );
  const stack: BrowserStack = { baseUrl: `http://localhost:${port}`, databaseUrl: server.toString(), pid: child.pid!, queuePrefix };
  writeFileSync(STACK_FILE, JSON.stringify(stack));
  await waitForHealth(`${stack.baseUrl}/health`, () => child.exitCode === null, 420);
  child.unref();
}
