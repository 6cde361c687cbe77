import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { defaultJobOptions } from './job-defaults';
import { ALL_QUEUES, QueueName } from './queue-name.enum';
import { REDIS_CONNECTION } from './redis.provider';
import { withTimeout } from '../util/with-timeout';

/** Producer side: one BullMQ Queue per name, sharing one Redis connection. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
  ) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        defaultJobOptions: defaultJobOptions(this.config),
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  names(): readonly QueueName[] {
    return ALL_QUEUES;
  }

  async onApplicationShutdown(): Promise<void> {
    const timeout = this.config.queueCommandTimeoutMs;
    // A queue that never reached Redis would wait for it forever on close.
    await Promise.all([...this.queues.values()].map((queue) => withTimeout(queue.close(), timeout, 'Redis').catch(() => undefined)));
    this.queues.clear();
    await withTimeout(this.connection.quit(), timeout, 'Redis').catch(() => this.connection.disconnect());
  }
}
