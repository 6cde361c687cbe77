import { hostname } from 'node:os';
import { AppConfig, createProducerConnection, readWorkerHeartbeats, withTimeout } from '@ytmt/core';

/**
 * True when a worker on this host wrote its heartbeat within the last three intervals, for a
 * container's exec probe: `npm run start:worker -- --probe`. Prints what it found.
 */
export async function probeWorker(config: AppConfig, host = hostname()): Promise<boolean> {
  const redis = createProducerConnection(config.redisUrl, { lazyConnect: true, retryStrategy: () => null });
  try {
    await withTimeout(redis.connect(), config.healthTimeoutMs, 'Redis');
    const beats = (await withTimeout(readWorkerHeartbeats(redis, config.queuePrefix), config.healthTimeoutMs, 'Redis')).filter((beat) => beat.host === host);
    process.stdout.write(`${JSON.stringify({ status: beats.length > 0 ? 'ok' : 'error', workers: beats })}\n`);
    return beats.length > 0;
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ status: 'error', message: (error as Error).message })}\n`);
    return false;
  } finally {
    redis.disconnect();
  }
}
