import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { QueueRegistry } from '../queue/queue-registry.service';
import { withTimeout } from '../util/with-timeout';
import { METRICS_REGISTRY } from './metrics-registry';

/** Job states reported per queue (BullMQ keeps prioritised waiting jobs apart from the rest). */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;

/** The matching engine's stored results and the candidate lists built from them. */
export const MATCHING_INDEX_TABLES = ['match_result', 'candidate'] as const;

interface OutboxRow {
  pending: number;
  lag_seconds: number | null;
  dead_letters: number;
}

/**
 * The gauges read from PostgreSQL and Redis when Prometheus scrapes: queue depths, the outbox's
 * lag and dead letters, the matching index's size. Each source is asked once per scrape, with the
 * health checks' timeout (HEALTH_TIMEOUT_MS), so an outage makes /metrics answer without those
 * values (and `ytmt_metrics_source_up` 0) instead of hanging. The values are the whole
 * platform's: every API instance reports the same ones (aggregate them with max, not sum).
 */
@Injectable()
export class PlatformMetricsCollector {
  private readonly sourceUp: Gauge<'source'>;
  private readonly queueJobs: Gauge<'queue' | 'state'>;
  private readonly outboxPending: Gauge;
  private readonly outboxLag: Gauge;
  private readonly outboxDeadLetters: Gauge;
  private readonly matchingRows: Gauge<'table'>;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const registers = [registry];
    this.sourceUp = new Gauge({ name: 'ytmt_metrics_source_up', help: 'Whether the last scrape could read this source (1) or not (0).', labelNames: ['source'], registers });
    this.queueJobs = new Gauge({ name: 'ytmt_queue_jobs', help: 'Jobs in each BullMQ queue by state, at scrape time.', labelNames: ['queue', 'state'], registers });
    this.outboxPending = new Gauge({ name: 'ytmt_outbox_pending_events', help: 'Outbox rows due and not yet handed to the job queue.', registers });
    this.outboxLag = new Gauge({
      name: 'ytmt_outbox_lag_seconds',
      help: 'Age of the oldest outbox row due and not yet handed to the job queue (0 when none).',
      registers,
    });
    this.outboxDeadLetters = new Gauge({ name: 'ytmt_outbox_dead_letters', help: 'Outbox rows the relay gave up on (dead letters).', registers });
    this.matchingRows = new Gauge({
      name: 'ytmt_matching_index_rows',
      help: "Live rows in the matching index's tables (PostgreSQL's table statistics: an estimate, never a count).",
      labelNames: ['table'],
      registers,
    });
  }

  /** Reads both sources side by side; never rejects. */
  async refresh(): Promise<void> {
    await Promise.all([this.refreshQueues(), this.refreshDatabase()]);
  }

  private async refreshQueues(): Promise<void> {
    const timeout = this.config.healthTimeoutMs;
    try {
      const perQueue = await withTimeout(
        Promise.all(this.queues.names().map(async (name) => ({ name, counts: await this.queues.get(name).getJobCounts(...QUEUE_STATES) }))),
        timeout,
        'Redis',
      );
      this.queueJobs.reset();
      for (const { name, counts } of perQueue) {
        for (const state of QUEUE_STATES) this.queueJobs.set({ queue: name, state }, counts[state] ?? 0);
      }
      this.sourceUp.set({ source: 'redis' }, 1);
    } catch {
      // Stale depths would look like a queue that stopped moving: report none instead.
      this.queueJobs.reset();
      this.sourceUp.set({ source: 'redis' }, 0);
    }
  }

  private async refreshDatabase(): Promise<void> {
    const timeout = this.config.healthTimeoutMs;
    try {
      const [outbox, matching] = await withTimeout(Promise.all([this.readOutbox(), this.readMatchingRows()]), timeout, 'PostgreSQL');
      this.outboxPending.set(outbox.pending);
      this.outboxLag.set(outbox.lag_seconds ?? 0);
      this.outboxDeadLetters.set(outbox.dead_letters);
      this.matchingRows.reset();
      for (const [table, rows] of matching) this.matchingRows.set({ table }, rows);
      this.sourceUp.set({ source: 'postgres' }, 1);
    } catch {
      this.outboxPending.reset();
      this.outboxLag.reset();
      this.outboxDeadLetters.reset();
      this.matchingRows.reset();
      this.sourceUp.set({ source: 'postgres' }, 0);
    }
  }

  /**
   * Pending rows are few (the relay empties them within OUTBOX_POLL_MS) and sit in a partial
   * index; a row scheduled for later (not_before) is not late until then.
   */
  private async readOutbox(): Promise<OutboxRow> {
    const [row]: OutboxRow[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM outbox_event
           WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL AND (not_before IS NULL OR not_before <= now())) AS pending,
         (SELECT extract(epoch FROM now() - min(greatest(created_at, coalesce(not_before, created_at))))::float8 FROM outbox_event
           WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL AND (not_before IS NULL OR not_before <= now())) AS lag_seconds,
         (SELECT count(*)::int FROM outbox_event WHERE dead_lettered_at IS NOT NULL) AS dead_letters`,
    );
    return row;
  }

  /**
   * From the statistics PostgreSQL keeps for every table (live rows, updated as transactions
   * commit): costs nothing, never touches the tables, which belong to the matching library.
   */
  private async readMatchingRows(): Promise<[string, number][]> {
    const rows: { table: string; rows: number }[] = await this.dataSource.query(
      `SELECT relname AS "table", n_live_tup::float8 AS rows FROM pg_stat_user_tables
        WHERE schemaname = 'public' AND relname = ANY($1::text[])`,
      [[...MATCHING_INDEX_TABLES]],
    );
    return rows.map(({ table, rows: count }): [string, number] => [table, count]);
  }
}
