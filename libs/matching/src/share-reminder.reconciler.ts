import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobHandlerInstance, QueueName, QueueRegistry, RecurringJobs, toJobId } from '@ytmt/core';
import { NOTIFY_JOB, NotificationType, NotifyJobData, shareRequestReminderKey } from '@ytmt/events';
import { ShareRequestService } from './share-request.service';

export const RECONCILE_SHARE_REMINDERS_JOB = 'reconcile-share-reminders';
const RECONCILE_EVERY_MS = 10 * 60 * 1000;

export interface ShareReminderReconcileResult {
  /** Open requests still waiting for their reminder. */
  checked: number;
  /** Of those, how many had no job in Redis and got one now. */
  enqueued: number;
}

/**
 * Reminders are delayed jobs, and Redis may lose them (restarted without AOF, flushed, failed
 * over) while their outbox rows already count as dispatched. PostgreSQL knows what must still
 * happen: every open request whose reminder has not been written. At start, after every Redis
 * reconnect and every ten minutes, each such request gets its reminder job back under the same
 * deterministic id the outbox used, so an existing job is left alone and a replay writes nothing
 * twice (the notification's event key is unique per user).
 */
@Injectable()
@JobHandler(QueueName.MAINTENANCE, RECONCILE_SHARE_REMINDERS_JOB)
export class ShareReminderReconciler implements JobHandlerInstance<Record<string, never>, ShareReminderReconcileResult>, OnApplicationBootstrap {
  private readonly logger = new Logger(ShareReminderReconciler.name);

  constructor(
    private readonly shares: ShareRequestService,
    private readonly queues: QueueRegistry,
    private readonly recurring: RecurringJobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.recurring.onReconnect(RECONCILE_SHARE_REMINDERS_JOB, () => this.reconcile());
    await this.recurring.register(QueueName.MAINTENANCE, RECONCILE_SHARE_REMINDERS_JOB, { every: RECONCILE_EVERY_MS }, {
      name: RECONCILE_SHARE_REMINDERS_JOB,
      data: {},
    });
    await this.reconcile().catch((error: unknown) => this.logger.warn(`Share reminder reconciliation failed at start: ${String(error)}`));
  }

  handle(): Promise<ShareReminderReconcileResult> {
    return this.reconcile();
  }

  async reconcile(now: Date = new Date()): Promise<ShareReminderReconcileResult> {
    const due = await this.shares.awaitingReminder();
    const queue = this.queues.get(QueueName.NOTIFICATIONS);
    let enqueued = 0;
    for (const { id, remindAt } of due) {
      const jobId = toJobId(shareRequestReminderKey(id));
      if (await queue.getJob(jobId)) continue;
      const data: NotifyJobData = { type: NotificationType.SHARE_REQUEST_REMINDER, shareRequestId: id };
      // A reminder whose time passed while Redis had lost it is sent at once (the deadline is still ahead).
      await queue.add(NOTIFY_JOB, data, { jobId, delay: Math.max(0, remindAt.getTime() - now.getTime()) });
      enqueued++;
    }
    if (enqueued > 0) this.logger.warn(`Re-enqueued ${enqueued} share request reminder(s) missing from Redis`);
    return { checked: due.length, enqueued };
  }
}
