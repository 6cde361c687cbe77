import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobHandler, JobHandlerInstance } from '../queue/job-handler.decorator';
import { QueueName } from '../queue/queue-name.enum';
import { RecurringJobs } from '../queue/recurring-jobs.service';
import { RetentionCategory, RetentionRegistry } from '../privacy/retention.registry';
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

/**
 * The platform's retention periods (RETENTION_* variables), applied nightly. Notifications are
 * deleted; company interactions keep kind, company and time but lose their free text and author;
 * audit events are deleted through the database function that alone may touch them. Idempotent:
 * every step only affects rows past their period that have not been handled yet.
 *
 * The policy — which kinds of data, which periods, one run — is here, in one place a
 * data-protection officer reads (README, "Security and privacy"); the libraries owning the rows
 * register how they are purged (RetentionRegistry): notifications and crm.
 */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, RETENTION_JOB)
export class RetentionJob implements JobHandlerInstance<RetentionJobData, RetentionResult> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly retention: RetentionRegistry,
  ) {}

  async handle(data: RetentionJobData = {}): Promise<RetentionResult> {
    const periods = this.config.privacy;
    const notificationDays = data.notificationDays ?? periods.notificationRetentionDays;
    const interactionDays = data.interactionDays ?? periods.interactionRetentionDays;
    const auditDays = data.auditDays ?? periods.auditRetentionDays;
    const notifications = await this.retention.purge(RetentionCategory.NOTIFICATIONS, notificationDays);
    const interactions = await this.retention.purge(RetentionCategory.INTERACTIONS, interactionDays);
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
