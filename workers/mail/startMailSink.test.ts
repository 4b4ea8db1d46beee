import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from './createMailer.js';
import { MailError } from './MailError.js';
import { startMailSink, type MailSink } from './startMailSink.js';

const FROM = '"Gewerbeamt Musterstadt" <noreply@amtsweg.local>';
const mail = {
  to: 'antrag@example.org',
  subject: 'Eingangsbestätigung: Gewerbeanmeldung',
  text: 'Ihr Antrag ist eingegangen.',
  html: '<p>Ihr Antrag ist eingegangen.</p>',
  messageId: '<case-0001.1.0@amtsweg.local>',
};

describe('startMailSink()', { timeout: 20_000 }, () => {
  let dir: string;
  let sink: MailSink;
  let mailer: Mailer;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amtsweg-mail-'));
    sink = await startMailSink({ port: 0, dir });
    mailer = createMailer({ smtpUrl: sink.url, from: FROM });
  });
  afterEach(async () => {
    mailer.close();
    await sink.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on a free loopback port when asked for port 0', () => {
    expect(sink.port).toBeGreaterThan(0);
    expect(sink.url).toBe(`smtp://127.0.0.1:${sink.port}`);
  });

  it('refuses to listen on anything but loopback', async () => {
    await expect(startMailSink({ host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(TypeError);
  });

  it('keeps a message sent over SMTP with sender, envelope recipients, both bodies and its Message-ID', async () => {
    await mailer.send({ ...mail, headers: { 'X-Amtsweg-Case': 'case-0001' } });
    const [received] = sink.messages();
    expect(received).toMatchObject({
      messageId: '<case-0001.1.0@amtsweg.local>', from: FROM, to: ['antrag@example.org'],
      subject: mail.subject, text: 'Ihr Antrag ist eingegangen.', html: '<p>Ihr Antrag ist eingegangen.</p>',
    });
    expect(received?.headers['x-amtsweg-case']).toBe('case-0001');
    expect(received?.size).toBeGreaterThan(mail.text.length);
  });

  it('stores a second delivery of the same Message-ID once and counts it as a duplicate', async () => {
    await mailer.send(mail);
    const again = await mailer.send(mail);
    expect(again.accepted).toEqual(['antrag@example.org']);
    expect(sink.messages()).toHaveLength(1);
    expect(sink.duplicates()).toBe(1);
  });

  it('keeps UTF-8 subjects and bodies intact', async () => {
    const subject = 'Bescheid für Jürgen Größe – Straßenverkauf „Öffnungszeiten“ ✓';
    await mailer.send({ ...mail, subject, text: 'Grüße aus dem Ämt: äöü ÄÖÜ ß €' });
    expect(sink.messages()[0]).toMatchObject({ subject, text: 'Grüße aus dem Ämt: äöü ÄÖÜ ß €' });
  });

  it('writes each stored message as <n>.eml plus an index.json', async () => {
    await mailer.send(mail);
    await mailer.send({ ...mail, messageId: '<case-0001.2.0@amtsweg.local>' });
    await mailer.send(mail);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.duplicates).toBe(1);
    expect(index.messages.map((m: { file: string; messageId: string }) => [m.file, m.messageId])).toEqual([
      ['1.eml', '<case-0001.1.0@amtsweg.local>'], ['2.eml', '<case-0001.2.0@amtsweg.local>'],
    ]);
    expect(await readFile(join(dir, '2.eml'), 'utf8')).toContain('Message-ID: <case-0001.2.0@amtsweg.local>');
  });

  // Issue 15: the index is written coalesced (one write for many messages); each acknowledged
  // message must still be in the index on disk, also when their files finish out of order.
  it('has every acknowledged message in index.json when many arrive at once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `<case-0002.${i}.0@amtsweg.local>`);
    await Promise.all(ids.map((messageId) => mailer.send({ ...mail, messageId })));
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.messages.map((m: { messageId: string }) => m.messageId).sort()).toEqual([...ids].sort());
  });

  // Issue 9, finding 6: received mail was 0644 in the data folder, readable by every local user.
  it('keeps the folder, every .eml and the index owner-only', async () => {
    const folder = join(dir, 'mail');
    const own = await startMailSink({ port: 0, dir: folder });
    const ownMailer = createMailer({ smtpUrl: own.url, from: FROM });
    try {
      await ownMailer.send(mail);
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      for (const file of ['1.eml', 'index.json']) expect((await stat(join(folder, file))).mode & 0o777, file).toBe(0o600);
    } finally {
      ownMailer.close();
      await own.close();
    }
  });

  it('still recognises Message-IDs stored before a restart on the same folder', async () => {
    await mailer.send(mail);
    await sink.close();
    mailer.close();
    sink = await startMailSink({ dir });
    mailer = createMailer({ smtpUrl: sink.url, from: FROM });
    await mailer.send(mail);
    expect(sink.messages()).toHaveLength(1);
    expect(sink.duplicates()).toBe(1);
  });

  it('resolves waitFor() with a message that arrives later', async () => {
    const waiting = sink.waitFor((m) => m.subject.startsWith('Bescheid'), 5_000);
    await mailer.send({ ...mail, subject: 'Bescheid verfügbar' });
    await expect(waiting).resolves.toMatchObject({ subject: 'Bescheid verfügbar' });
  });

  it('rejects waitFor() when no matching message arrives in time', async () => {
    await expect(sink.waitFor(() => true, 50)).rejects.toThrow(/no matching message within 50 ms/);
  });

  it('refuses messages over 10 MB with a permanent SMTP error', async () => {
    const error = await mailer.send({ ...mail, text: 'x'.repeat(11 * 1024 * 1024) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ code: 'rejected' });
    expect(sink.messages()).toHaveLength(0);
  });
});
