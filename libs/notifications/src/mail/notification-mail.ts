// Pure: the e-mail copy of a notification.
import { NotificationType } from '@ytmt/events';
import { linkPath, NotificationSubject, oneLine } from '../notification-recipes';
import { OutgoingMail } from './mailer.port';

/** The notifications page, whose preferences choose the channel per type. */
export const PREFERENCES_PATH = '/notifications';

export interface MailableNotification {
  type: NotificationType;
  title: string;
  body: string;
  subject: NotificationSubject;
}

export interface MailRecipient {
  email: string;
  displayName: string | null;
}

/**
 * Plain text in Finnish; the subject is the notification's title, the body ends with the link.
 * `publicUrl` is the web app's address as people reach it (PUBLIC_URL), so the links open.
 */
export function composeNotificationMail(notification: MailableNotification, recipient: MailRecipient, publicUrl: string): OutgoingMail {
  const name = recipient.displayName?.trim();
  const base = publicUrl.replace(/\/+$/, '');
  return {
    to: recipient.email,
    subject: oneLine(notification.title),
    text: [
      name ? `Hei ${name},` : 'Hei,',
      '',
      notification.body,
      '',
      `Avaa Y-TMT:ssä: ${base}${linkPath(notification.type, notification.subject)}`,
      '',
      '-- ',
      'Tämä on Y-TMT:n automaattinen ilmoitus; älä vastaa tähän viestiin.',
      `Valitse, saatko ilmoitukset sovellukseen, sähköpostiin vai et lainkaan: ${base}${PREFERENCES_PATH}`,
      '',
    ].join('\n'),
  };
}
