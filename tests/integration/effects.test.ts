import { beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt, verifySealedPdf } from '../../documents/index.js';
import { EFFECT_TYPES } from '../../engine/index.js';
import { waitFor } from '../../scripts/index.js';
import { view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 13: every effect type runs through a real worker at least once, on catalogue procedures
// driven through the HTTP API, and its result is observable — and a failed effect is not silent.
// dsgvo-auskunft's requestConsent asked the role `applicant`, which that procedure does not have,
// and the failure landed unnoticed in `failures`.

const purpose = (why: string) => `?purpose=${encodeURIComponent(why)}`;

describe('effects through a real worker (catalogue procedures over the HTTP API)', () => {
  const suite = useCaseSuite('effects');
  const executed = new Set<string>();
  /** Posts an event through the API and expects it accepted. */
  const event = async (caseId: string, as: string, type: string, data?: Record<string, unknown>) => {
    const res = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type, ...(data ? { data } : {}) }, { as });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { state: string };
  };
  /** Waits until the case's effects ran, expects none failed and notes which types ran. */
  const done = async (caseId: string) => {
    const final = await settled(suite.services.client.workflow.getHandle(caseId));
    expect(final.failures).toEqual([]);
    for (const effect of await suite.services.store.effectsOf(caseId)) executed.add(effect.type);
    return final;
  };
  const open = async (procedure: string, as: string) => {
    const res = await suite.api.call('POST', '/api/cases', { procedure }, { as });
    expect(res.status).toBe(201);
    suite.caseIds.push(res.body.id);
    return res.body.id as string;
  };

  beforeAll(async () => {
    await suite.services.store.setPreference({ subject: 'erika', email: 'erika.effects@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
  });

  it('gewerbeanmeldung: receipt, e-file, filed documents, a rendered and sealed certificate, notices by mail and to the tax office', async () => {
    const def = catalogueDefinition('gewerbeanmeldung');
    const id = await open('gewerbeanmeldung', 'erika');
    const antrag = example(def, 'anmeldung');
    await event(id, 'erika', 'SUBMIT', antrag);
    await event(id, 'clerk-gewerbe', 'REQUEST_DOCUMENTS', example(def, 'nachforderung'));
    await event(id, 'erika', 'SUBMIT_DOCUMENTS', example(def, 'nachreichung'));
    expect((await event(id, 'clerk-gewerbe', 'CONFIRM', example(def, 'bestaetigung'))).state).toBe('angemeldet');
    await done(id);

    const docs = await suite.services.store.documentsOf(id);
    const trusted = { trustedCertificates: [suite.services.rootCertificatePem] };
    // receipt: sealed, for exactly the data submitted.
    expect((await verifyReceipt(new Uint8Array(docs.find((d) => d.kind === 'receipt')!.content), { ...trusted, data: antrag })).ok).toBe(true);
    // createEFile: the Akte opened with the subject its params name.
    const trail = await suite.services.store.auditTrail(id);
    expect(trail.find((e) => e.action === 'efile.created')?.details).toMatchObject({ subject: { de: 'Gewerbeanmeldung', en: 'Business registration' } });
    // fileDocument: the documents handed in later, filed under their name.
    expect(docs.find((d) => d.kind === 'submission')).toMatchObject({ title: 'nachreichung' });
    // renderDocument + sign: the certificate as PDF under its name, and sealed so that it verifies.
    // (The request for documents is a rendered, sealed letter too; the certificate comes last.)
    expect(docs.filter((d) => d.kind === 'rendered').at(-1)).toMatchObject({ title: 'bescheinigung', mediaType: 'application/pdf' });
    const sealed = docs.filter((d) => d.kind === 'sealed').at(-1)!;
    expect(sealed.title).toBe('bescheinigung (gesiegelt)');
    expect(await verifySealedPdf(new Uint8Array(sealed.content), trusted)).toMatchObject({ ok: true });
    // notify: Erika by inbox and mail with the sealed certificate attached; the tax office in its mailbox.
    const inbox = (await suite.services.store.inboxOf('erika')).filter((n) => n.caseId === id);
    expect(inbox.find((n) => n.documentId === sealed.id)).toBeDefined();
    const mails = suite.services.mail.messages().filter((m) => m.messageId.includes(id));
    const toErika = mails.filter((m) => m.to.includes('erika.effects@example.org'));
    expect(toErika.length).toBe(inbox.length);
    // The rest went to the trade office's functional mailbox: the new case, and Erika's documents handed in.
    expect(mails.filter((m) => !toErika.includes(m)).map((m) => [m.to, m.subject])).toEqual([
      [['gewerbeamt@musterstadt.example'], 'Neuer Vorgang: Gewerbeanmeldung'],
      [['gewerbeamt@musterstadt.example'], `Eingang im Vorgang ${id}: Unterlagen nachreichen`],
    ]);
    expect((await suite.services.store.inboxOf('authority:finanzamt')).filter((n) => n.caseId === id)).toHaveLength(1);
  });

  it('dsgvo-auskunft: requestConsent asks the requester (its citizen role) and she sees the request', async () => {
    const def = catalogueDefinition('dsgvo-auskunft');
    const id = await open('dsgvo-auskunft', 'erika');
    await event(id, 'erika', 'SUBMIT', example(def, 'ersuchen'));
    expect((await event(id, 'clerk-datenschutz', 'REQUEST_IDENTIFICATION', example(def, 'identitaetsanfrage'))).state).toBe('identitaetspruefung');
    await done(id);
    const consents = (await suite.api.call('GET', '/api/me/consents', undefined, { as: 'erika' })).body as { caseId: string }[];
    expect(consents.filter((c) => c.caseId === id)).toMatchObject([{
      categories: ['ausweiskopie'], purpose: 'Identitätsprüfung nach Art. 12 Abs. 6 DSGVO', duration: 'P1M', status: 'open', authority: 'datenschutzstelle',
    }]);
    const inbox = (await suite.api.call('GET', '/api/me/inbox', undefined, { as: 'erika' })).body as { caseId: string; template: string }[];
    expect(inbox.filter((n) => n.caseId === id).map((n) => n.template)).toContain('consentRequested');
    expect((await suite.services.store.auditTrail(id)).find((e) => e.action === 'consent.requested')?.details).toMatchObject({ role: 'requester' });
  });

  it('vergabe-angebot: a bid filed sealed, opened by two officials (openSealed), then the sealed record of the opening', async () => {
    // The 35-day bid period becomes eight seconds; the authority opens the case, as in production.
    const def = withDeadlines(catalogueDefinition('vergabe-angebot'), { P35D: 'PT8S' });
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    const id = handle.workflowId;
    suite.caseIds.push(id);
    await settled(handle);
    await event(id, 'clerk-vergabe', 'PUBLISH', example(def, 'bekanntmachung'));
    expect((await suite.api.call('POST', `/api/cases/${id}/participation`, undefined, { as: 'musterbau' })).status).toBe(200);
    const bid = { ...example(def, 'angebot'), preisNetto: 271828.18 };
    await event(id, 'musterbau', 'SUBMIT_BID', bid);
    await settled(handle);
    const [filed] = (await suite.services.store.documentsOf(id)).filter((d) => d.kind === 'submission');
    expect(filed).toMatchObject({ title: 'angebot (versiegelt)', seal: { document: 'angebot', submitter: 'musterbau' } });
    expect(filed!.content.toString('utf8')).not.toContain('271828');

    await waitFor('bid period over', 60_000, async () => expect((await handle.query(view)).state).toBe('oeffnung'));
    await event(id, 'clerk-vergabe', 'OPEN_BIDS');
    expect((await event(id, 'clerk-vergabe-2', 'OPEN_BIDS')).state).toBe('wertung');
    await done(id);
    const opened = await suite.api.call('GET', `/api/documents/${filed!.id}${purpose('Angebotswertung')}`, undefined, { as: 'clerk-vergabe' });
    expect(opened).toMatchObject({ status: 200, body: bid });
    const record = (await suite.services.store.documentsOf(id)).find((d) => d.kind === 'sealed');
    expect(record).toMatchObject({ title: 'niederschrift (gesiegelt)' });
  });

  it('does not fail silently: a failed effect is in the case view over the API and in the audit trail, and the case goes on', async () => {
    // Any client of the cluster can start a case on a definition the validator would refuse.
    const def = catalogueDefinition('anfrage');
    def.documents = { antwort: { kind: 'auskunft', title: { de: 'Antwort', en: 'Answer' }, tenor: { de: '{{data.antwort.text}}', en: '{{data.antwort.text}}' }, reasons: { de: 'Auf Ihre Anfrage.', en: 'On your enquiry.' } } };
    def.machine.states.answered!.entry = [
      { type: 'renderDocument', params: { template: 'antwort', document: 'antwort' } },
      { type: 'sign', params: { document: 'antwort', kind: 'signature' } },
      { type: 'notify', params: { to: 'applicant', document: 'antwort' } },
    ];
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, example(def, 'anfrage'));
    await send(handle, 'ANSWER', { id: 'clerk-buerger', role: 'clerk' }, example(def, 'antwort'));
    const final = await settled(handle);
    const failure = { key: `${handle.workflowId}:2:1`, type: 'sign', message: expect.stringContaining('kind "signature" is not available') };
    expect(final.failures).toEqual([failure]);
    const read = await suite.api.call('GET', `/api/cases/${handle.workflowId}${purpose('Bearbeitung')}`, undefined, { as: 'clerk-buerger' });
    expect(read.body.failures).toEqual([failure]);
    const trail = await suite.services.store.auditTrail(handle.workflowId);
    expect(trail.find((e) => e.action === 'effect.failed')?.details).toMatchObject({ effect: 'sign', key: failure.key, message: failure.message });
    expect(trail.map((e) => e.action)).toContain('notification.sent');
  });

  it('ran every built-in effect type at least once through the worker (the cases above)', () => {
    expect([...executed].sort()).toEqual([...EFFECT_TYPES].sort());
  });
});
