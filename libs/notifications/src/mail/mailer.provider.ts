import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ytmt/core';
import { LogMailer } from './log-mailer';
import { Mailer, MAILER } from './mailer.port';
import { SmtpMailer } from './smtp-mailer';

/** SMTP when SMTP_URL is set; otherwise the log (what development uses). */
export const mailerProvider: Provider = {
  provide: MAILER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Mailer =>
    config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new LogMailer(config.environment === 'production'),
};
