import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import type { Store } from '../../store/index.js';
import { MailBeingSent, deliverNotice } from '../../workers/effects/index.js';
import type { EffectDeps, MailSender, Notice } from '../../workers/effects/index.js';
import { createMailer, startMailSink } from '../../workers/mail/index.js';
import type { MailSink, Mailer } from '../../workers/mail/index.js';
import { startStore } from '../support/services.js';

// Issue 15: an effect attempt that outran its timeout may still be sending when Temporal starts
// the next attempt. Real PostgreSQL and the development SMTP listener; what counts is every
// message the listener received — also the copies it drops by Message-ID, which a real
// receiver would show the citizen.

let store: Store;
let stopStore: () => Promise<void>;
let sink: MailSink;
let mailer: Mailer;

beforeAll(async () => {
  ({ store, stop: stopStore } = await startStore());
  sink = await startMailSink();
  mailer = createMailer({ smtpUrl: sink.url, from: 'Amtsweg <noreply@amtsweg.local>' });
  await store.setPreference({ subject: 'erika', email: 'erika@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
});
afterAll(async () => {
  mailer?.close();
  await sink?.close();
  await stopStore?.();
});

/** Every message the SMTP listener accepted so far, copies included. */
const received = () => sink.messages().length + sink.duplicates();

/** The real mailer, each send held back `ms` first (a slow mail server) and failing while `fail` says so. */
function slowMailer(ms: number, fail: () => boolean = () => false): MailSender {
  return {
    async send(mail) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (fail()) throw new Error('421 try again later');
      return mailer.send(mail);
    },
  };
}

/** A fresh notice to Erika (who chose e-mail), with the values `deliver` gives a template. */
function notice(): Notice {
  const caseId = randomUUID();
  return {
    key: `${caseId}:1:0:erika`, recipient: 'erika', caseId, template: 'statusChanged',
    values: { procedureTitle: 'Anfrage', caseId, receivedAt: testIso(), authority: 'Bürgeramt', stateLabel: 'answered' },
  };
}
const deps = (m: MailSender): EffectDeps => ({ store, mailer: m } as unknown as EffectDeps);

describe('a notice mail goes out once (real PostgreSQL and SMTP)', () => {
  it('sends one mail when two attempts deliver the same notice at once; the one that waited finds it sent', async () => {
    const before = received();
    const n = notice();
    const outcomes = await Promise.allSettled([deliverNotice(deps(slowMailer(500)), n), deliverNotice(deps(slowMailer(500)), n)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(MailBeingSent);
    await deliverNotice(deps(slowMailer(0)), n); // Temporal's retry of the attempt that waited
    expect(received() - before).toBe(1);
    expect((await store.mailsOf('erika')).find((m) => m.effectKey === n.key)).toMatchObject({ status: 'sent', leaseUntil: null });
    expect((await store.inboxOf('erika')).filter((m) => m.effectKey === n.key)).toHaveLength(1);
  });

  it('does not send while a live lease is held, and takes over once the holder died (lease run out)', async () => {
    const before = received();
    const n = notice();
    const mail = { effectKey: n.key, recipient: 'erika', address: 'erika@example.org', subject: 'S', messageId: `<${randomUUID()}@amtsweg.local>` };
    expect((await store.claimMail(mail, 'attempt-on-a-worker-that-dies', 0.5)).outcome).toBe('claimed');
    await expect(deliverNotice(deps(slowMailer(0)), n)).rejects.toBeInstanceOf(MailBeingSent);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await deliverNotice(deps(slowMailer(0)), n);
    expect(received() - before).toBe(1);
    expect(sink.messages().at(-1)?.messageId).toBe(mail.messageId);
  });

  it('gives the lease back when the send fails, so that the next attempt sends at once', async () => {
    const before = received();
    const n = notice();
    let failing = true;
    await expect(deliverNotice(deps(slowMailer(0, () => failing)), n)).rejects.toThrow(/421/);
    failing = false;
    await deliverNotice(deps(slowMailer(0, () => failing)), n);
    expect(received() - before).toBe(1);
  });
});
