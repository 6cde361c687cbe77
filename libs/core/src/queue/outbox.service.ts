import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { QueueName } from './queue-name.enum';

export interface OutboxMessage<TData extends Record<string, unknown>> {
  queue: QueueName;
  jobName: string;
  data: TData;
  /** Same key, same job: BullMQ will not enqueue a second one while the first exists. */
  dedupeKey?: string;
  /** Coalesce with a waiting job of the same key; a running one is followed by one more run. */
  coalesceKey?: string;
  /** Delay the job until then. */
  notBefore?: Date;
}

@Injectable()
export class OutboxService {
  /** Must be called with the manager of the transaction that makes the change. */
  async add<TData extends Record<string, unknown>>(
    manager: EntityManager,
    message: OutboxMessage<TData>,
  ): Promise<OutboxEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.add must run inside a transaction');
    }
    return manager.getRepository(OutboxEvent).save({
      queue: message.queue,
      jobName: message.jobName,
      payload: message.data,
      dedupeKey: message.dedupeKey ?? null,
      coalesceKey: message.coalesceKey ?? null,
      notBefore: message.notBefore ?? null,
    });
  }
}
