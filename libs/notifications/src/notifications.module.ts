import { Module } from '@nestjs/common';
import { mailerProvider } from './mail/mailer.provider';
import { NotificationFactsReader } from './notification-facts.reader';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationPreferenceService } from './notification-preference.service';
import { NotificationService } from './notification.service';
import { NotificationWriter } from './notification.writer';
import { NotificationsResolver } from './notifications.resolver';
import { NotifyJob } from './notify.job';
import { SendEmailJob } from './send-email.job';
import { StrongMatchDigestService } from './strong-match-digest.service';

/** Data and services: the inbox and preferences, and turning events into notifications. */
@Module({
  providers: [NotificationFactsReader, NotificationWriter, NotificationService, StrongMatchDigestService, NotificationInboxService, NotificationPreferenceService],
  exports: [NotificationService, NotificationInboxService, NotificationPreferenceService],
})
export class NotificationsModule {}

/** The GraphQL API: notifications, unread count, mark read, preferences. */
@Module({ imports: [NotificationsModule], providers: [NotificationsResolver] })
export class NotificationsApiModule {}

/** For the worker app: the notify and send-email jobs, and the mailer (SMTP or the log). */
@Module({ imports: [NotificationsModule], providers: [NotifyJob, SendEmailJob, mailerProvider] })
export class NotificationsWorkerModule {}
