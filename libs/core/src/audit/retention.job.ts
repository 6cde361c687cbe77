import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobHandler, JobHandlerInstance } from '../queue/job-handler.decorator';
import { QueueName } from '../queue/queue-name.enum';
import { RecurringJobs } from '../queue/recurring-jobs.service';
import { AuditService } from './audit.service';

export const RETENTION_JOB = 'privacy-retention';

export interface RetentionJobData {
  /** Overrides of the configured periods, in days (tests, one-off runs). */
  notificationDays?: number;
  interactionDays?: number;
  auditDays?: number;
}

export interface RetentionResult {
  notifications: number;
  interactions: number;
  auditEvents: number;
}

/** What an interaction keeps after its retention period: that it happened, with whom, when. */
export const EXPIRED_INTERACTION_SUMMARY = '(Sisältö poistettu säilytysajan päätyttyä.)';

/**
 * The platform's retention periods (RETENTION_* variables), applied nightly. Notifications are
 * deleted; company interactions keep kind, company and time but lose their free text and author;
 * audit events are deleted through the database function that alone may touch them. Idempotent:
 * every step only affects rows past their period that have not been handled yet.
 *
 * The tables are named here rather than by their libs because retention is one platform-wide
 * policy that a data-protection officer reads in one place (README, "Security and privacy").
 */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, RETENTION_JOB)
export class RetentionJob implements JobHandlerInstance<RetentionJobData, RetentionResult> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async handle(data: RetentionJobData = {}): Promise<RetentionResult> {
    const periods = this.config.privacy;
    const notificationDays = data.notificationDays ?? periods.notificationRetentionDays;
    const interactionDays = data.interactionDays ?? periods.interactionRetentionDays;
    const auditDays = data.auditDays ?? periods.auditRetentionDays;
    const [, notifications]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM notification WHERE created_at < now() - make_interval(days => $1)`,
      [notificationDays],
    );
    const [, interactions]: [unknown[], number] = await this.dataSource.query(
      `UPDATE company_interaction SET summary = $2, outcome = NULL, next_step = NULL, author_user_id = NULL
        WHERE occurred_at < now() - make_interval(days => $1) AND summary <> $2`,
      [interactionDays, EXPIRED_INTERACTION_SUMMARY],
    );
    const auditEvents = await this.audit.purgeOlderThan(auditDays);
    return { notifications, interactions, auditEvents };
  }
}

const RETENTION_PATTERN = '0 15 3 * * *';

/** Registers the nightly retention run; RecurringJobs keeps one schedule and restores it after a Redis reconnect. */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap {
  constructor(private readonly recurring: RecurringJobs) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.recurring.register(QueueName.MAINTENANCE, RETENTION_JOB, { pattern: RETENTION_PATTERN, tz: 'Europe/Helsinki' }, { name: RETENTION_JOB, data: {} });
  }
}
