import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, verifyReceipt } from '../../documents/index.js';
import { toAuditEntry } from '../../store/index.js';
import { view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const erika = { id: 'erika', role: 'applicant' };
const clerk = { id: 'clerk-gewerbe', role: 'clerk' };

describe('Gewerbeanmeldung from submission to sealed certificate (real Temporal, PostgreSQL, SMTP)', () => {
  const suite = useCaseSuite('gewerbe');
  const def = catalogueDefinition('gewerbeanmeldung');

  beforeAll(async () => {
    await suite.services.store.setPreference({ subject: 'erika', email: 'erika.mustermann@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
  });

  it('issues verifiable receipts, seals the certificate, keeps an intact audit chain and mails each notice once (through the API)', async () => {
    const { api } = suite;
    const id: string = (await api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    const handle = suite.services.client.workflow.getHandle(id);
    const event = async (who: string, type: string, data: Record<string, unknown>) => {
      const res = await api.call('POST', `/api/cases/${id}/events`, { type, data }, { as: who });
      expect(res.status).toBe(200);
      return res.body;
    };
    const antrag = example(def, 'anmeldung');
    expect((await event('erika', 'SUBMIT', antrag)).state).toBe('pruefung');
    expect((await event('clerk-gewerbe', 'REQUEST_DOCUMENTS', example(def, 'nachforderung'))).state).toBe('nachforderung');
    expect((await event('erika', 'SUBMIT_DOCUMENTS', example(def, 'nachreichung'))).state).toBe('pruefung');
    const done = await event('clerk-gewerbe', 'CONFIRM', example(def, 'bestaetigung'));
    expect(done).toMatchObject({ state: 'angemeldet', status: 'done', parties: [{ id: 'erika', role: 'applicant' }] });
    await handle.result();

    const docs = await suite.services.store.documentsOf(id);
    // The request for documents is a sealed letter too (a Nachforderung), before the certificate.
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'rendered', 'sealed', 'receipt', 'submission', 'attachment', 'rendered', 'sealed']);

    // The first receipt verifies offline against the root, for exactly the data submitted.
    const receipt = docs[0]!;
    const trusted = { trustedCertificates: [suite.services.rootCertificatePem] };
    expect((await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, data: antrag })).ok).toBe(true);
    const changed = await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, data: { ...antrag, familienname: 'Musterfrau' } });
    expect(changed.errors.map((e) => e.code)).toContain('data-mismatch');
    expect((await suite.api.call('GET', `/api/documents/${receipt.id}/verify`, undefined, { as: 'erika' })).body).toMatchObject({ ok: true, kind: 'receipt' });

    // The sealed certificate passes an independent verifier.
    const sealed = docs.find((d) => d.kind === 'sealed')!;
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-sealed-'));
    writeFileSync(join(dir, 'sealed.pdf'), sealed.content);
    expect(execFileSync('pdfsig', [join(dir, 'sealed.pdf')], { encoding: 'utf8' })).toContain('Signature is Valid');
    // … and the API's own check of the seal agrees (it checked only the hash of PDFs before).
    expect((await suite.api.call('GET', `/api/documents/${sealed.id}/verify`, undefined, { as: 'erika' })).body).toMatchObject({
      ok: true, kind: 'sealed', checks: { byteRange: 'passed', digest: 'passed', signature: 'passed', certificate: 'passed' },
    });

    // Every document's hash is right, and the audit chain verifies.
    const { createHash } = await import('node:crypto');
    for (const d of docs) expect(createHash('sha256').update(d.content).digest('hex')).toBe(d.sha256);
    const trail = (await suite.services.store.auditTrail(id)).map(toAuditEntry);
    expect(verifyAuditChain(trail)).toEqual({ ok: true });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['case.transition', 'receipt.issued', 'efile.created', 'document.sealed']));

    // Mails: two receipts, the request for documents, the confirmation — each exactly once.
    const mails = suite.services.mail.messages().filter((m) => m.to.includes('erika.mustermann@example.org'));
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(4);
    expect(suite.services.mail.duplicates()).toBe(0);
    expect((await suite.services.store.inboxOf('erika')).length).toBe(4);
    expect((await suite.services.store.inboxOf('authority:finanzamt')).length).toBe(1);

    // Temporal holds the case only encrypted: a client without the key sees no personal data.
    const raw = await new Client({ connection: suite.services.client.connection, namespace: suite.services.client.options.namespace })
      .workflow.getHandle(id).fetchHistory();
    const payloads: { metadata?: Record<string, Uint8Array>; data?: Uint8Array }[] = [];
    const collect = (node: unknown): void => {
      if (!node || typeof node !== 'object' || node instanceof Uint8Array) return;
      if (Array.isArray(node)) { node.forEach(collect); return; }
      for (const [k, v] of Object.entries(node)) {
        if (k === 'payloads' && Array.isArray(v)) payloads.push(...v);
        else collect(v);
      }
    };
    // Markers of patched() (their only payload the patch's id, no case data) are written by the SDK
    // unencoded, and so is the bookkeeping of a local activity's marker (`details.data`: its type,
    // sequence number, attempt and time — the input is never recorded): those are checked for
    // personal data below but not for encryption. The local activity's result is encrypted.
    const sdkOwn: typeof payloads = [];
    const events = raw.events ?? [];
    collect(events.filter((e) => e.markerRecordedEventAttributes?.markerName !== 'core_patch').map((e) => {
      const marker = e.markerRecordedEventAttributes;
      if (marker?.markerName !== 'core_local_activity') return e;
      const { data, ...rest } = marker.details ?? {};
      sdkOwn.push(...((data?.payloads ?? []) as typeof payloads));
      return rest;
    }));
    expect(payloads.length).toBeGreaterThan(10);
    for (const p of payloads) expect(Buffer.from(p.metadata?.encoding ?? []).toString()).toBe('binary/encrypted');
    for (const p of [...payloads, ...sdkOwn]) {
      const bytes = Buffer.from(p.data ?? []).toString('latin1');
      for (const secret of ['Mustermann', 'erika', String(antrag.taetigkeit)]) expect(bytes).not.toContain(secret);
    }

    // The Akte exports as an xdomea-style ZIP whose files match their hashes.
    const res = await fetch(`${suite.api.url}/api/cases/${id}/efile/export`, { headers: { authorization: `Bearer ${await suite.api.token('erika')}` } });
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = new TextDecoder().decode(files['xdomea.xml']);
    for (const d of docs) expect(manifest).toContain(d.sha256);
  });

  it('rejects invalid form data with JSON pointers and leaves the case unchanged', async () => {
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await settled(handle);
    const before = (await handle.fetchHistory()).events?.length;
    const bad = { ...example(def, 'anmeldung'), postleitzahl: 'x', staatsangehoerigkeit: 'deutsch' };
    const error = await send(handle, 'SUBMIT', erika, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const details = ((error as WorkflowUpdateFailedError).cause as { details?: unknown[] }).details?.[0] as { code: string; errors: { path: string }[] };
    expect(details.code).toBe('invalid-form-data');
    expect(details.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/staatsangehoerigkeit']));
    expect((await handle.query(view)).state).toBe('entwurf');
    expect((await handle.fetchHistory()).events?.length).toBe(before);
  });

  it('refuses an event the role may not fire', async () => {
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    const error = await send(handle, 'SUBMIT', clerk, example(def, 'anmeldung')).catch((e: unknown) => e);
    expect(((error as WorkflowUpdateFailedError).cause as { details?: { code: string }[] }).details?.[0]?.code).toBe('role-not-allowed');
  });

  it('applies the same Update id once', async () => {
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    const updateId = randomUUID();
    const first = await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'), updateId);
    const again = await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'), updateId);
    // `send` answers the view queried after the Update; effects may have finished in between.
    expect({ seq: again.seq, state: again.state }).toEqual({ seq: first.seq, state: first.state });
    const final = await settled(handle);
    expect(final.seq).toBe(1);
    expect((await suite.services.store.documentsOf(handle.workflowId)).filter((d) => d.kind === 'receipt')).toHaveLength(1);
  });
});
