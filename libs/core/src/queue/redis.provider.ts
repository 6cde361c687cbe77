import IORedis, { Redis, RedisOptions } from 'ioredis';

export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');

const reconnect = (times: number) => Math.min(times * 200, 2000);

/**
 * Producer side (queues, health): commands fail at once while Redis is away instead of waiting,
 * so the outbox relay keeps its rows for the next round and /health answers promptly.
 */
export function createProducerConnection(redisUrl: string, overrides: RedisOptions = {}): Redis {
  return new IORedis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 3000,
    retryStrategy: reconnect,
    ...overrides,
  });
}

/** Consumer side (BullMQ workers): blocking commands must wait out an outage, as BullMQ requires. */
export function createWorkerConnection(redisUrl: string, overrides: RedisOptions = {}): Redis {
  return new IORedis(redisUrl, { maxRetriesPerRequest: null, retryStrategy: reconnect, ...overrides });
}
