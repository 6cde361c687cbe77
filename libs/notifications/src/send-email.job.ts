import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, JobHandler, JobHandlerInstance, QueueName } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { UserDirectory } from '@ytmt/identity';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { NotificationChannel } from './notification.enums';
import { effectiveChannel, wantsMail } from './notification-preferences';
import { NotificationSubject } from './notification-recipes';
import { SEND_EMAIL_JOB, SendEmailJobData } from './notification.writer';
import { Mailer, MAILER } from './mail/mailer.port';
import { composeNotificationMail } from './mail/notification-mail';

export type SendEmailResult = { sent: true } | { sent: false; reason: 'ALREADY_SENT' | 'GONE' | 'NOT_WANTED' };

interface MailRow {
  user_id: string;
  type: NotificationType;
  title: string;
  body: string;
  subject: NotificationSubject;
  emailed_at: Date | null;
  channel: NotificationChannel | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Mails one notification. Re-reads the row and returns early once `emailed_at` is set, so a
 * replayed or duplicated job sends nothing. No transaction and no row lock are held while the
 * SMTP server is talked to (it may take its full socket timeout): the read and the mark are two
 * short statements. The mail leaves before `emailed_at` is set: a crash exactly between the two
 * sends it again on retry (at least once, never lost); the job id (the notification id) keeps
 * two copies of the job from running at once.
 */
@Injectable()
@JobHandler(QueueName.NOTIFICATIONS, SEND_EMAIL_JOB)
export class SendEmailJob implements JobHandlerInstance<SendEmailJobData, SendEmailResult> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly users: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(data: SendEmailJobData): Promise<SendEmailResult> {
    if (typeof data?.notificationId !== 'string' || !UUID.test(data.notificationId)) {
      throw new UnrecoverableError(`Bad send-email job: notificationId ${JSON.stringify(data?.notificationId)}`);
    }
    const rows: MailRow[] = await this.dataSource.query(
      `SELECT n.user_id, n.type, n.title, n.body, n.subject, n.emailed_at, p.channel
         FROM notification n
         LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.type = n.type
        WHERE n.id = $1`,
      [data.notificationId],
    );
    const row = rows[0];
    const user = row && (await this.users.usersByIds([row.user_id])).get(row.user_id);
    if (!row || !user) return { sent: false, reason: 'GONE' };
    if (row.emailed_at) return { sent: false, reason: 'ALREADY_SENT' };
    // The user may have turned e-mail off between the event and now.
    if (!wantsMail(effectiveChannel(row.type, row.channel))) return { sent: false, reason: 'NOT_WANTED' };
    await this.mailer.send(composeNotificationMail(row, { email: user.email, displayName: user.displayName }, this.config.mail.publicUrl));
    await this.dataSource.query('UPDATE notification SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL', [data.notificationId]);
    return { sent: true };
  }
}
