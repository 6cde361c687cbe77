import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { Redis } from 'ioredis';
import { toJobId } from './job-defaults';
import { ALL_QUEUES, QueueName } from './queue-name.enum';
import { REDIS_CONNECTION } from './redis.provider';
import { QueueRegistry } from './queue-registry.service';
import { withTimeout } from '../util/with-timeout';

const BATCH_SIZE = 200;
export const OUTBOX_CHANNEL = 'outbox_event';
/** Longest wait before the relay tries a refused row again. */
const MAX_RETRY_DELAY_S = 300;

interface ClaimedRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  coalesce_key: string | null;
  not_before: Date | null;
  created_at: Date;
  dispatch_attempts: number;
}

/** A batch's outcome: rows handed over, and whether Redis itself was unreachable (stop for now). */
interface BatchResult {
  claimed: number;
  dispatched: number;
  redisDown: boolean;
}

/** The refusal was about this row (BullMQ answered), not about Redis being away. */
class RowRefused extends Error {}

/**
 * Moves committed outbox rows to BullMQ. Wakes on NOTIFY (sent by a trigger, so only on commit)
 * and polls as a fallback. Rows are claimed with a short lease in one statement, handed to
 * BullMQ with no transaction open and no row lock held, then marked dispatched: a Redis outage
 * leaves them pending for the next round, a crash between add and mark re-adds the same
 * deterministic job id once the lease lapses, which BullMQ ignores. A row BullMQ refuses while
 * Redis answers is retried with backoff and, after OUTBOX_MAX_ATTEMPTS, becomes a dead letter,
 * so one bad row never holds up the rows behind it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private listener: Client | undefined;
  private running: Promise<void> | undefined;
  private wakeRequested = false;
  private stopped = true;
  private lastSuccessAt: Date | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.schedule(0);
  }

  /** When the relay last completed a round with Redis reachable (for the worker heartbeat). */
  lastSuccess(): Date | null {
    return this.lastSuccessAt;
  }

  /** Dispatches what is pending now; returns how many rows reached BullMQ. */
  async relayOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, dispatched, redisDown } = await this.relayBatch();
      total += dispatched;
      if (redisDown) return total;
      if (claimed < BATCH_SIZE) {
        this.lastSuccessAt = new Date();
        return total;
      }
    }
  }

  private async relayBatch(): Promise<BatchResult> {
    const rows = await this.claim();
    const done: string[] = [];
    let redisDown = false;
    let index = 0;
    for (; index < rows.length; index++) {
      const row = rows[index];
      try {
        await this.dispatch(row);
        done.push(row.id);
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        if (!(error instanceof RowRefused) && !(await this.redisAnswers())) {
          this.logger.warn(`Outbox relay paused, Redis unreachable: ${message}`);
          await this.dataSource.query(`UPDATE outbox_event SET last_error = $2 WHERE id = $1`, [row.id, message]);
          redisDown = true;
          break;
        }
        await this.refused(row, message);
      }
    }
    if (done.length > 0) {
      await this.dataSource.query(`UPDATE outbox_event SET dispatched_at = now(), claimed_until = NULL WHERE id = ANY($1)`, [done]);
    }
    const untried = rows.slice(index).map((row) => row.id);
    if (untried.length > 0) {
      await this.dataSource.query(`UPDATE outbox_event SET claimed_until = NULL WHERE id = ANY($1)`, [untried]);
    }
    return { claimed: rows.length, dispatched: done.length, redisDown };
  }

  /** One short statement: the lease keeps other relays off the rows, no lock outlives it. */
  private async claim(): Promise<ClaimedRow[]> {
    // Long enough for a batch even when each add waits out the command timeout once.
    const leaseSeconds = Math.ceil((this.config.queueCommandTimeoutMs * 2) / 1000) + 30;
    const [rows]: [ClaimedRow[], number] = await this.dataSource.query(
      `UPDATE outbox_event SET claimed_until = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM outbox_event
                      WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, job_name, payload, dedupe_key, coalesce_key, not_before, created_at, dispatch_attempts`,
      [BATCH_SIZE, leaseSeconds],
    );
    return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  }

  private async dispatch(row: ClaimedRow): Promise<void> {
    if (!(ALL_QUEUES as readonly string[]).includes(row.queue)) throw new RowRefused(`Unknown queue "${row.queue}"`);
    // BullMQ waits for Redis indefinitely; the relay must not wait that long.
    await withTimeout(
      this.queues.get(row.queue as QueueName).add(row.job_name, row.payload, {
        jobId: toJobId(row.dedupe_key ?? row.id),
        ...(row.coalesce_key ? { deduplication: { id: toJobId(row.coalesce_key), keepLastIfActive: true } } : {}),
        ...(row.not_before ? { delay: Math.max(0, row.not_before.getTime() - Date.now()) } : {}),
      }),
      this.config.queueCommandTimeoutMs,
      'Redis',
    );
  }

  private async redisAnswers(): Promise<boolean> {
    try {
      return (await withTimeout(this.redis.ping(), this.config.queueCommandTimeoutMs, 'Redis')) === 'PONG';
    } catch {
      return false;
    }
  }

  /** BullMQ refused this row while Redis answers: retry later with backoff, or give up on it. */
  private async refused(row: ClaimedRow, message: string): Promise<void> {
    const attempts = row.dispatch_attempts + 1;
    const dead = attempts >= this.config.reliability.outboxMaxAttempts;
    const retryInSeconds = Math.min(2 ** attempts, MAX_RETRY_DELAY_S);
    await this.dataSource.query(
      `UPDATE outbox_event SET dispatch_attempts = $2, last_error = $3,
              claimed_until = CASE WHEN $4 THEN NULL ELSE now() + make_interval(secs => $5) END,
              dead_lettered_at = CASE WHEN $4 THEN now() ELSE NULL END
        WHERE id = $1`,
      [row.id, attempts, message, dead, retryInSeconds],
    );
    if (dead) this.logger.error(`Outbox row ${row.id} (${row.queue}/${row.job_name}) is a dead letter after ${attempts} attempts: ${message}`);
    else this.logger.warn(`Outbox row ${row.id} refused (attempt ${attempts}), retrying in ${retryInSeconds} s: ${message}`);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.running = this.relayOnce()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`Outbox relay failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.config.outboxPollMs);
      });
  }

  private async listen(): Promise<void> {
    try {
      const client = new Client({ connectionString: this.config.databaseAppUrl });
      client.on('error', (error) => this.logger.warn(`Outbox listener lost: ${error.message}`));
      client.on('notification', () => this.schedule(0));
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      // Polling still delivers everything; NOTIFY only makes it faster.
      this.logger.warn(`Outbox LISTEN unavailable, polling only: ${String(error)}`);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
