import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { RedisPolicyCheck } from '../config/config.schema';
import { withTimeout } from '../util/with-timeout';

/** What the Redis server says about keeping data; null: it would not say (CONFIG disabled). */
export interface RedisPersistence {
  appendonly: string | null;
  maxmemoryPolicy: string | null;
}

export class RedisPolicyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Redis may lose queued jobs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RedisPolicyError';
  }
}

/** Pure: what is wrong for BullMQ, which needs AOF persistence and no eviction of its keys. */
export function redisPersistenceProblems(persistence: RedisPersistence): string[] {
  const problems: string[] = [];
  if (persistence.appendonly === null) {
    problems.push('appendonly could not be read (CONFIG GET refused): make sure AOF persistence is on');
  } else if (persistence.appendonly !== 'yes') {
    problems.push(`appendonly is "${persistence.appendonly}": a restart loses every waiting and delayed job (set appendonly yes)`);
  }
  if (persistence.maxmemoryPolicy === null) {
    problems.push('maxmemory-policy could not be read (CONFIG GET refused): make sure it is noeviction');
  } else if (persistence.maxmemoryPolicy !== 'noeviction') {
    problems.push(`maxmemory-policy is "${persistence.maxmemoryPolicy}": Redis may evict job keys (set noeviction, as BullMQ requires)`);
  }
  return problems;
}

async function configValue(redis: Redis, name: string): Promise<string | null> {
  try {
    const answer = (await redis.call('CONFIG', 'GET', name)) as string[];
    return answer.length >= 2 ? String(answer[1]) : null;
  } catch {
    return null;
  }
}

export async function readRedisPersistence(redis: Redis, timeoutMs: number): Promise<RedisPersistence> {
  return withTimeout(
    Promise.all([configValue(redis, 'appendonly'), configValue(redis, 'maxmemory-policy')]).then(([appendonly, maxmemoryPolicy]) => ({
      appendonly,
      maxmemoryPolicy,
    })),
    timeoutMs,
    'Redis',
  );
}

/**
 * Checks at start that Redis keeps what it is given. `refuse` (production default) throws,
 * `warn` (development and test: the developer machine's Redis runs without AOF) logs loudly.
 */
export async function enforceRedisPersistence(
  redis: Redis,
  mode: RedisPolicyCheck,
  timeoutMs: number,
  logger: Pick<Logger, 'warn'> = new Logger('RedisPolicy'),
): Promise<string[]> {
  if (mode === 'off') return [];
  const problems = redisPersistenceProblems(await readRedisPersistence(redis, timeoutMs));
  if (problems.length === 0) return [];
  const error = new RedisPolicyError(problems);
  if (mode === 'refuse') throw error;
  logger.warn(
    `${'!'.repeat(72)}\n${error.message}\n  Jobs already handed to Redis are re-derived from PostgreSQL where possible, but set ` +
      `REDIS_POLICY_CHECK=refuse in production.\n${'!'.repeat(72)}`,
  );
  return problems;
}
