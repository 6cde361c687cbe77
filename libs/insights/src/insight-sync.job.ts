import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobHandlerInstance, QueueName, RecurringJobs } from '@ytmt/core';
import { InsightRefreshService, SyncResult } from './insight-refresh.service';

export const INSIGHTS_SYNC_JOB = 'insights-sync';
/** How often the summaries follow the change feed. */
export const INSIGHTS_SYNC_EVERY_MS = 30_000;

export type InsightsSyncJobData = Record<string, never>;

/** Brings the summary cells up to date with what changed since the last run (the first run builds them all). */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, INSIGHTS_SYNC_JOB)
export class InsightsSyncJob implements JobHandlerInstance<InsightsSyncJobData, SyncResult> {
  constructor(private readonly refresh: InsightRefreshService) {}

  handle(): Promise<SyncResult> {
    return this.refresh.sync();
  }
}

/** The worker registers the repeating sync; RecurringJobs restores it after a Redis reconnect. */
@Injectable()
export class InsightsSchedules implements OnApplicationBootstrap {
  constructor(private readonly recurring: RecurringJobs) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.recurring.register(QueueName.MAINTENANCE, INSIGHTS_SYNC_JOB, { every: INSIGHTS_SYNC_EVERY_MS }, { name: INSIGHTS_SYNC_JOB, data: {} });
  }
}
