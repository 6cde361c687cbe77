import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError, Worker, WorkerOptions } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JOB_HANDLER_METADATA, JobHandlerInstance, JobHandlerMetadata } from './job-handler.decorator';
import { QueueName } from './queue-name.enum';
import { createWorkerConnection } from './redis.provider';
import { Redis } from 'ioredis';
import { withTimeout } from '../util/with-timeout';
import { JOB_OBSERVER, JobObserver } from '../metrics/job-observer';

/**
 * BullMQ renews a running job's lock every lockDuration/2; a job whose worker died keeps it for
 * at most lockDuration more. The stalled check first marks active jobs and, on its next run,
 * retakes those still unlocked, so it must run several times per lockDuration: checking only
 * every lockDuration (BullMQ's default pairing) let a killed worker's jobs wait up to ~3× as long.
 * With a quarter, a stalled job is retaken within about 1.25 × lockDuration.
 */
export function workerOptions(config: AppConfig): Omit<WorkerOptions, 'connection'> {
  return {
    prefix: config.queuePrefix,
    concurrency: config.queueConcurrency,
    lockDuration: config.jobLockMs,
    stalledInterval: Math.max(250, Math.floor(config.jobLockMs / 4)),
    maxStalledCount: 1,
  };
}

/** Consumer side: one BullMQ Worker per queue that has handlers, routing by job name. */
@Injectable()
export class WorkerHost implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: { worker: Worker; connection: Redis }[] = [];
  private running = 0;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(JOB_OBSERVER) private readonly observer: JobObserver | null = null,
  ) {}

  private collectHandlers(): Map<QueueName, Map<string, JobHandlerInstance>> {
    const byQueue = new Map<QueueName, Map<string, JobHandlerInstance>>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const meta = Reflect.getMetadata(JOB_HANDLER_METADATA, metatype) as JobHandlerMetadata | undefined;
      if (!meta) continue;
      const handlers = byQueue.get(meta.queue) ?? new Map<string, JobHandlerInstance>();
      if (handlers.has(meta.name)) throw new Error(`Two handlers for ${meta.queue}/${meta.name}`);
      handlers.set(meta.name, instance as JobHandlerInstance);
      byQueue.set(meta.queue, handlers);
    }
    return byQueue;
  }

  start(): void {
    for (const [queue, handlers] of this.collectHandlers()) {
      if (this.config.workerQueues && !this.config.workerQueues.includes(queue)) continue;
      const connection = createWorkerConnection(this.config.redisUrl);
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name);
          if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`);
          this.running++;
          const started = process.hrtime.bigint();
          let outcome: 'completed' | 'failed' = 'failed';
          try {
            const result = await handler.handle(job.data, job);
            outcome = 'completed';
            return result;
          } finally {
            this.running--;
            this.observer?.jobFinished(queue, job.name, Number(process.hrtime.bigint() - started) / 1e9, outcome);
          }
        },
        { connection, ...workerOptions(this.config) },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `Job ${queue}/${job?.name ?? '?'} (${job?.id ?? '?'}) failed on attempt ${job?.attemptsMade ?? '?'}: ${error.message}`,
        ),
      );
      worker.on('error', (error) => this.logger.warn(`Worker ${queue}: ${error.message}`));
      this.workers.push({ worker, connection });
      this.logger.log(`Processing queue "${queue}" (${[...handlers.keys()].join(', ')})`);
    }
  }

  /** How many jobs run in this process now (for the heartbeat). */
  runningJobs(): number {
    return this.running;
  }

  queuesConsumed(): string[] {
    return this.workers.map(({ worker }) => worker.name);
  }

  /**
   * Takes no new jobs and waits for the running ones, at most the shutdown grace period
   * (JOB_SHUTDOWN_GRACE_MS). A job still running then is abandoned: its lock lapses and another
   * worker retakes it as stalled, so handlers are idempotent and a retake does no harm.
   */
  async stop(): Promise<void> {
    const workers = this.workers.splice(0);
    const grace = this.config.reliability.shutdownGraceMs;
    await Promise.all(
      workers.map(async ({ worker, connection }) => {
        const closing = worker.close();
        try {
          await withTimeout(closing, grace, `Running jobs of queue "${worker.name}"`);
          await connection.quit().catch(() => connection.disconnect());
        } catch (error) {
          // close() cannot be hurried once called (and cutting its connection makes BullMQ spin):
          // stop waiting instead. The process exits next, the job's lock lapses, and another
          // worker retakes the job as stalled within about JOB_LOCK_MS.
          this.logger.warn(`${(error as Error).message}; leaving them to be retaken as stalled`);
          void closing.then(
            () => connection.quit().catch(() => connection.disconnect()),
            () => connection.disconnect(),
          );
        }
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
