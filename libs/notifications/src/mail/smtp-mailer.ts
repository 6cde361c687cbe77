import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { Mailer, OutgoingMail } from './mailer.port';

// A hung SMTP server must fail the job (which retries) rather than hold it for minutes.
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/** Sends through the SMTP server of SMTP_URL (smtp: or smtps:, credentials in the URL). */
export class SmtpMailer implements Mailer, OnApplicationShutdown {
  private readonly logger = new Logger(SmtpMailer.name);
  private readonly transport: Transporter;

  constructor(smtpUrl: string, from: string) {
    this.transport = createTransport(
      { url: smtpUrl, connectionTimeout: CONNECTION_TIMEOUT_MS, greetingTimeout: GREETING_TIMEOUT_MS, socketTimeout: SOCKET_TIMEOUT_MS },
      { from },
    );
    // Host and port only: the URL may carry a password.
    const url = new URL(smtpUrl);
    this.logger.log(`Sending e-mail through ${url.protocol}//${url.host}`);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
