import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackFile, type BrowserStack } from './stack';

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
  // The run's own build of the web app, so that parallel runs and rebuilds never disturb it.
  const webDist = join(tmpdir(), `ytmt-web-${run}`);
  const web = join(ROOT, 'apps', 'web');
  for (const [command, args] of [
    ['npm', ['run', 'codegen', '-w', '@ytmt/web']],
    [process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', webDist]],
  ] as const) {
    const result = spawnSync(command, [...args], { cwd: command === 'npm' ? ROOT : web, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`The web app did not build (${command} ${args.join(' ')})`);
  }
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('The web build has no index.html');
  const port = await freePort();
  const server = new URL(process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/ytmt');
  server.pathname = `/ytmt_browser_${run}`;
  const queuePrefix = `ytmt-browser-${run}`;
  const logFile = join(tmpdir(), `ytmt-browser-${run}.log`);
  const log = openSync(logFile, 'w');
  console.log(`\nBrowser tests: starting the platform as npm start does (log: ${logFile})…`);
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps', 'cli', 'src', 'main.ts'), 'start'],
    {
      cwd: ROOT,
      detached: true,
      // Its progress goes to a log file, shown when start-up fails (or live with YTMT_BROWSER_VERBOSE=1).
      stdio: process.env['YTMT_BROWSER_VERBOSE'] ? ['ignore', 'inherit', 'inherit'] : ['ignore', log, log],
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        APP_ENV: 'development',
        AUTH_DEV_LOGIN: 'true',
        // Every browser test calls from this machine: rate limits stay out of their way.
        RATE_LIMIT_PUBLIC_PER_CLIENT: '1000000',
        RATE_LIMIT_PUBLIC_PER_USER: '1000000',
        RATE_LIMIT_NOTIFY_PER_CLIENT: '1000000',
        RATE_LIMIT_NOTIFY_PER_USER: '1000000',
        PORT: String(port),
        DATABASE_URL: server.toString(),
        QUEUE_PREFIX: queuePrefix,
        LOG_LEVEL: 'error',
        OUTBOX_POLL_MS: '200',
        WEB_DIST_DIR: webDist,
      },
    },
  );
  const stack: BrowserStack = { baseUrl: `http://localhost:${port}`, databaseUrl: server.toString(), pid: child.pid!, queuePrefix, webDist };
  writeFileSync(stackFile(), JSON.stringify(stack));
  try {
    await waitForHealth(`${stack.baseUrl}/health`, () => child.exitCode === null, 420);
  } catch (error) {
    console.error(readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n'));
    throw error;
  }
  console.log(`Browser tests: the platform answers at ${stack.baseUrl}.`);
  child.unref();
}
