import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt } from '../../documents/index.js';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example, settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const purpose = encodeURIComponent('Antwort auf eine Nachricht');
const clerk = { as: 'clerk-gewerbe' };
const erika = { as: 'erika' };
/** A minimal file that starts like a PDF (what the server checks besides the declared type). */
const pdf = (size = 64) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, size - 9), 0x20)]);
const dataUrl = (bytes: Buffer, type = 'application/pdf') => `data:${type};base64,${bytes.toString('base64')}`;
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

describe('messages between citizen and authority (real Temporal, PostgreSQL, SMTP)', () => {
  const suite = useCaseSuite('messages');
  const def = catalogueDefinition('gewerbeanmeldung');
  let caseId = '';

  /** Opens and submits a Gewerbeanmeldung as Erika: staff see (and write to) a case from its submission. */
  const submittedCase = async () => {
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, erika)).status).toBe(200);
    await settled(suite.services.client.workflow.getHandle(id));
    return id;
  };

  beforeAll(async () => {
    await suite.services.store.setPreference({ subject: 'erika', email: 'erika.mustermann@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
    caseId = await submittedCase();
  });

  it('takes a citizen\'s message with a file, answers with a verifiable receipt and tells the authority', async () => {
    const file = pdf();
    const sent = await suite.api.call('POST', `/api/cases/${caseId}/messages`, {
      text: 'Anbei die fehlende Gewerbeerlaubnis.', attachments: [{ name: 'erlaubnis.pdf', mediaType: 'application/pdf', dataUrl: dataUrl(file) }],
    }, erika);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      caseId, from: 'citizen', authorName: 'Erika Mustermann', text: 'Anbei die fehlende Gewerbeerlaubnis.',
      attachments: [{ name: 'erlaubnis.pdf', mediaType: 'application/pdf', size: file.byteLength, sha256: sha256(file) }], receipt: { status: 'issued' },
    });
    const documentId: string = sent.body.receipt.documentId;
    expect((await suite.api.call('GET', `/api/documents/${documentId}/verify`, undefined, erika)).body).toMatchObject({ ok: true, kind: 'receipt' });
    // Bound to exactly this text and file: offline, another text does not match.
    const doc = (await suite.services.store.getDocument(documentId))!;
    const trusted = { trustedCertificates: [suite.services.rootCertificatePem] };
    const attachments = [{ name: 'erlaubnis.pdf', mediaType: 'application/pdf', content: new Uint8Array(file) }];
    expect((await verifyReceipt(new Uint8Array(doc.content), { ...trusted, data: { text: 'Anbei die fehlende Gewerbeerlaubnis.' }, attachments })).ok).toBe(true);
    expect((await verifyReceipt(new Uint8Array(doc.content), { ...trusted, data: { text: 'Etwas anderes.' } })).ok).toBe(false);

    const inbox = await waitFor('authority notice', 30_000, async () => {
      const notices = (await suite.services.store.inboxOf('authority:gewerbeamt')).filter((n) => n.caseId === caseId && n.template === 'message');
      expect(notices).toHaveLength(1);
      return notices;
    });
    expect(inbox[0]!.body).not.toContain('Gewerbeerlaubnis');
    const list = await suite.api.call('GET', `/api/cases/${caseId}/messages`, undefined, erika);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([sent.body.id]);
  });

  it('delivers the authority\'s answer to the citizen\'s inbox and mail, and logs the clerk\'s read', async () => {
    const read = await suite.api.call('GET', `/api/cases/${caseId}/messages?purpose=${purpose}`, undefined, clerk);
    expect(read.status).toBe(200);
    expect(read.body.items.at(-1)).toMatchObject({ from: 'citizen', text: 'Anbei die fehlende Gewerbeerlaubnis.' });
    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body as { categories: string[]; purpose: string; caseId: string }[];
    expect(log.at(-1)).toMatchObject({ caseId, purpose: 'Antwort auf eine Nachricht', categories: ['nachrichten'] });
    expect((await suite.api.call('GET', `/api/cases/${caseId}/messages`, undefined, clerk)).status).toBe(400);

    const answer = await suite.api.call('POST', `/api/cases/${caseId}/messages`, { text: 'Danke, wir prüfen die Unterlagen.' }, clerk);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ from: 'authority', attachments: [], receipt: { status: 'issued' } });
    const notice = await waitFor('citizen notice', 30_000, async () => {
      const found = (await suite.api.call('GET', '/api/me/inbox', undefined, erika)).body.find((n: { template: string; caseId: string }) => n.template === 'message' && n.caseId === caseId);
      expect(found).toBeDefined();
      return found;
    });
    expect(notice.subject).toContain('Neue Nachricht');
    const mail = await suite.services.mail.waitFor((m) => m.to.includes('erika.mustermann@example.org') && m.subject.startsWith('Neue Nachricht'), 30_000);
    expect(mail.text).not.toContain('wir prüfen die Unterlagen');
    const mine = (await suite.api.call('GET', `/api/cases/${caseId}/messages`, undefined, erika)).body.items;
    expect(mine.map((m: { from: string }) => m.from)).toEqual(['citizen', 'authority']);
  });

  it('shows another citizen nothing and lets no one else write', async () => {
    expect((await suite.api.call('GET', `/api/cases/${caseId}/messages`, undefined, { as: 'jonas' })).status).toBe(404);
    expect((await suite.api.call('POST', `/api/cases/${caseId}/messages`, { text: 'Hallo' }, { as: 'jonas' })).status).toBe(404);
  });

  it('sends a message once for one Idempotency-Key, however often it is retried', async () => {
    const headers = { 'Idempotency-Key': `msg-${crypto.randomUUID()}` };
    const body = { text: 'Eine Frage zur Gebühr.' };
    const both = await Promise.all([1, 2].map(() => suite.api.call('POST', `/api/cases/${caseId}/messages`, body, { ...erika, headers })));
    const a = both.find((r) => r.status === 201 && r.headers.get('idempotent-replay') === null);
    expect(a, JSON.stringify(both.map((r) => [r.status, r.body]))).toBeDefined();
    // The duplicate came while the first still ran (409 at once, issue 15) or after it (the first answer again).
    const b = both.find((r) => r !== a)!;
    if (b.status === 409) expect(b.body.code).toBe('idempotency-key-in-use');
    else expect(b.body.id).toBe(a!.body.id);
    const again = await suite.api.call('POST', `/api/cases/${caseId}/messages`, body, { ...erika, headers });
    expect(again.body.id).toBe(a!.body.id);
    const same = (await suite.services.store.messagesOf(caseId)).filter((m) => m.textSha256 === sha256(body.text));
    expect(same).toHaveLength(1);
  });

  it('refuses a file over the limit, of the wrong type or a blank text with 422 naming the field, and stores nothing', async () => {
    const before = (await suite.services.store.messagesOf(caseId)).length;
    const big = pdf(5 * 1024 * 1024 + 1);
    const tooLarge = await suite.api.call('POST', `/api/cases/${caseId}/messages`, {
      text: 'Zu groß', attachments: [{ name: 'gross.pdf', mediaType: 'application/pdf', dataUrl: dataUrl(big) }],
    }, erika);
    expect(tooLarge.status).toBe(422);
    expect(tooLarge.body.details.errors).toEqual([expect.objectContaining({ path: '/attachments/0', code: 'file-too-large' })]);
    expect(await suite.services.store.getMessageContent(sha256(big))).toBeNull();
    const wrongType = await suite.api.call('POST', `/api/cases/${caseId}/messages`, {
      text: '   ', attachments: [{ name: 'x.pdf', mediaType: 'application/pdf', dataUrl: dataUrl(Buffer.from('MZ not a pdf')) }],
    }, erika);
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.details.errors.map((e: { path: string }) => e.path)).toEqual(['/text', '/attachments/0']);
    expect((await suite.services.store.messagesOf(caseId)).length).toBe(before);
  });

  it('answers 409 once the case is closed', async () => {
    const id = await submittedCase();
    const done = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'CONFIRM', data: example(def, 'bestaetigung') }, clerk);
    expect(done.body.status).toBe('done');
    await suite.services.client.workflow.getHandle(id).result();
    await waitFor('closed projection', 30_000, async () => expect((await suite.services.store.getCase(id))?.status).toBe('done'));
    const late = await suite.api.call('POST', `/api/cases/${id}/messages`, { text: 'Noch eine Frage' }, erika);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('case-closed');
  });
});
