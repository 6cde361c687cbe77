import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JOB_HANDLER_METADATA, JobHandlerInstance, JobHandlerMetadata } from './job-handler.decorator';
import { QueueName } from './queue-name.enum';
import { createWorkerConnection } from './redis.provider';
import { Redis } from 'ioredis';

/** Consumer side: one BullMQ Worker per queue that has handlers, routing by job name. */
@Injectable()
export class WorkerHost implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: { worker: Worker; connection: Redis }[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      const connection = createWorkerConnection(this.config.redisUrl);
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name);
          if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`);
          return handler.handle(job.data, job);
        },
        {
          connection,
          prefix: this.config.queuePrefix,
          concurrency: this.config.queueConcurrency,
          // A job whose worker died (killed, crashed) loses its lock and is retried by another.
          lockDuration: this.config.jobLockMs,
          stalledInterval: this.config.jobLockMs,
        },
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

  /** Waits for running jobs to finish, then closes the connections. */
  async stop(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(
      workers.map(async ({ worker, connection }) => {
        await worker.close();
        await connection.quit().catch(() => connection.disconnect());
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
