import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, APP_CONFIG, enforceRedisPersistence, OutboxRelay, REDIS_CONNECTION, StructuredLogger, WorkerHeartbeat, WorkerHost } from '@ytmt/core';
import { Redis } from 'ioredis';
import { WorkerModule } from './worker.module';

export async function createWorkerContext(config: AppConfig): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new StructuredLogger(config.logLevel, { app: 'worker' }),
  });
  context.enableShutdownHooks();
  return context;
}

/**
 * Starts consuming: Redis must keep what it is given (refused in production, a loud warning
 * elsewhere), then workers, so the relay's first batch finds them ready, then the heartbeat.
 */
export async function startWorker(context: INestApplicationContext): Promise<void> {
  const config = context.get<AppConfig>(APP_CONFIG);
  await enforceRedisPersistence(context.get<Redis>(REDIS_CONNECTION), config.reliability.redisPolicyCheck, config.queueCommandTimeoutMs);
  context.get(WorkerHost).start();
  await context.get(OutboxRelay).start();
  context.get(WorkerHeartbeat).start();
}
