// Real API and worker processes for tests of several instances, started as `npm start` starts them
// (node with ts-node, transpile only) and always stopped again, even when a test fails.
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_REDIS_URL } from './test-config';

const ROOT = join(__dirname, '..', '..');

/** The environment testConfig() parses, as variables for a child process. */
export function testEnvironment(databaseUrl: string, queuePrefix: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    APP_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
    JOB_BACKOFF_MS: '20',
    JOB_ATTEMPTS: '3',
    OUTBOX_POLL_MS: '100',
    QUEUE_COMMAND_TIMEOUT_MS: '1000',
    AUTH_DEV_LOGIN: 'true',
    RATE_LIMIT_PUBLIC_PER_CLIENT: '1000000',
    RATE_LIMIT_PUBLIC_PER_USER: '1000000',
    RATE_LIMIT_NOTIFY_PER_CLIENT: '1000000',
    RATE_LIMIT_NOTIFY_PER_USER: '1000000',
    ...env,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface ServiceProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** What the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  alive(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts apps/<app>/src/main.ts in its own process with these variables on top of the test's own. */
export function startService(name: string, app: 'api' | 'worker', env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps', app, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    pid: child.pid,
    child,
    output: () => output,
    alive,
    async stop(graceMs = 10_000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => alive() && child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls until `check` returns a value other than undefined/false, failing early when a process died. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, processes: readonly ServiceProcess[], timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const dead = processes.find((p) => !p.alive());
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}:\n${dead.output()}`);
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
