import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, createWorkerConnection, QueueName, REDIS_CONNECTION } from '@ytmt/core';
import { Redis } from 'ioredis';
import { IndexedProfileView, MatcherService } from './matcher.service';

/** How long an inspection's answers stay readable. */
const INSPECTION_TTL_S = 60;
/** Job ids remembered per job name for inspection. */
const RECENT_RUNS = 100;

/** One worker's answer to an inspection: what its index holds for the profile, and the jobs it ran. */
export interface WorkerIndexReport extends IndexedProfileView {
  worker: string;
  pid: number;
  /** The latest matching job ids this process ran, by job name (at most 100 each). */
  runs: Record<string, string[]>;
}

export const matchingChannels = (queuePrefix: string) => ({
  /** A profile changed: every other worker syncs its index from the database. */
  changed: `${queuePrefix}:matching:profile-changed`,
  /** An inspection request: every worker answers into the hash named in the request. */
  inspect: `${queuePrefix}:matching:inspect`,
});

/**
 * Keeps the in-memory matching index of every worker process in step. Each worker holds its own
 * index; the one that runs a profile's match job announces the change on Redis pub/sub, and every
 * other worker applies the profiles changed since its watermark (the same change feed each job
 * reads first, so a lost message only delays an idle worker until its next job). It also answers
 * inspections (an operator's or a test's question "what does your index hold for profile X?").
 */
@Injectable()
export class MatchingIndexChannel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingIndexChannel.name);
  readonly worker = `${hostname()}:${process.pid}`;
  private subscriber: Redis | null = null;
  private readonly runs = new Map<string, string[]>();

  constructor(
    private readonly matcher: MatcherService,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A worker started for other queues only (WORKER_QUEUES) keeps no index to follow.
    if (this.config.workerQueues && !this.config.workerQueues.includes(QueueName.MATCHING)) return;
    const channels = matchingChannels(this.config.queuePrefix);
    // A subscribed connection can do nothing else; it waits out a Redis outage and resubscribes.
    const subscriber = createWorkerConnection(this.config.redisUrl);
    subscriber.on('error', (error) => this.logger.warn(`Matching index channel: ${error.message}`));
    subscriber.on('message', (channel: string, message: string) => void this.received(channel, message));
    this.subscriber = subscriber;
    await subscriber.subscribe(channels.changed, channels.inspect);
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  /** Tells the other workers that a profile changed. Best effort: the change feed covers a miss. */
  async profileChanged(profileId: string): Promise<void> {
    try {
      await this.redis.publish(matchingChannels(this.config.queuePrefix).changed, JSON.stringify({ from: this.worker, profileId }));
    } catch (error) {
      this.logger.warn(`Could not announce a changed profile: ${(error as Error).message}`);
    }
  }

  /** Remembers that this process ran a matching job (for inspection). */
  recordRun(jobName: string, jobId: string | undefined): void {
    const ids = this.runs.get(jobName) ?? [];
    ids.push(jobId ?? '?');
    if (ids.length > RECENT_RUNS) ids.shift();
    this.runs.set(jobName, ids);
  }

  report(profileId: string): WorkerIndexReport {
    return { worker: this.worker, pid: process.pid, ...this.matcher.inspect(profileId), runs: Object.fromEntries(this.runs) };
  }

  private async received(channel: string, message: string): Promise<void> {
    const channels = matchingChannels(this.config.queuePrefix);
    try {
      const parsed = JSON.parse(message) as { from?: string; profileId?: string; replyTo?: string };
      if (channel === channels.changed && parsed.from !== this.worker) {
        await this.matcher.refresh();
      } else if (channel === channels.inspect && typeof parsed.profileId === 'string' && typeof parsed.replyTo === 'string') {
        // Only answers into keys under this deployment's prefix.
        if (!parsed.replyTo.startsWith(`${this.config.queuePrefix}:matching:inspection:`)) return;
        await this.redis.hset(parsed.replyTo, this.worker, JSON.stringify(this.report(parsed.profileId)));
        await this.redis.expire(parsed.replyTo, INSPECTION_TTL_S);
      }
    } catch (error) {
      this.logger.warn(`Matching index channel message failed: ${(error as Error).message}`);
    }
  }
}

/**
 * Asks every running worker what its index holds for a profile; resolves with the answers that
 * arrived within `waitMs`. For operators and tests; reads nothing but Redis.
 */
export async function inspectWorkerIndexes(redis: Redis, queuePrefix: string, profileId: string, waitMs = 500): Promise<WorkerIndexReport[]> {
  const replyTo = `${queuePrefix}:matching:inspection:${profileId}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
  await redis.publish(matchingChannels(queuePrefix).inspect, JSON.stringify({ profileId, replyTo }));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const answers = await redis.hgetall(replyTo);
  await redis.del(replyTo);
  return Object.values(answers)
    .map((answer) => JSON.parse(answer) as WorkerIndexReport)
    .sort((a, b) => a.worker.localeCompare(b.worker));
}
