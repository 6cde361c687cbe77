import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { CrmModule } from '@ytmt/crm';
import { MarketplaceModule } from '@ytmt/marketplace';
import { MatchingModule } from '@ytmt/matching';
import { NeedsModule } from '@ytmt/needs';
import { RegionsModule } from '@ytmt/regions';
import { TalentModule } from '@ytmt/talent';
import { mailerProvider } from './mail/mailer.provider';
import { NotificationFactsReader } from './notification-facts.reader';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationPreferenceService } from './notification-preference.service';
import { NotificationService } from './notification.service';
import { NotificationReceiptsProvider } from './notification-receipts.provider';
import { NotificationWriter } from './notification.writer';
import { NotificationsResolver } from './notifications.resolver';
import { NotifyJob } from './notify.job';
import { SendEmailJob } from './send-email.job';
import { StrongMatchDigestService } from './strong-match-digest.service';

/**
 * Data and services: the inbox and preferences, and turning events into notifications. The
 * imported modules lend their readers: the facts of an event come from the libraries that own them.
 */
@Module({
  imports: [RegionsModule, CatalogueModule, CrmModule, NeedsModule, TalentModule, MarketplaceModule, MatchingModule],
  providers: [NotificationFactsReader, NotificationWriter, NotificationService, StrongMatchDigestService, NotificationInboxService, NotificationPreferenceService, NotificationPersonalData, NotificationReceiptsProvider],
  exports: [NotificationService, NotificationInboxService, NotificationPreferenceService],
})
export class NotificationsModule {}

/** The GraphQL API: notifications, unread count, mark read, preferences. */
@Module({ imports: [NotificationsModule], providers: [NotificationsResolver] })
export class NotificationsApiModule {}

/** For the worker app: the notify and send-email jobs, and the mailer (SMTP or the log). */
@Module({ imports: [NotificationsModule], providers: [NotifyJob, SendEmailJob, mailerProvider] })
export class NotificationsWorkerModule {}
