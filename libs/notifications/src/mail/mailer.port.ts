// The mail port: the notifications lib hands plain-text mails to whichever adapter is configured
// (SMTP when SMTP_URL is set, the log otherwise).

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text, UTF-8. */
  text: string;
}

export interface Mailer {
  /** Resolves once the mail was handed over (accepted by the SMTP server, or logged); rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
}

export const MAILER = Symbol('MAILER');
