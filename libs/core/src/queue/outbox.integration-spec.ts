import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  JobHandler,
  JobHandlerInstance,
  OutboxRelay,
  OutboxService,
  PurgeOutboxJob,
  QueueModule,
  QueueName,
  QueueRegistry,
  WorkerHost,
  WorkerRuntimeModule,
} from '@ytmt/core';
import { createTestDatabase, dropTestDatabase, eventually, removeQueueKeys, testConfig } from '@ytmt/test-kit';

const calls: { name: string; data: unknown; attempt: number }[] = [];

@Injectable()
@JobHandler(QueueName.MAINTENANCE, 'test-record')
class RecordJob implements JobHandlerInstance<{ value: string }> {
  async handle(data: { value: string }, job: Job) {
    calls.push({ name: 'test-record', data, attempt: job.attemptsMade + 1 });
    return { ok: true };
  }
}

@Injectable()
@JobHandler(QueueName.MAINTENANCE, 'test-always-fails')
class AlwaysFailsJob implements JobHandlerInstance {
  async handle(data: unknown, job: Job): Promise<never> {
    calls.push({ name: 'test-always-fails', data, attempt: job.attemptsMade + 1 });
    throw new Error('Kolmas yritys ei auta');
  }
}

@Injectable()
@JobHandler(QueueName.MAINTENANCE, 'test-slow')
class SlowJob implements JobHandlerInstance {
  async handle(data: unknown, job: Job) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    calls.push({ name: 'test-slow', data, attempt: job.attemptsMade + 1 });
    return 'done';
  }
}

@Module({ providers: [RecordJob, AlwaysFailsJob, SlowJob, PurgeOutboxJob] })
class TestJobsModule {}

async function boot(config: AppConfig) {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, WorkerRuntimeModule, TestJobsModule],
  }).compile();
  moduleRef.enableShutdownHooks();
  await moduleRef.init();
  return moduleRef;
}

describe('Transactional outbox and job runtime (real PostgreSQL and Redis)', () => {
  let config: AppConfig;
  let moduleRef: Awaited<ReturnType<typeof boot>>;
  let dataSource: DataSource;
  let outbox: OutboxService;
  let relay: OutboxRelay;
  let queues: QueueRegistry;

  beforeAll(async () => {
    config = testConfig(await createTestDatabase(), { OUTBOX_POLL_MS: '60000' });
    moduleRef = await boot(config);
    dataSource = moduleRef.get(getDataSourceToken());
    outbox = moduleRef.get(OutboxService);
    relay = moduleRef.get(OutboxRelay);
    queues = moduleRef.get(QueueRegistry);
  });

  afterAll(async () => {
    await moduleRef.close();
    await removeQueueKeys(config);
    await dropTestDatabase(config.databaseUrl);
  });

  beforeEach(async () => {
    calls.length = 0;
    await moduleRef.get(WorkerHost).stop();
    await queues.get(QueueName.MAINTENANCE).obliterate({ force: true });
    await dataSource.query('DELETE FROM outbox_event');
  });

  const jobCount = async () => {
    const counts = await queues.get(QueueName.MAINTENANCE).getJobCounts('wait', 'active', 'delayed', 'completed', 'failed');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };

  it('never turns an outbox row of a rolled-back transaction into a job', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'peruttu' } });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');

    expect(await relay.relayOnce()).toBe(0);
    expect(await jobCount()).toBe(0);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM outbox_event')).toEqual([{ n: 0 }]);
  });

  it('refuses to write an outbox row outside a transaction', async () => {
    await expect(
      outbox.add(dataSource.manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'x' } }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('relays a committed row once, and a replayed row with the same key adds no second job', async () => {
    for (let i = 0; i < 2; i++) {
      await dataSource.transaction((manager) =>
        outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'sama' }, dedupeKey: 'record:sama' }),
      );
    }
    expect(await relay.relayOnce()).toBe(2);
    expect(await relay.relayOnce()).toBe(0);
    expect(await jobCount()).toBe(1);
    const job = await queues.get(QueueName.MAINTENANCE).getJob('record_sama');
    expect(job?.data).toEqual({ value: 'sama' });
  });

  it('keeps rows while Redis is unreachable and delivers them when it is back', async () => {
    await dataSource.transaction((manager) =>
      outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'katko' } }),
    );
    const downConfig = { ...config, redisUrl: 'redis://127.0.0.1:1' };
    const downModule = await boot(downConfig);
    try {
      expect(await downModule.get(OutboxRelay).relayOnce()).toBe(0);
    } finally {
      await downModule.close();
    }
    const [row] = await dataSource.query('SELECT dispatched_at, dispatch_attempts, last_error FROM outbox_event');
    expect(row.dispatched_at).toBeNull();
    expect(row.dispatch_attempts).toBe(1);
    expect(row.last_error).toEqual(expect.any(String));

    expect(await relay.relayOnce()).toBe(1);
    expect(await jobCount()).toBe(1);
  });

  it('wakes on commit (NOTIFY) and the worker runs the job', async () => {
    const host = moduleRef.get(WorkerHost);
    host.start();
    await relay.start();
    try {
      await dataSource.transaction((manager) =>
        outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'heti' } }),
      );
      // The poll interval is a minute here: only the NOTIFY can deliver this in time.
      await eventually(async () => calls.find((c) => c.name === 'test-record'), 5000);
      expect(calls).toEqual([{ name: 'test-record', data: { value: 'heti' }, attempt: 1 }]);
    } finally {
      await relay.stop();
    }
  });

  it('retries a failing job with backoff and then keeps it as failed', async () => {
    moduleRef.get(WorkerHost).start();
    const queue = queues.get(QueueName.MAINTENANCE);
    await queue.add('test-always-fails', { value: 'virhe' }, { jobId: 'fails-1' });
    const failed = await eventually(async () => {
      const job = await queue.getJob('fails-1');
      return job && (await job.getState()) === 'failed' ? job : undefined;
    });
    expect(failed.attemptsMade).toBe(config.jobAttempts);
    expect(failed.failedReason).toBe('Kolmas yritys ei auta');
    expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect((await queue.getFailed()).map((job) => job.id)).toContain('fails-1');
  });

  it('fails a job of unknown name at once instead of retrying it', async () => {
    moduleRef.get(WorkerHost).start();
    const queue = queues.get(QueueName.MAINTENANCE);
    await queue.add('no-such-job', {}, { jobId: 'unknown-1' });
    const job = await eventually(async () => {
      const found = await queue.getJob('unknown-1');
      return found && (await found.getState()) === 'failed' ? found : undefined;
    });
    expect(job.attemptsMade).toBe(1);
  });

  it('lets a running job finish on shutdown', async () => {
    const host = moduleRef.get(WorkerHost);
    host.start();
    const queue = queues.get(QueueName.MAINTENANCE);
    await queue.add('test-slow', {}, { jobId: 'slow-1' });
    await eventually(async () => (await (await queue.getJob('slow-1'))?.getState()) === 'active');
    await host.stop();
    expect(await (await queue.getJob('slow-1'))?.getState()).toBe('completed');
    expect(calls.map((c) => c.name)).toEqual(['test-slow']);
  });

  it('purges old dispatched outbox rows; running the purge twice deletes nothing more', async () => {
    await dataSource.query(`
      INSERT INTO outbox_event (queue, job_name, payload, created_at, dispatched_at) VALUES
        ('maintenance', 'test-record', '{}', now() - interval '10 days', now() - interval '10 days'),
        ('maintenance', 'test-record', '{}', now() - interval '9 days', now() - interval '9 days'),
        ('maintenance', 'test-record', '{}', now() - interval '1 day', now() - interval '1 day'),
        ('maintenance', 'test-record', '{}', now() - interval '20 days', NULL)`);
    const purge = moduleRef.get(PurgeOutboxJob);
    expect(await purge.handle({})).toEqual({ deleted: 2 });
    expect(await purge.handle({})).toEqual({ deleted: 0 });
    const rest = await dataSource.query('SELECT dispatched_at IS NULL AS pending FROM outbox_event ORDER BY created_at');
    expect(rest).toEqual([{ pending: true }, { pending: false }]);
  });
});
