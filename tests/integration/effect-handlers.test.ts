import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSealer, ensureDevPki, verifyReceipt, verifySealedPdf } from '../../documents/index.js';
import { testIso } from '../../documents/testing/testClock.js';
import { effectTemplate } from '../../engine/index.js';
import type { Effect, ProcedureConfig } from '../../engine/index.js';
import type { Store } from '../../store/index.js';
import { devSigners } from '../../workers/devSigners.js';
import { runEffectHandler } from '../../workers/effects/index.js';
import type { EffectDeps, RunEffectInput } from '../../workers/effects/index.js';
import { createMailer, startMailSink } from '../../workers/mail/index.js';
import type { MailSink, Mailer } from '../../workers/mail/index.js';
import { startStore } from '../support/services.js';

// Each effect handler on its own, against the real PostgreSQL of the run, the development PKI,
// the sealing key and SMTP to the development mail sink: what it files, audits and delivers for
// params as effectParams.ts declares them — and what it refuses.

const erika = { id: 'erika', role: 'applicant' };
let store: Store;
let stopStore: () => Promise<void>;
let sink: MailSink;
let mailer: Mailer;
let deps: EffectDeps;
let rootPem = '';

beforeAll(async () => {
  ({ store, stop: stopStore } = await startStore());
  const pkiDir = mkdtempSync(join(tmpdir(), 'amtsweg-effects-'));
  rootPem = (await ensureDevPki(pkiDir, ['gewerbeamt'])).rootCertificatePem;
  sink = await startMailSink();
  mailer = createMailer({ smtpUrl: sink.url, from: 'Amtsweg <noreply@amtsweg.local>' });
  deps = { store, signerFor: devSigners(pkiDir), sealer: DocumentSealer.create(randomBytes(32), 'test'), mailer };
  await store.setPreference({ subject: 'erika', email: 'erika@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
});
afterAll(async () => {
  mailer?.close();
  await sink?.close();
  await stopStore?.();
});

/** What the workflow passes of the definition to a renderDocument or notify: its templates over the form. */
const probe = {
  legalBasis: '§ 1 ProbeG',
  forms: { antrag: { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
  documents: {
    bescheid: {
      kind: 'bescheid', title: { de: 'Bescheid', en: 'Decision' }, tenor: { de: 'Dem Antrag von {{data.antrag.name}} wird stattgegeben.', en: 'The application is granted.' },
      reasons: { de: 'Die Voraussetzungen liegen vor.', en: 'The conditions are met.' }, remedy: { de: 'Klage binnen eines Monats.', en: 'Action within one month.' },
    },
  },
} as unknown as ProcedureConfig;

/** One effect of a fresh case (or of `caseId`), fired by Erika's SUBMIT unless `over` says otherwise. */
function input(effect: Effect, over: Partial<RunEffectInput> = {}): RunEffectInput {
  const template = effectTemplate(probe, effect);
  const caseId = over.caseId ?? randomUUID();
  const seq = over.seq ?? 1;
  return {
    key: `${caseId}:${seq}:${over.index ?? 0}`, caseId, procedure: 'probe', version: 1, authority: 'gewerbeamt', title: { de: 'Probeverfahren', en: 'Probe procedure' },
    seq, index: 0, effect, trigger: { type: 'SUBMIT', at: testIso(), data: { name: 'Erika Mustermann' }, actor: erika },
    parties: [erika], roles: ['clerk', 'applicant'], staffAuthorities: { clerk: 'gewerbeamt' }, caseData: { antrag: { name: 'Erika Mustermann' } },
    ...(template ? { template } : {}), ...over,
  };
}
const run = (i: RunEffectInput) => runEffectHandler(i, deps);
const failure = (i: RunEffectInput) => run(i).then(() => undefined, (err: unknown) => err);
const actions = async (caseId: string) => (await store.auditTrail(caseId)).map((e) => e.action);

describe('effect handlers (real PostgreSQL, PKI, SMTP)', () => {
  it('receipt: files a sealed receipt for exactly the data received and delivers it to the submitter', async () => {
    const i = input({ type: 'receipt', params: {} });
    const { document } = await run(i) as { document: string };
    const [doc] = await store.documentsOf(i.caseId);
    expect(doc).toMatchObject({ id: document, kind: 'receipt' });
    expect((await verifyReceipt(new Uint8Array(doc!.content), { trustedCertificates: [rootPem], data: i.trigger.data })).ok).toBe(true);
    expect((await store.inboxOf('erika')).find((n) => n.caseId === i.caseId)).toMatchObject({ template: 'receipt', documentId: document });
    expect(await actions(i.caseId)).toEqual(['receipt.issued']);
  });

  it('createEFile: opens the Akte with its subject, by default the procedure\'s title', async () => {
    const given = input({ type: 'createEFile', params: { subject: { de: 'Gewerbeakte', en: 'Trade file' } } });
    await run(given);
    expect((await store.auditTrail(given.caseId))[0]).toMatchObject({ action: 'efile.created', details: { subject: { de: 'Gewerbeakte', en: 'Trade file' } } });
    const plain = input({ type: 'createEFile', params: {} });
    await run(plain);
    expect((await store.auditTrail(plain.caseId))[0]?.details).toMatchObject({ subject: { de: 'Probeverfahren', en: 'Probe procedure' } });
  });

  it('fileDocument: files the event\'s data and attachments under the name; sealed, only an envelope', async () => {
    const file = `data:text/plain;name=nachweis.txt;base64,${Buffer.from('Nachweis').toString('base64')}`;
    const i = input({ type: 'fileDocument', params: { document: 'nachreichung' } }, { trigger: { type: 'SUBMIT_DOCUMENTS', at: testIso(), data: { nachweis: file }, actor: erika } });
    await run(i);
    expect((await store.documentsOf(i.caseId)).map((d) => [d.kind, d.title])).toEqual([['submission', 'nachreichung'], ['attachment', 'nachweis.txt']]);

    const bid = input({ type: 'fileDocument', params: { document: 'angebot', sealed: true } }, { trigger: { type: 'SUBMIT_BID', at: testIso(), data: { preis: 4711.5 }, actor: erika, sealed: true } });
    await run(bid);
    const [sealed] = await store.documentsOf(bid.caseId);
    expect(sealed).toMatchObject({ title: 'angebot (versiegelt)', mediaType: 'application/jose+json', seal: { document: 'angebot', submitter: 'erika' } });
    expect(sealed!.content.toString('utf8')).not.toContain('4711');
  });

  it('renderDocument and sign: a PDF under the document\'s name, then sealed so that it verifies', async () => {
    const caseId = randomUUID();
    await run(input({ type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid' } }, { caseId }));
    await run(input({ type: 'sign', params: { document: 'bescheid', kind: 'seal' } }, { caseId, index: 1 }));
    const [rendered, sealed] = await store.documentsOf(caseId);
    expect(rendered).toMatchObject({ kind: 'rendered', title: 'bescheid', fileName: 'bescheid.pdf', mediaType: 'application/pdf' });
    expect(sealed).toMatchObject({ kind: 'sealed', title: 'bescheid (gesiegelt)' });
    expect(await verifySealedPdf(new Uint8Array(sealed!.content), { trustedCertificates: [rootPem] })).toMatchObject({ ok: true });
    expect(await actions(caseId)).toEqual(['document.rendered', 'document.sealed']);
  });

  it('sign: refuses a person\'s signature (there is no signer for persons) and a document never rendered', async () => {
    const caseId = randomUUID();
    await run(input({ type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid' } }, { caseId }));
    const signature = await failure(input({ type: 'sign', params: { document: 'bescheid', kind: 'signature' } }, { caseId, index: 1 }));
    expect(signature).toBeInstanceOf(ApplicationFailure);
    expect(signature).toMatchObject({ nonRetryable: true, message: expect.stringContaining('kind "signature" is not available') });
    const missing = await failure(input({ type: 'sign', params: { document: 'urkunde', kind: 'seal' } }, { caseId, index: 2 }));
    expect(missing).toMatchObject({ nonRetryable: true, message: expect.stringContaining('no rendered document "urkunde"') });
    expect((await store.documentsOf(caseId)).map((d) => d.kind)).toEqual(['rendered']);
  });

  it('notify: a citizen role reaches its parties (inbox and mail, the document attached); a staff role its authority\'s mailbox', async () => {
    const caseId = randomUUID();
    await run(input({ type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid' } }, { caseId }));
    const [doc] = await store.documentsOf(caseId);
    await run(input({ type: 'notify', params: { to: 'applicant', document: 'bescheid' } }, { caseId, index: 1 }));
    expect((await store.inboxOf('erika')).find((n) => n.caseId === caseId)).toMatchObject({ template: 'decision', documentId: doc!.id });
    await sink.waitFor((m) => m.messageId.includes(caseId));
    expect(sink.messages().filter((m) => m.messageId.includes(caseId))).toMatchObject([{ to: ['erika@example.org'] }]);
    await run(input({ type: 'notify', params: { to: 'clerk', template: 'statusChanged' } }, { caseId, index: 2 }));
    expect((await store.inboxOf('authority:gewerbeamt')).filter((n) => n.caseId === caseId)).toMatchObject([{ template: 'statusChanged' }]);
  });

  it('requestConsent: asks the first citizen role by default (dsgvo-auskunft\'s `requester`), or `from`', async () => {
    const requester = { id: 'erika', role: 'requester' };
    const purpose = { de: 'Identitätsprüfung nach Art. 12 Abs. 6 DSGVO', en: 'Identity check under Art. 12(6) GDPR' };
    const i = input({ type: 'requestConsent', params: { categories: ['ausweiskopie'], purpose, validFor: 'P1M' } },
      { roles: ['requester', 'clerk', 'dpo'], staffAuthorities: { clerk: 'datenschutzstelle', dpo: 'datenschutzstelle' }, parties: [requester] });
    expect(await run(i)).toEqual({ subject: 'erika' });
    expect(await store.consentsOf({ caseId: i.caseId })).toMatchObject([{ subject: 'erika', categories: ['ausweiskopie'], purpose: purpose.de, duration: 'P1M', status: 'open' }]);
    expect((await store.inboxOf('erika')).find((n) => n.caseId === i.caseId)).toMatchObject({ template: 'consentRequested' });

    const witness = input({ type: 'requestConsent', params: { categories: ['ausweiskopie'], purpose, from: 'witness' } },
      { roles: ['requester', 'witness', 'clerk'], parties: [requester, { id: 'jonas', role: 'witness' }] });
    expect(await run(witness)).toEqual({ subject: 'jonas' });
    expect(await store.consentsOf({ caseId: witness.caseId })).toMatchObject([{ subject: 'jonas', duration: 'P30D' }]);
  });

  it('requestConsent: fails loudly when nobody holds the role', async () => {
    const i = input({ type: 'requestConsent', params: { categories: ['ausweiskopie'], purpose: { de: 'Prüfung', en: 'Review' } } }, { parties: [] });
    expect(await failure(i)).toMatchObject({ nonRetryable: true, message: expect.stringContaining('has no party in role applicant') });
    expect(await store.consentsOf({ caseId: i.caseId })).toEqual([]);
  });

  it('openSealed: opens the sealed filings of the name when two officials fired the event, and nothing for one', async () => {
    const caseId = randomUUID();
    const bid = { preis: 123456.78, bieter: 'Musterbau GmbH' };
    await run(input({ type: 'fileDocument', params: { document: 'angebot', sealed: true } }, { caseId, trigger: { type: 'SUBMIT_BID', at: testIso(), data: bid, actor: erika, sealed: true } }));
    const officials = [{ id: 'clerk-vergabe', role: 'procurementOfficer' }, { id: 'clerk-vergabe-2', role: 'procurementOfficer' }];
    const opening = (approvedBy: typeof officials, index: number) => input({ type: 'openSealed', params: { document: 'angebot' } },
      { caseId, seq: 2, index, trigger: { type: 'OPEN_BIDS', at: testIso(), data: {}, actor: approvedBy.at(-1)!, approvedBy } });
    expect(await failure(opening(officials.slice(0, 1), 0))).toMatchObject({ nonRetryable: true, message: expect.stringContaining('needs at least two') });
    expect(await run(opening(officials, 1))).toEqual({ opened: 1, failed: 0 });
    const [opened] = await store.documentsOf(caseId);
    expect(JSON.parse(opened!.content.toString('utf8'))).toEqual(bid);
    expect(opened!.seal?.openedAt).toBeDefined();
  });

  it('refuses params the effect\'s schema does not allow before any handler runs (a definition that skipped validation)', async () => {
    const i = input({ type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid', title: 'Bescheid' } } as never);
    expect(await failure(i)).toMatchObject({ nonRetryable: true, message: expect.stringContaining('renderDocument: unknown parameter "title"') });
    const notify = input({ type: 'notify', params: { state: 'erledigt' } } as never);
    expect(await failure(notify)).toMatchObject({ message: expect.stringContaining('notify: parameter "to" is missing') });
    expect(await store.documentsOf(i.caseId)).toEqual([]);
    expect(await store.inboxOf('erika').then((inbox) => inbox.filter((n) => n.caseId === notify.caseId))).toEqual([]);
  });
});
