import { Injectable } from '@nestjs/common';
import { OutboxService, QueueName } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { UserDirectory } from '@ytmt/identity';
import { EntityManager } from 'typeorm';
import { NotificationChannel } from './notification.enums';
import { effectiveChannel, wantsMail, wantsNotification } from './notification-preferences';
import { PlannedNotification } from './notification-recipes';

export const SEND_EMAIL_JOB = 'send-email';

export interface SendEmailJobData extends Record<string, unknown> {
  notificationId: string;
}

export interface DeliveryResult {
  /** Notifications made now (a replayed event makes none). */
  created: number;
  /** Of those, how many will be mailed. */
  mailed: number;
}

/**
 * Writes one event's notifications: one row per recipient who has not turned the type off, and
 * for those who want mail, a send-email job through the outbox in the same transaction. The
 * unique (user_id, event_key) makes a replay insert nothing, so it never queues a second mail;
 * and a crash between the rows and their mail jobs cannot happen, both commit together.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly users: UserDirectory,
  ) {}

  /** Must run inside a transaction (the outbox requires one). */
  async deliver(manager: EntityManager, planned: PlannedNotification): Promise<DeliveryResult> {
    const { draft } = planned;
    if (planned.recipients.length === 0) return { created: 0, mailed: 0 };
    const channels = await this.channels(manager, planned.recipients, draft.type);
    const wanting = planned.recipients.filter((userId) => wantsNotification(channels.get(userId) as NotificationChannel));
    if (wanting.length === 0) return { created: 0, mailed: 0 };
    // A user deleted meanwhile is skipped rather than failing the whole event on the foreign key.
    const existing = await this.users.usersByIds(wanting, manager);
    const recipients = wanting.filter((userId) => existing.has(userId));
    if (recipients.length === 0) return { created: 0, mailed: 0 };
    const inserted: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notification (user_id, type, event_key, title, body, subject)
       SELECT user_id, $2, $3, $4, $5, $6::jsonb FROM unnest($1::uuid[]) AS recipient(user_id)
       ON CONFLICT (user_id, event_key) DO NOTHING
       RETURNING id, user_id`,
      [recipients, draft.type, draft.eventKey, draft.title, draft.body, JSON.stringify(draft.subject)],
    );
    let mailed = 0;
    for (const row of inserted) {
      if (!wantsMail(channels.get(row.user_id) as NotificationChannel)) continue;
      await this.outbox.add<SendEmailJobData>(manager, {
        queue: QueueName.NOTIFICATIONS,
        jobName: SEND_EMAIL_JOB,
        data: { notificationId: row.id },
        // The notification id is the job id: BullMQ drops a second job for the same mail.
        dedupeKey: row.id,
      });
      mailed++;
    }
    return { created: inserted.length, mailed };
  }

  private async channels(manager: EntityManager, userIds: readonly string[], type: NotificationType): Promise<Map<string, NotificationChannel>> {
    const saved: { user_id: string; channel: NotificationChannel }[] = await manager.query(
      'SELECT user_id, channel FROM notification_preference WHERE user_id = ANY($1::uuid[]) AND type = $2',
      [userIds, type],
    );
    const chosen = new Map(saved.map((row) => [row.user_id, row.channel]));
    return new Map(userIds.map((userId) => [userId, effectiveChannel(type, chosen.get(userId))]));
  }
}
