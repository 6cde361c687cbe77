import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { withTimeout } from '../util/with-timeout';
import { OutboxRelay } from './outbox-relay.service';
import { REDIS_CONNECTION } from './redis.provider';
import { WorkerHost } from './worker-host.service';

/** What one worker process last said about itself. */
export interface WorkerBeat {
  id: string;
  host: string;
  pid: number;
  startedAt: string;
  beatAt: string;
  queues: string[];
  runningJobs: number;
  /** When the outbox relay last finished a round with Redis reachable. */
  relayOkAt: string | null;
}

export const heartbeatKeyPrefix = (queuePrefix: string): string => `${queuePrefix}:worker-heartbeat:`;

/**
 * The worker has no HTTP port: it proves it is alive by writing a key that expires after three
 * beats. /health/worker (API) and `npm run start:worker -- --probe`-style probes read it, so a
 * hung or dead worker shows within three intervals without the API depending on it.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private readonly id = `${hostname()}:${process.pid}`;
  private readonly startedAt = new Date().toISOString();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly host: WorkerHost,
    private readonly relay: OutboxRelay,
  ) {}

  start(): void {
    this.stopTimer();
    void this.beat();
    this.timer = setInterval(() => void this.beat(), this.config.reliability.workerHeartbeatMs);
    this.timer.unref();
  }

  async beat(): Promise<void> {
    const beat: WorkerBeat = {
      id: this.id,
      host: hostname(),
      pid: process.pid,
      startedAt: this.startedAt,
      beatAt: new Date().toISOString(),
      queues: this.host.queuesConsumed(),
      runningJobs: this.host.runningJobs(),
      relayOkAt: this.relay.lastSuccess()?.toISOString() ?? null,
    };
    try {
      await withTimeout(
        this.redis.set(this.key(), JSON.stringify(beat), 'PX', this.config.reliability.workerHeartbeatMs * 3),
        this.config.queueCommandTimeoutMs,
        'Redis',
      );
    } catch (error) {
      this.logger.warn(`Heartbeat not written: ${(error as Error).message}`);
    }
  }

  private key(): string {
    return `${heartbeatKeyPrefix(this.config.queuePrefix)}${this.id}`;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopTimer();
    await withTimeout(this.redis.del(this.key()), this.config.queueCommandTimeoutMs, 'Redis').catch(() => undefined);
  }
}

/** Every live worker's last beat (expired keys are gone by themselves). */
export async function readWorkerHeartbeats(redis: Redis, queuePrefix: string): Promise<WorkerBeat[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${heartbeatKeyPrefix(queuePrefix)}*`, 'COUNT', 200);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await redis.mget(...keys);
  return values.filter((value): value is string => value !== null).map((value) => JSON.parse(value) as WorkerBeat);
}
