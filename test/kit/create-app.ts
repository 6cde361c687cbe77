import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ytmt/core';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { createWorkerContext, startWorker } from '../../apps/worker/src/bootstrap';
import { createTestDatabase, dropTestDatabase } from './test-database';
import { TEST_REDIS_URL, testConfig } from './test-config';

export interface TestApp {
  config: AppConfig;
  app: INestApplication;
  worker: INestApplicationContext | null;
  url: string;
  graphqlUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  /** Also run the worker (outbox relay and job processors) in this process. */
  worker?: boolean;
  env?: Record<string, string>;
}

/** Boots the real API (and optionally the worker) on a fresh database cloned from the template. */
export async function createApp(options: CreateAppOptions = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config = testConfig(databaseUrl, options.env);
  const app = await createApiApplication(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  let worker: INestApplicationContext | null = null;
  if (options.worker) {
    worker = await createWorkerContext(config);
    await startWorker(worker);
  }
  return {
    config,
    app,
    worker,
    url,
    graphqlUrl: `${url}/graphql`,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    async close() {
      await worker?.close();
      await app.close();
      // The app may have been pointed at an unreachable Redis on purpose; clean up in the real one.
      await removeQueueKeys({ ...config, redisUrl: TEST_REDIS_URL });
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** Deletes every Redis key under the test's queue prefix. */
export async function removeQueueKeys(config: AppConfig): Promise<void> {
  const redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
