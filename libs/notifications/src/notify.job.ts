import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerInstance, QueueName } from '@ytmt/core';
import { NOTIFY_JOB, NotifyJobData } from '@ytmt/events';
import { Job, UnrecoverableError } from 'bullmq';
import { parseNotificationEvent } from './notification-event.parser';
import { NotificationService, NotifyResult } from './notification.service';

/** One outbox event → the notifications it causes. Idempotent: replays insert nothing new. */
@Injectable()
@JobHandler(QueueName.NOTIFICATIONS, NOTIFY_JOB)
export class NotifyJob implements JobHandlerInstance<NotifyJobData, NotifyResult> {
  constructor(private readonly notifications: NotificationService) {}

  handle(data: NotifyJobData, job?: Job<NotifyJobData>): Promise<NotifyResult> {
    const parsed = parseNotificationEvent(data);
    if ('problem' in parsed) throw new UnrecoverableError(`Bad notify job: ${parsed.problem}`);
    return this.notifications.notify(parsed.event, job?.id);
  }
}
