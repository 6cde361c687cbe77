import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, OutboxRelay, StructuredLogger, WorkerHost } from '@ytmt/core';
import { WorkerModule } from './worker.module';

export async function createWorkerContext(config: AppConfig): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new StructuredLogger(config.logLevel, { app: 'worker' }),
  });
  context.enableShutdownHooks();
  return context;
}

/** Starts consuming: workers first, so the relay's first batch finds them ready. */
export async function startWorker(context: INestApplicationContext): Promise<void> {
  context.get(WorkerHost).start();
  await context.get(OutboxRelay).start();
}
