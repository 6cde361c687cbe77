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

@Injectable()
@JobHandler(QueueName.MAINTENANCE, 'test-very-slow')
class VerySlowJob implements JobHandlerInstance {
  async handle(data: unknown, job: Job) {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    calls.push({ name: 'test-very-slow', data, attempt: job.attemptsMade + 1 });
    return 'done';
  }
}

@Module({ providers: [RecordJob, AlwaysFailsJob, SlowJob, VerySlowJob, PurgeOutboxJob] })
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
    config = testConfig(await createTestDatabase(), { OUTBOX_POLL_MS: '60000', OUTBOX_MAX_ATTEMPTS: '3', JOB_SHUTDOWN_GRACE_MS: '1500' });
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
    const [row] = await dataSource.query('SELECT dispatched_at, dispatch_attempts, last_error, claimed_until, dead_lettered_at FROM outbox_event');
    expect(row.dispatched_at).toBeNull();
    // An outage is not the row's fault: it costs no attempt and never makes a dead letter.
    expect(row.dispatch_attempts).toBe(0);
    expect(row.last_error).toEqual(expect.any(String));
    expect(row.claimed_until).toBeNull();
    expect(row.dead_lettered_at).toBeNull();

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

  it('holds no row lock while BullMQ is talked to', async () => {
    await dataSource.transaction((manager) =>
      outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'hidas redis' } }),
    );
    const queue = queues.get(QueueName.MAINTENANCE);
    let release: () => void = () => undefined;
    const originalAdd = queue.add.bind(queue);
    const adding = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => undefined;
    const inAdd = new Promise<void>((resolve) => (entered = resolve));
    const spy = jest.spyOn(queue, 'add').mockImplementation(async (...args: Parameters<typeof queue.add>) => {
      entered();
      await adding;
      return originalAdd(...args);
    });
    try {
      const relaying = relay.relayOnce();
      await inAdd;
      // While the relay waits for Redis, the row is free: another transaction locks it at once.
      await dataSource.transaction(async (manager) => {
        const locked = await manager.query('SELECT id FROM outbox_event FOR UPDATE NOWAIT');
        expect(locked).toHaveLength(1);
      });
      release();
      expect(await relaying).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('turns a row BullMQ keeps refusing into a dead letter without holding up the rows behind it', async () => {
    // Written by hand: an old release's queue name that no longer exists.
    await dataSource.query(`INSERT INTO outbox_event (queue, job_name, payload, created_at) VALUES ('retired-queue', 'old-job', '{}', now() - interval '1 minute')`);
    await dataSource.transaction((manager) =>
      outbox.add(manager, { queue: QueueName.MAINTENANCE, jobName: 'test-record', data: { value: 'perässä' } }),
    );
    expect(await relay.relayOnce()).toBe(1);
    expect(await jobCount()).toBe(1);

    const bad = async () => (await dataSource.query(`SELECT dispatch_attempts, claimed_until > now() AS backing_off, dead_lettered_at, last_error FROM outbox_event WHERE queue = 'retired-queue'`))[0];
    expect(await bad()).toEqual({ dispatch_attempts: 1, backing_off: true, dead_lettered_at: null, last_error: 'Unknown queue "retired-queue"' });
    // Backing off: the next round leaves it alone.
    expect(await relay.relayOnce()).toBe(0);
    expect((await bad()).dispatch_attempts).toBe(1);

    for (let attempt = 2; attempt <= config.reliability.outboxMaxAttempts; attempt++) {
      await dataSource.query(`UPDATE outbox_event SET claimed_until = now() - interval '1 second' WHERE queue = 'retired-queue'`);
      await relay.relayOnce();
    }
    const dead = await bad();
    expect(dead.dispatch_attempts).toBe(3);
    expect(dead.dead_lettered_at).toEqual(expect.any(Date));
    // A dead letter is skipped for good and no longer counts as pending.
    await dataSource.query(`UPDATE outbox_event SET claimed_until = NULL WHERE queue = 'retired-queue'`);
    expect(await relay.relayOnce()).toBe(0);
    expect((await bad()).dispatch_attempts).toBe(3);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL')).toEqual([{ n: 0 }]);
  });

  it('waits for running jobs on shutdown only for the grace period', async () => {
    const host = moduleRef.get(WorkerHost);
    host.start();
    const queue = queues.get(QueueName.MAINTENANCE);
    await queue.add('test-very-slow', {}, { jobId: 'very-slow-1' });
    await eventually(async () => (await (await queue.getJob('very-slow-1'))?.getState()) === 'active');
    const started = Date.now();
    await host.stop();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(config.reliability.shutdownGraceMs - 50);
    expect(waited).toBeLessThan(config.reliability.shutdownGraceMs + 1000);
    // Abandoned, not completed: its lock lapses and another worker retakes it as stalled.
    expect(await (await queue.getJob('very-slow-1'))?.getState()).toBe('active');
    // Let the abandoned handler finish before the next test clears the queue.
    await eventually(async () => calls.find((c) => c.name === 'test-very-slow'), 6000);
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
