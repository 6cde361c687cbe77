import { Logger } from '@nestjs/common';
import { LogMailer } from '../../src/mail/log-mailer';

describe('LogMailer', () => {
  const mail = { to: 'tyonantaja.lahti@ytmt.example', subject: 'Uusi palvelutarjous', text: 'Hei Timo,\n\nSäätiö tarjoaa palvelua.' };
  afterEach(() => jest.restoreAllMocks());

  it('writes the whole mail to the log in development instead of sending it', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await new LogMailer(false).send(mail);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toContain('to tyonantaja.lahti@ytmt.example\nSubject: Uusi palvelutarjous\n\nHei Timo,');
  });

  it('keeps addresses and texts out of the log in production', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await new LogMailer(true).send(mail);
    expect(log).not.toHaveBeenCalled();
    const written = warn.mock.calls.map((call) => String(call[0])).join('\n');
    expect(written).toContain('SMTP_URL is not set');
    expect(written).not.toContain('tyonantaja.lahti');
    expect(written).not.toContain('Säätiö');
  });
});
