import { Logger } from '@nestjs/common';
import { Mailer, OutgoingMail } from './mailer.port';

/**
 * Without SMTP_URL (development): writes each mail to the log instead of sending it. In
 * production only the subject is logged, since addresses and texts are personal data.
 */
export class LogMailer implements Mailer {
  private readonly logger = new Logger(LogMailer.name);

  constructor(private readonly production: boolean) {
    if (production) this.logger.warn('SMTP_URL is not set: e-mail notifications are not sent');
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.production) {
      this.logger.warn(`E-mail not sent (no SMTP_URL): "${mail.subject}"`);
      return;
    }
    this.logger.log(`E-mail (not sent, no SMTP_URL) to ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}`);
  }
}
