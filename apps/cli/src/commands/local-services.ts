import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { Client } from 'pg';
import IORedis from 'ioredis';
import { AppConfig, splitDatabaseUrl } from '@ytmt/core';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postgresReachable(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: splitDatabaseUrl(databaseUrl).maintenanceUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisReachable(redisUrl: string): Promise<boolean> {
  const redis = new IORedis(redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function waitFor(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 2; i++) {
    if (await check()) return true;
    await sleep(500);
  }
  return false;
}

const DOCKER_HINT =
  'If you have Docker, `docker compose -f infra/docker-compose.yml up -d` starts PostgreSQL, Redis and Meilisearch ' +
  'with the default settings; otherwise install them (Debian: apt-get install postgresql redis-server) or point ' +
  'DATABASE_URL and REDIS_URL at running servers.';

/** Starts the Debian-packaged PostgreSQL and Redis when they are installed but stopped. */
export async function ensureLocalServices(config: AppConfig): Promise<void> {
  if (!(await postgresReachable(config.databaseUrl))) {
    const host = new URL(config.databaseUrl).hostname;
    if (LOCAL_HOSTS.has(host) && onPath('pg_ctlcluster') && existsSync('/etc/postgresql')) {
      for (const version of readdirSync('/etc/postgresql')) {
        console.log(`Starting PostgreSQL ${version} (pg_ctlcluster)…`);
        spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
      }
    }
    if (!(await waitFor(() => postgresReachable(config.databaseUrl), 20))) {
      throw new Error(`PostgreSQL is not reachable at DATABASE_URL. ${DOCKER_HINT}`);
    }
  }
  if (!(await redisReachable(config.redisUrl))) {
    const host = new URL(config.redisUrl).hostname;
    if (LOCAL_HOSTS.has(host) && onPath('redis-server')) {
      console.log('Starting Redis (redis-server --daemonize yes)…');
      mkdirSync('/var/lib/redis', { recursive: true });
      const logDir = existsSync('/var/log/redis') ? '/var/log/redis' : '/tmp';
      execFileSync('redis-server', [
        '--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', new URL(config.redisUrl).port || '6379',
        // AOF and no eviction, as BullMQ requires: queued and delayed jobs survive a restart.
        '--save', '', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction',
        '--dir', '/var/lib/redis', '--logfile', `${logDir}/ytmt-redis.log`,
      ]);
    }
    if (!(await waitFor(() => redisReachable(config.redisUrl), 15))) {
      throw new Error(`Redis is not reachable at REDIS_URL. ${DOCKER_HINT}`);
    }
  }
}
