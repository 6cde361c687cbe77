// Pure: the e-mail copy of a notification.
import { NotificationType } from '@ytmt/events';
import { linkPath, NotificationSubject, oneLine } from '../notification-recipes';
import { OutgoingMail } from './mailer.port';

export const PREFERENCES_PATH = '/asetukset/ilmoitukset';

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

/** Plain text in Finnish; the subject is the notification's title, the body ends with the link. */
export function composeNotificationMail(notification: MailableNotification, recipient: MailRecipient): OutgoingMail {
  const name = recipient.displayName?.trim();
  return {
    to: recipient.email,
    subject: oneLine(notification.title),
    text: [
      name ? `Hei ${name},` : 'Hei,',
      '',
      notification.body,
      '',
      `Avaa Y-TMT:ssä: ${linkPath(notification.type, notification.subject)}`,
      '',
      '-- ',
      'Tämä on Y-TMT:n automaattinen ilmoitus; älä vastaa tähän viestiin.',
      `Valitse, saatko ilmoitukset sovellukseen, sähköpostiin vai et lainkaan: ${PREFERENCES_PATH}`,
      '',
    ].join('\n'),
  };
}
