import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { toJobId } from './job-defaults';
import { QueueName } from './queue-name.enum';
import { QueueRegistry } from './queue-registry.service';
import { withTimeout } from '../util/with-timeout';

const BATCH_SIZE = 200;
export const OUTBOX_CHANNEL = 'outbox_event';

interface PendingRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  coalesce_key: string | null;
  not_before: Date | null;
}

/**
 * Moves committed outbox rows to BullMQ. Wakes on NOTIFY (sent by a trigger, so only on commit)
 * and polls as a fallback. A row is marked dispatched only after BullMQ accepted its job, in the
 * same transaction that locked it: a Redis outage leaves rows pending for the next round, and a
 * crash between add and mark re-adds the same deterministic job id, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private listener: Client | undefined;
  private running: Promise<void> | undefined;
  private wakeRequested = false;
  private stopped = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.schedule(0);
  }

  /** Dispatches what is pending now; returns how many rows reached BullMQ. */
  async relayOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const dispatched = await this.relayBatch();
      total += dispatched;
      if (dispatched < BATCH_SIZE) return total;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, job_name, payload, dedupe_key, coalesce_key, not_before FROM outbox_event
          WHERE dispatched_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      const done: string[] = [];
      try {
        for (const row of rows) {
          // BullMQ waits for Redis indefinitely; the relay must not hold its row locks that long.
          await withTimeout(
            this.queues.get(row.queue as QueueName).add(row.job_name, row.payload, {
              jobId: toJobId(row.dedupe_key ?? row.id),
              ...(row.coalesce_key ? { deduplication: { id: toJobId(row.coalesce_key), keepLastIfActive: true } } : {}),
              ...(row.not_before ? { delay: Math.max(0, row.not_before.getTime() - Date.now()) } : {}),
            }),
            this.config.queueCommandTimeoutMs,
            'Redis',
          );
          done.push(row.id);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Outbox relay paused: ${message}`);
        const failedRow = rows[done.length];
        await manager.query(
          `UPDATE outbox_event SET dispatch_attempts = dispatch_attempts + 1, last_error = $2 WHERE id = $1`,
          [failedRow.id, message.slice(0, 500)],
        );
      }
      if (done.length > 0) {
        await manager.query(`UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1)`, [done]);
      }
      return done.length;
    });
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
      const client = new Client({ connectionString: this.config.databaseUrl });
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
