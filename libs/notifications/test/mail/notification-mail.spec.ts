import { parseConfig } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { composeNotificationMail } from '../../src/mail/notification-mail';

describe('notification mail', () => {
  it('is plain Finnish text with the title as subject and the page\'s address in the body', () => {
    const mail = composeNotificationMail(
      { type: NotificationType.PROPOSAL_RECEIVED, title: 'Uusi palvelutarjous tarpeeseen Hitsaaja', body: 'Säätiö tarjoaa palvelua.', subject: { needId: 'n1' } },
      { email: 'tyonantaja.lahti@ytmt.example', displayName: 'Timo Työnantaja' },
      'https://ytmt.example/',
    );
    expect(mail.to).toBe('tyonantaja.lahti@ytmt.example');
    expect(mail.subject).toBe('Uusi palvelutarjous tarpeeseen Hitsaaja');
    expect(mail.text).toMatch(/^Hei Timo Työnantaja,\n\nSäätiö tarjoaa palvelua\.\n\nAvaa Y-TMT:ssä: https:\/\/ytmt\.example\/needs\/n1\n/);
    expect(mail.text).toContain('https://ytmt.example/notifications');
  });
});

describe('mail configuration', () => {
  it('is off by default with the house sender', () => {
    expect(parseConfig({}).mail).toEqual({ smtpUrl: null, from: 'Y-TMT <noreply@ytmt.example>', publicUrl: 'http://localhost:3000' });
    expect(parseConfig({ SMTP_URL: 'smtps://kayttaja:salasana@posti.example:465', MAIL_FROM: 'noreply@kunta.example' }).mail).toEqual({
      smtpUrl: 'smtps://kayttaja:salasana@posti.example:465',
      from: 'noreply@kunta.example',
      publicUrl: 'http://localhost:3000',
    });
    expect(parseConfig({ PUBLIC_URL: 'https://y-tmt.fi/' }).mail.publicUrl).toBe('https://y-tmt.fi');
    expect(() => parseConfig({ PUBLIC_URL: 'ftp://y-tmt.fi' })).toThrow(/PUBLIC_URL/);
  });

  it('names a bad SMTP_URL or MAIL_FROM and never echoes the password', () => {
    expect(() => parseConfig({ SMTP_URL: 'https://kayttaja:salasana@posti.example' })).toThrow(/SMTP_URL: must use smtp: or smtps: \(got "https:"\)/);
    for (const bad of ['smtp://kayttaja:salasana@[posti', 'https://kayttaja:salasana@posti.example']) {
      try {
        parseConfig({ SMTP_URL: bad });
        throw new Error('expected a configuration error');
      } catch (error) {
        expect((error as Error).message).toContain('SMTP_URL');
        expect((error as Error).message).not.toContain('salasana');
      }
    }
    expect(() => parseConfig({ MAIL_FROM: 'Y-TMT' })).toThrow(/MAIL_FROM: must be an address or "Name <address>"/);
    expect(parseConfig({ MAIL_FROM: 'Lahden työllisyyspalvelut <ilmoitukset@lahti.example>' }).mail.from).toBe('Lahden työllisyyspalvelut <ilmoitukset@lahti.example>');
  });
});
