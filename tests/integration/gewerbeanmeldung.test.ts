import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, verifyReceipt } from '../../documents/index.js';
import type { AuditEntry } from '../../documents/index.js';
import { view } from '../../workflows/index.js';
import { startApi } from '../support/api.js';
import type { TestApi } from '../support/api.js';
import { catalogueDefinition, example, send, settled, startCase } from '../support/cases.js';
import { replayCases } from '../support/replay.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';

const erika = { id: 'erika', role: 'applicant' };
const clerk = { id: 'clerk-gewerbe', role: 'clerk' };

describe('Gewerbeanmeldung from submission to sealed certificate (real Temporal, PostgreSQL, SMTP)', () => {
  let services: TestServices;
  let worker: WorkerProcess;
  let api: TestApi;
  const caseIds: string[] = [];
  const taskQueue = `gewerbe-${randomUUID()}`;
  const def = catalogueDefinition('gewerbeanmeldung');

  beforeAll(async () => {
    services = await startServices();
    worker = await startWorkerProcess(services, taskQueue);
    api = await startApi(services, taskQueue);
    await services.store.setPreference({ subject: 'erika', email: 'erika.mustermann@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
  });

  afterAll(async () => {
    if (caseIds.length) expect(await replayCases(services.client, caseIds)).toBe(caseIds.length);
    await api?.close();
    await worker?.stop();
    await services?.stop();
  });

  it('issues verifiable receipts, seals the certificate, keeps an intact audit chain and mails each notice once', async () => {
    const handle = await startCase(services.client, taskQueue, def);
    const id = handle.workflowId;
    caseIds.push(id);
    const antrag = example(def, 'anmeldung');
    expect((await send(handle, 'SUBMIT', erika, antrag)).state).toBe('pruefung');
    expect((await send(handle, 'REQUEST_DOCUMENTS', clerk, example(def, 'nachforderung'))).state).toBe('nachforderung');
    expect((await send(handle, 'SUBMIT_DOCUMENTS', erika, example(def, 'nachreichung'))).state).toBe('pruefung');
    const done = await send(handle, 'CONFIRM', clerk, example(def, 'bestaetigung'));
    expect(done).toMatchObject({ state: 'angemeldet', status: 'done', parties: [{ id: 'erika', role: 'applicant' }] });
    await handle.result();

    const docs = await services.store.documentsOf(id);
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'receipt', 'submission', 'rendered', 'sealed']);

    // The first receipt verifies offline against the root, for exactly the data submitted.
    const receipt = docs[0]!;
    const trusted = { trustedCertificates: [services.rootCertificatePem] };
    expect((await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, data: antrag })).ok).toBe(true);
    const changed = await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, data: { ...antrag, familienname: 'Musterfrau' } });
    expect(changed.errors.map((e) => e.code)).toContain('data-mismatch');
    expect((await api.call('GET', `/api/documents/${receipt.id}/verify`, undefined, { as: 'erika' })).body).toMatchObject({ ok: true, kind: 'receipt' });

    // The sealed certificate passes an independent verifier.
    const sealed = docs.find((d) => d.kind === 'sealed')!;
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-sealed-'));
    writeFileSync(join(dir, 'sealed.pdf'), sealed.content);
    expect(execFileSync('pdfsig', [join(dir, 'sealed.pdf')], { encoding: 'utf8' })).toContain('Signature is Valid');

    // Every document's hash is right, and the audit chain verifies.
    const { createHash } = await import('node:crypto');
    for (const d of docs) expect(createHash('sha256').update(d.content).digest('hex')).toBe(d.sha256);
    const trail: AuditEntry[] = (await services.store.auditTrail(id)).map(({ seq, prevHash, hash, at, actor, action, details }) =>
      ({ seq, prevHash, hash, at, actor, action, details }) as AuditEntry);
    expect(verifyAuditChain(trail)).toEqual({ ok: true });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['case.transition', 'receipt.issued', 'efile.created', 'document.sealed']));

    // Mails: two receipts, the request for documents, the confirmation — each exactly once.
    const mails = services.mail.messages().filter((m) => m.to.includes('erika.mustermann@example.org'));
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(4);
    expect(services.mail.duplicates()).toBe(0);
    expect((await services.store.inboxOf('erika')).length).toBe(4);
    expect((await services.store.inboxOf('authority:finanzamt')).length).toBe(1);

    // The Akte exports as an xdomea-style ZIP whose files match their hashes.
    const res = await fetch(`${api.url}/api/cases/${id}/efile/export`, { headers: { authorization: `Bearer ${await api.token('erika')}` } });
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = new TextDecoder().decode(files['xdomea.xml']);
    for (const d of docs) expect(manifest).toContain(d.sha256);
  });

  it('rejects invalid form data with JSON pointers and leaves the case unchanged', async () => {
    const handle = await startCase(services.client, taskQueue, def);
    caseIds.push(handle.workflowId);
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
    const handle = await startCase(services.client, taskQueue, def);
    caseIds.push(handle.workflowId);
    const error = await send(handle, 'SUBMIT', clerk, example(def, 'anmeldung')).catch((e: unknown) => e);
    expect(((error as WorkflowUpdateFailedError).cause as { details?: { code: string }[] }).details?.[0]?.code).toBe('role-not-allowed');
  });

  it('applies the same Update id once', async () => {
    const handle = await startCase(services.client, taskQueue, def);
    caseIds.push(handle.workflowId);
    const updateId = randomUUID();
    const first = await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'), updateId);
    const again = await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'), updateId);
    expect(again).toEqual(first);
    const final = await settled(handle);
    expect(final.seq).toBe(1);
    expect((await services.store.documentsOf(handle.workflowId)).filter((d) => d.kind === 'receipt')).toHaveLength(1);
  });
});
