import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandler, JobHandlerInstance, QueueName, QueueRegistry, RecurringJobs } from '@ytmt/core';
import { EXPIRE_CONSENTS_JOB, MATCH_NEED_JOB, MATCH_PROFILE_JOB, MatchNeedJobData, MatchProfileJobData, REMATCH_ALL_JOB } from '@ytmt/events';
import { ConsentService } from '@ytmt/talent';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { ENGINE_VERSION } from './engine';
import { MatchResultStore } from './match-result.store';
import { MatcherService } from './matcher.service';
import { MatchingIndexChannel } from './matching-index.channel';
import { ShareRequestService } from './share-request.service';

/** Recomputes one need's suggestions. Idempotent: it re-reads the need and upserts by pair. */
@Injectable()
@JobHandler(QueueName.MATCHING, MATCH_NEED_JOB)
export class MatchNeedJob implements JobHandlerInstance<MatchNeedJobData, { stored: number }> {
  constructor(
    private readonly matcher: MatcherService,
    private readonly channel: MatchingIndexChannel,
  ) {}

  handle(data: MatchNeedJobData, job?: Job<MatchNeedJobData>): Promise<{ stored: number }> {
    this.channel.recordRun(MATCH_NEED_JOB, job?.id);
    return this.matcher.matchNeed(data.needId);
  }
}

/** Recomputes one profile's matches, or takes it off every list when it may not be matched. */
@Injectable()
@JobHandler(QueueName.MATCHING, MATCH_PROFILE_JOB)
export class MatchProfileJob implements JobHandlerInstance<MatchProfileJobData, { stored: number; withdrawn: boolean }> {
  constructor(
    private readonly matcher: MatcherService,
    private readonly channel: MatchingIndexChannel,
  ) {}

  // The other workers' indexes follow through the channel once this one has applied the change.
  async handle(data: MatchProfileJobData, job?: Job<MatchProfileJobData>): Promise<{ stored: number; withdrawn: boolean }> {
    this.channel.recordRun(MATCH_PROFILE_JOB, job?.id);
    const result = await this.matcher.matchProfile(data.profileId);
    await this.channel.profileChanged(data.profileId);
    return result;
  }
}

export type RematchAllJobData = Record<string, never>;

/** Nightly: rebuilds the index and recomputes every open need, reporting progress on the job. */
@Injectable()
@JobHandler(QueueName.MATCHING, REMATCH_ALL_JOB)
export class RematchAllJob implements JobHandlerInstance<RematchAllJobData, { needs: number; profiles: number }> {
  constructor(
    private readonly matcher: MatcherService,
    private readonly channel: MatchingIndexChannel,
  ) {}

  handle(_data: RematchAllJobData, job: Job<RematchAllJobData>): Promise<{ needs: number; profiles: number }> {
    this.channel.recordRun(REMATCH_ALL_JOB, job.id);
    return this.matcher.rematchAll(async (done, total) => {
      await job.updateProgress(total === 0 ? 100 : Math.round((done / total) * 100));
    });
  }
}

/** Records consents and share requests whose time has passed; the consent expiries re-match. */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, EXPIRE_CONSENTS_JOB)
export class ExpiryJob implements JobHandlerInstance<Record<string, never>, { consents: number; shareRequests: number }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consents: ConsentService,
    private readonly shares: ShareRequestService,
  ) {}

  async handle(): Promise<{ consents: number; shareRequests: number }> {
    // Requests first: an expired MATCHING consent makes the matcher cancel the person's open requests.
    const shareRequests = await this.dataSource.transaction((manager) => this.shares.expireDue(manager));
    const consents = await this.consents.expireDue();
    return { consents, shareRequests };
  }
}

const EXPIRY_EVERY_MS = 60 * 1000;
const REMATCH_ALL_PATTERN = '0 30 2 * * *';

/**
 * Schedules the expiry sweep every minute and the full re-match nightly; upserts keep one of each.
 * When stored results come from another engine version (ENGINE_VERSION was bumped), the full
 * re-match also runs once right away rather than waiting for the night.
 */
@Injectable()
export class MatchingSchedules implements OnApplicationBootstrap {
  constructor(
    private readonly recurring: RecurringJobs,
    private readonly results: MatchResultStore,
    private readonly queues: QueueRegistry,
  ) {}

  // RecurringJobs restores both after a Redis reconnect too (Redis may come back empty).
  async onApplicationBootstrap(): Promise<void> {
    await this.recurring.register(QueueName.MAINTENANCE, EXPIRE_CONSENTS_JOB, { every: EXPIRY_EVERY_MS }, { name: EXPIRE_CONSENTS_JOB, data: {} });
    await this.recurring.register(QueueName.MATCHING, REMATCH_ALL_JOB, { pattern: REMATCH_ALL_PATTERN, tz: 'Europe/Helsinki' }, { name: REMATCH_ALL_JOB, data: {} });
    await this.rematchStaleResults();
  }

  /**
   * Queues one full re-match when results of another engine version remain. The job id names the
   * version, so workers starting together queue it once.
   */
  async rematchStaleResults(): Promise<boolean> {
    if (!(await this.results.hasStaleResults(ENGINE_VERSION))) return false;
    await this.queues.get(QueueName.MATCHING).add(REMATCH_ALL_JOB, {}, { jobId: `${REMATCH_ALL_JOB}-${ENGINE_VERSION}` });
    return true;
  }
}
