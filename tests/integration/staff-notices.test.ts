import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITIES_FILE, loadAuthorities } from '../../config/index.js';
import { loadCatalogue } from '../../definitions/index.js';
import { testInstant, testIso } from '../../documents/testing/testClock.js';
import { waitFor } from '../../scripts/index.js';
import { createActivities } from '../../workers/index.js';
import type { TransitionRecord } from '../../workers/index.js';
import type { EffectDeps } from '../../workers/effects/index.js';
import { createMailer } from '../../workers/mail/index.js';
import type { Mailer } from '../../workers/mail/index.js';
import { deadlineNearUntil, notifyDeadlinesNear } from '../../workers/staffNotices.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: what the workflow addresses to staff reaches the authority's inbox `authority:<id>`
// and its functional mailbox — a new case when a citizen submits, the citizen's answer, and
// "deadline near" from the worker's periodic job — each once, however often it is retried.

const DAY = 86_400;
const MAILBOX = 'gewerbeamt@musterstadt.example';
const clerk = { as: 'clerk-gewerbe' };
type Notice = { caseId: string; kind: string; to: string; subject: string };

describe('notices to staff (issue 11)', () => {
  const suite = useCaseSuite('staff-notices');
  const gewerbe = catalogueDefinition('gewerbeanmeldung');
  const catalogue = loadCatalogue();
  let mailer: Mailer;
  let deps: EffectDeps;
  let real = '';

  const authorityInbox = async (caseId: string, template?: string) =>
    (await suite.services.store.inboxOf('authority:gewerbeamt')).filter((n) => n.caseId === caseId && (!template || n.template === template));
  const mailsTo = (caseId: string, subject: string) =>
    suite.services.mail.messages().filter((m) => m.to.includes(MAILBOX) && m.messageId.includes(caseId) && m.subject.startsWith(subject));
  const fire = async (type: string, data: Record<string, unknown>, as: string) => {
    const res = await suite.api.call('POST', `/api/cases/${real}/events`, { type, data }, { as });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  beforeAll(async () => {
    mailer = createMailer({ smtpUrl: suite.services.mail.url, from: 'Amtsweg <noreply@amtsweg.local>' });
    // What a worker process has for delivering notices (the suite's worker runs with the same authorities file).
    deps = { store: suite.services.store, authorities: loadAuthorities(DEFAULT_AUTHORITIES_FILE), mailer } as unknown as EffectDeps;
    real = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(real);
  });
  afterAll(() => mailer?.close());

  it('puts one "new case" notice into the authority inbox when Erika submits, and mails the functional mailbox', async () => {
    // A draft is no case for staff yet.
    expect(await authorityInbox(real)).toEqual([]);
    await fire('SUBMIT', example(gewerbe, 'anmeldung'), 'erika');
    await waitFor('new case in the staff inbox', 30_000, async () => {
      const inbox = (await suite.api.call('GET', '/api/inbox', undefined, clerk)).body as Notice[];
      expect(inbox.filter((n) => n.caseId === real)).toEqual([expect.objectContaining({ kind: 'newCase', to: 'authority', subject: 'Neuer Vorgang: Gewerbeanmeldung' })]);
    });
    const mail = await suite.services.mail.waitFor((m) => m.to.includes(MAILBOX) && m.messageId.includes(real), 30_000);
    expect(mail.subject).toBe('Neuer Vorgang: Gewerbeanmeldung');
    expect(mail.text).toContain(real);
    // Nothing of Erika's data leaves by mail.
    expect(mail.text).not.toMatch(/Erika|Mustermann/);
    // Another authority's staff do not see it.
    expect(((await suite.api.call('GET', '/api/inbox', undefined, { as: 'clerk-bau' })).body as Notice[]).filter((n) => n.caseId === real)).toEqual([]);
  });

  it('adds no second notice or mail when the recording activity is retried', async () => {
    const projected = (await suite.services.store.getCase(real))!;
    const record: TransitionRecord = {
      caseId: real, procedure: 'gewerbeanmeldung', version: projected.version, authority: 'gewerbeamt', seq: 1, event: 'SUBMIT', at: testIso(),
      actor: 'erika', from: 'eingang', to: projected.state, state: projected.state, status: 'active', parties: projected.parties,
      deadlines: projected.deadlines, staffNotice: { kind: 'newCase', title: gewerbe.title },
    };
    const activities = createActivities(deps);
    await activities.recordTransition(record);
    await activities.recordTransition(record);
    expect(await authorityInbox(real, 'newCase')).toHaveLength(1);
    expect(mailsTo(real, 'Neuer Vorgang')).toHaveLength(1);
  });

  it('tells staff when the citizen answers a request for documents, but not of their own events', async () => {
    await fire('REQUEST_DOCUMENTS', example(gewerbe, 'nachforderung'), 'clerk-gewerbe');
    await fire('SUBMIT_DOCUMENTS', example(gewerbe, 'nachreichung'), 'erika');
    await waitFor('answer in the staff inbox', 30_000, async () => expect(await authorityInbox(real, 'citizenAnswered')).toHaveLength(1));
    await suite.services.mail.waitFor((m) => m.to.includes(MAILBOX) && m.subject === `Eingang im Vorgang ${real}: Unterlagen nachreichen`, 30_000);
    // The clerk's request for documents is no notice to staff.
    expect((await authorityInbox(real)).map((n) => n.template).sort()).toEqual(['citizenAnswered', 'newCase']);
  });

  it('the deadline-near job puts one notice per case and deadline due within the window, none outside, across workers', async () => {
    const project = (id: string, dueAt: string) => suite.services.store.projectCase({
      id, procedure: 'gewerbeanmeldung', version: gewerbe.version, authority: 'gewerbeamt', state: 'pruefung', status: 'active',
      parties: [{ id: 'lena', role: 'applicant' }], deadlines: [{ id: 'frist', dueAt }], seq: 1, waitingFor: ['gewerbeamt'],
    });
    const [inside, outside, overdue] = [randomUUID(), randomUUID(), randomUUID()];
    await project(inside, testIso(DAY));
    await project(outside, testIso(10 * DAY));
    await project(overdue, testIso(-DAY));
    const now = testInstant();
    expect(deadlineNearUntil(now, 3).getTime()).toBeGreaterThan(now.getTime() + 3 * DAY * 1000);
    // Two workers at once, then an hour later again: still one notice and one mail.
    await Promise.all([notifyDeadlinesNear(deps, now, 3, catalogue), notifyDeadlinesNear(deps, now, 3, catalogue)]);
    await notifyDeadlinesNear(deps, testInstant(3600), 3, catalogue);
    const notices = await authorityInbox(inside, 'deadlineNear');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toBe(`Frist läuft ab: Vorgang ${inside}`);
    expect(notices[0]!.body).toContain('Gewerbeanmeldung');
    await suite.services.mail.waitFor((m) => m.to.includes(MAILBOX) && m.messageId.includes(inside), 30_000);
    expect(mailsTo(inside, 'Frist läuft ab')).toHaveLength(1);
    expect(await authorityInbox(outside)).toEqual([]);
    expect(await authorityInbox(overdue)).toEqual([]);
    // A window of ten days reaches the other one; the clerk sees it in the workbench inbox.
    await notifyDeadlinesNear(deps, now, 10, catalogue);
    expect(await authorityInbox(outside, 'deadlineNear')).toHaveLength(1);
    const inbox = (await suite.api.call('GET', '/api/inbox', undefined, clerk)).body as Notice[];
    expect(inbox).toContainEqual(expect.objectContaining({ caseId: inside, kind: 'deadlineNear', to: 'authority' }));
  });
});
