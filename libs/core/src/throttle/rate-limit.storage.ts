import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { createProducerConnection } from '../queue/redis.provider';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts in Redis, so that a limit holds however many API instances share the load. When Redis
 * does not answer, the count falls back to this instance's memory: limits keep holding (per
 * instance) and public reads keep working through a Redis outage.
 */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitStorage.name);
  private readonly connection: Redis;
  private readonly redis: ThrottlerStorageRedisService;
  private readonly memory = new ThrottlerStorageService();
  private lastWarning = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createProducerConnection(config.redisUrl, {
      commandTimeout: Math.min(config.queueCommandTimeoutMs, 1000),
      lazyConnect: false,
    });
    // ioredis reports connection errors as events; the fallback covers them and warns (once a minute).
    this.connection.on('error', () => undefined);
    this.redis = new ThrottlerStorageRedisService(this.connection);
  }

  /**
   * Commands fail at once while Redis is away (no offline queue), so the first requests would be
   * counted in memory: start counting in Redis from the first request, unless Redis is down.
   */
  async onModuleInit(): Promise<void> {
    if (this.connection.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.connection.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, this.config.queueCommandTimeoutMs);
      this.connection.once('ready', done);
    });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<StorageRecord> {
    try {
      return await this.redis.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(`Rate limits counted in memory: Redis did not answer (${(error as Error).message})`);
      }
      return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.memory.onApplicationShutdown();
    this.connection.disconnect();
  }
}
