import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job waiting to reach BullMQ. Written in the same transaction as the change that causes it,
 * so a rolled-back change never produces a job and a Redis outage loses nothing.
 */
@Entity('outbox_event')
@Index('idx_outbox_event_pending', ['createdAt'], { where: 'dispatched_at IS NULL AND dead_lettered_at IS NULL' })
@Index('idx_outbox_event_dead_letter', ['deadLetteredAt'], { where: 'dead_lettered_at IS NOT NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Deterministic job id for dedupe; the row id is used when absent. */
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  /**
   * BullMQ deduplication id: while a job with this id waits, another is not added; while it runs,
   * the latest one is kept and runs after it. For "recompute X" jobs, where only the last matters.
   */
  @Column({ type: 'text', nullable: true })
  coalesceKey!: string | null;

  /** Run the job no earlier than this (a reminder before a deadline); null: as soon as possible. */
  @Column({ type: 'timestamptz', nullable: true })
  notBefore!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  dispatchAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /**
   * A relay is handing the row to BullMQ until then (a lease, not a row lock: no lock is held
   * while Redis is talked to). After a refusal it is the time of the next try (backoff).
   */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  /** BullMQ refused the row OUTBOX_MAX_ATTEMPTS times; the relay skips it until an admin retries it. */
  @Column({ type: 'timestamptz', nullable: true })
  deadLetteredAt!: Date | null;
}
