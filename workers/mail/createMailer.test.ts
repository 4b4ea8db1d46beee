import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './createMailer.js';
import { MailError } from './MailError.js';
import { startMailSink, type MailSink } from './startMailSink.js';

const mail = { to: ['a@example.org', 'b@example.org'], subject: 'Statusänderung', text: 'Neuer Stand.', messageId: '<case-7.3.1@amtsweg.local>' };

/** A port nothing listens on: the sink's, after it has closed. */
async function closedPort(): Promise<number> {
  const sink = await startMailSink();
  await sink.close();
  return sink.port;
}

describe('createMailer()', { timeout: 20_000 }, () => {
  let sink: MailSink;
  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(() => sink.close());

  it('sends with the caller\'s Message-ID and reports the accepted recipients', async () => {
    const mailer = createMailer({ smtpUrl: sink.url, from: 'noreply@amtsweg.local' });
    const sent = await mailer.send(mail);
    mailer.close();
    expect(sent).toEqual({ accepted: ['a@example.org', 'b@example.org'], rejected: [], messageId: '<case-7.3.1@amtsweg.local>' });
    await expect(sink.waitFor((m) => m.messageId === '<case-7.3.1@amtsweg.local>', 2_000)).resolves.toMatchObject({ from: 'noreply@amtsweg.local' });
  });

  it('throws a MailError in German and English when the server is unreachable', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: 'noreply@amtsweg.local' });
    const error = await mailer.send(mail).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ code: 'unreachable' });
    expect((error as MailError).message).toMatch(/^Der Mailserver ist nicht erreichbar \(smtp:\/\/127\.0\.0\.1:\d+\).* \/ The mail server is unreachable/);
  });

  it('keeps credentials of the SMTP URL out of error messages', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://amt:geheim@127.0.0.1:${await closedPort()}`, from: 'noreply@amtsweg.local' });
    const error = (await mailer.send(mail).catch((e: unknown) => e)) as MailError;
    expect(error.message).not.toContain('geheim');
    expect(error.texts.en).toContain('smtp://127.0.0.1:');
  });

  it('refuses a Message-ID that is not <id@domain>, before connecting', async () => {
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'noreply@amtsweg.local' });
    await expect(mailer.send({ ...mail, messageId: 'case-7.3.1' })).rejects.toThrow(TypeError);
  });
});
