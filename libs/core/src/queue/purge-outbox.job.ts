import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobHandler, JobHandlerInstance } from './job-handler.decorator';
import { QueueName } from './queue-name.enum';
import { RecurringJobs } from './recurring-jobs.service';

export const PURGE_OUTBOX_JOB = 'purge-outbox';
export const OUTBOX_RETENTION_DAYS = 7;

export interface PurgeOutboxJobData {
  retentionDays?: number;
}

/** Scheduled housekeeping: dispatched outbox rows are only needed while jobs may be replayed. */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, PURGE_OUTBOX_JOB)
export class PurgeOutboxJob implements JobHandlerInstance<PurgeOutboxJobData, { deleted: number }> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(data: PurgeOutboxJobData): Promise<{ deleted: number }> {
    const days = data.retentionDays ?? OUTBOX_RETENTION_DAYS;
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM outbox_event WHERE dispatched_at < now() - make_interval(days => $1)`,
      [days],
    );
    return { deleted: result[1] };
  }
}

const PURGE_EVERY_MS = 6 * 3600 * 1000;

/** Registers the purge as a repeating job, kept (and restored after a Redis reconnect) by RecurringJobs. */
@Injectable()
export class OutboxHousekeeping implements OnApplicationBootstrap {
  constructor(private readonly recurring: RecurringJobs) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.recurring.register(QueueName.MAINTENANCE, PURGE_OUTBOX_JOB, { every: PURGE_EVERY_MS }, { name: PURGE_OUTBOX_JOB, data: {} });
  }
}
