import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, RepeatOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from './queue-name.enum';
import { QueueRegistry } from './queue-registry.service';
import { REDIS_CONNECTION } from './redis.provider';

interface Schedule {
  queue: QueueName;
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  template: { name: string; data: Record<string, unknown>; opts?: JobSchedulerTemplateOptions };
}

/**
 * The repeating jobs (expiry sweep, outbox purge, nightly re-match…) and what must be re-derived
 * when Redis comes back. BullMQ keeps schedules in Redis only: a Redis that restarts empty (no
 * AOF, a failover, a flush) forgets them. Each schedule is upserted when registered and again on
 * every 'ready' of the shared connection, i.e. after every reconnect; upserting keeps exactly one.
 */
@Injectable()
export class RecurringJobs implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RecurringJobs.name);
  private readonly schedules = new Map<string, Schedule>();
  private readonly reconnectHooks = new Map<string, () => Promise<unknown>>();
  private restoring: Promise<void> | undefined;
  private readonly onReady = () => {
    this.restoring = this.restore();
  };

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
  ) {}

  onModuleInit(): void {
    this.redis.on('ready', this.onReady);
  }

  /** Keeps one schedule with this id on the queue, now and after every Redis reconnect. */
  async register(
    queue: QueueName,
    id: string,
    repeat: Omit<RepeatOptions, 'key'>,
    template: Schedule['template'],
  ): Promise<void> {
    const schedule = { queue, id, repeat, template };
    this.schedules.set(`${queue}/${id}`, schedule);
    await this.upsert(schedule);
  }

  /** Runs the hook after every Redis reconnect, to re-enqueue what PostgreSQL says must still happen. */
  onReconnect(name: string, hook: () => Promise<unknown>): void {
    this.reconnectHooks.set(name, hook);
  }

  registered(): { queue: QueueName; id: string }[] {
    return [...this.schedules.values()].map(({ queue, id }) => ({ queue, id }));
  }

  /** Upserts every schedule and runs every reconnect hook; failures are logged, the next 'ready' tries again. */
  async restore(): Promise<void> {
    for (const schedule of this.schedules.values()) {
      await this.upsert(schedule).catch((error: unknown) =>
        this.logger.warn(`Could not restore schedule ${schedule.queue}/${schedule.id}: ${String(error)}`),
      );
    }
    for (const [name, hook] of this.reconnectHooks) {
      await hook().catch((error: unknown) => this.logger.warn(`Reconnect hook "${name}" failed: ${String(error)}`));
    }
  }

  private async upsert({ queue, id, repeat, template }: Schedule): Promise<void> {
    await this.queues.get(queue).upsertJobScheduler(id, repeat, template);
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.off('ready', this.onReady);
    await this.restoring;
  }
}
