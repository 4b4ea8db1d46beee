// Payloads by reference (issue 14, part 1): the files of a submission are stored once in PostgreSQL
// when the server accepts the event; Temporal carries references. Shown from the workflow histories
// of real cases: no payload over 64 KB with a 5 MB attachment and a 200-field form, the file in the
// e-file byte for byte, and a history that grows with the events, not with the data times the effects.
import { createHash, randomBytes } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import type { ProcedureConfig } from '../../engine/index.js';
import { publishApproved } from '../support/api.js';
import { useCaseSuite } from '../support/suite.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const dataUrl = (type: string, name: string, bytes: Uint8Array) => `data:${type};name=${encodeURIComponent(name)};base64,${Buffer.from(bytes).toString('base64')}`;
const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const FIELDS = Array.from({ length: 200 }, (_, i) => `feld${String(i + 1).padStart(3, '0')}`);
const MB = 1024 * 1024;

const procedure: ProcedureConfig = {
  id: 'payload-probe', version: 1, title: { de: 'Großer Antrag', en: 'Large application' }, authority: 'buergeramt', legalBasis: '§ 1 ProbeG',
  roles: { applicant: { kind: 'citizen' } },
  forms: {
    antrag: { schema: { type: 'object', required: ['anlage'], properties: {
      ...Object.fromEntries(FIELDS.map((f) => [f, { title: f, 'x-i18n': { en: { title: f } }, type: 'string', maxLength: 200 }])),
      anlage: { title: 'Anlage', 'x-i18n': { en: { title: 'Attachment' } }, type: 'string', format: 'data-url' },
    } } },
    notiz: { schema: { type: 'object', properties: { text: { title: 'Text', 'x-i18n': { en: { title: 'Text' } }, type: 'string', maxLength: 200 } } } },
  },
  events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, ERGAENZEN: { by: ['applicant'], form: 'notiz' }, ZURUECKZIEHEN: { by: ['applicant'] } },
  machine: {
    initial: 'entwurf',
    states: {
      entwurf: { on: { SUBMIT: { target: 'eingegangen', actions: [{ type: 'receipt' }, { type: 'fileDocument', params: { document: 'antrag' } }] } } },
      // Every later event runs an effect again, whose input holds the case's data (the 200 fields and the file).
      eingegangen: { on: { ERGAENZEN: { target: 'eingegangen', actions: [{ type: 'fileDocument', params: { document: 'notiz' } }] }, ZURUECKZIEHEN: 'erledigt' } },
      erledigt: { type: 'final' },
    },
  },
};

interface PayloadSize { event: string; bytes: number }
interface Measured { id: string; payloads: PayloadSize[]; historyBytes: number; events: number }

/** Every payload in a history event (a `{ metadata, data }` anywhere inside), with the event's type. */
function payloadsOf(value: unknown, event: string, found: PayloadSize[]): void {
  if (!value || typeof value !== 'object' || value instanceof Uint8Array) return;
  const v = value as Record<string, unknown>;
  if (v.data instanceof Uint8Array && 'metadata' in v) {
    found.push({ event, bytes: v.data.byteLength });
    return;
  }
  Object.values(v).forEach((child) => payloadsOf(child, event, found));
}

describe('payloads by reference', () => {
  const suite = useCaseSuite('payload-refs');

  /** A case: SUBMIT with a file of `fileBytes` and 200 answers, then `more` ERGAENZEN events; its history measured. */
  async function runCase(file: Buffer, more: number): Promise<Measured> {
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'payload-probe' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    const answers = Object.fromEntries(FIELDS.map((f, i) => [f, `Antwort ${i + 1}: ${'x'.repeat(40)}`]));
    const submitted = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { ...answers, anlage: dataUrl('application/pdf', 'Anlage.pdf', file) } }, { as: 'erika' });
    expect(submitted.status, JSON.stringify(submitted.body).slice(0, 500)).toBe(200);
    for (let i = 0; i < more; i += 1) {
      expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ERGAENZEN', data: { text: `Ergänzung ${i}` } }, { as: 'erika' })).status).toBe(200);
    }
    await expect.poll(async () => (await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body.pendingEffects, { timeout: 60_000 }).toBe(0);
    const history = await suite.services.client.workflow.getHandle(id).fetchHistory();
    const payloads: PayloadSize[] = [];
    for (const e of history.events ?? []) payloadsOf(e, temporal.api.enums.v1.EventType[e.eventType ?? 0] ?? 'unknown', payloads);
    return { id, payloads, historyBytes: temporal.api.history.v1.History.encode(history).finish().byteLength, events: history.events?.length ?? 0 };
  }

  it('keeps every Temporal payload under 64 KB with a 5 MB attachment and a 200-field form, and files the exact bytes', async () => {
    expect((await suite.api.call('POST', '/api/definitions', procedure, { as: 'designer' })).status).toBe(201);
    expect((await publishApproved(suite.api, 'payload-probe')).body.status).toBe('published');

    const large = pdfOf(5 * MB);
    const big = await runCase(large, 2);
    const kinds = new Set(big.payloads.map((p) => p.event));
    // The update's argument and result, the activities' inputs and results are all there to be measured.
    for (const kind of ['EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED', 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED', 'EVENT_TYPE_ACTIVITY_TASK_COMPLETED', 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED']) {
      expect(kinds).toContain(kind);
    }
    const largest = big.payloads.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const largestInput = Math.max(...big.payloads.filter((p) => p.event === 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED').map((p) => p.bytes));
    expect(largest.bytes, JSON.stringify(largest)).toBeLessThan(64 * 1024);
    // Effects get the form data by hash: their inputs do not hold the 200 answers (about 11 KB).
    expect(largestInput).toBeLessThan(4 * 1024);
    // The whole history is smaller than the file once.
    expect(big.historyBytes).toBeLessThan(MB);

    // The e-file holds the very file.
    const attachments = async () => ((await suite.api.call('GET', `/api/cases/${big.id}/documents`, undefined, { as: 'erika' })).body as { id: string; kind: string; size: number; sha256: string }[])
      .filter((d) => d.kind === 'attachment');
    await expect.poll(async () => (await attachments()).length, { timeout: 30_000 }).toBe(1);
    const [doc] = await attachments();
    expect([doc!.size, doc!.sha256]).toEqual([large.byteLength, sha256(large)]);
    const download = await fetch(`${suite.api.url}/api/documents/${doc!.id}`, { headers: { authorization: `Bearer ${await suite.api.token('erika')}` } });
    expect(Buffer.from(await download.arrayBuffer()).equals(large)).toBe(true);
    // The receipt binds the file's hash.
    const receipt = (await suite.services.store.documentsOf(big.id)).find((d) => d.kind === 'receipt')!;
    expect(receipt.content.toString('utf8')).toContain(sha256(large));
    // The form's document holds the answers the effect read back by hash.
    const filed = (await suite.services.store.documentsOf(big.id)).filter((d) => d.kind !== 'attachment' && d.content.toString('utf8').includes('Antwort 200: '));
    expect(filed.length).toBeGreaterThan(0);

    // The same case with a 1 KB file: the history is as large (the file is a reference of fixed
    // size) — up to a few workflow tasks more or less, as updates and activities interleave...
    const small = await runCase(pdfOf(1024), 2);
    expect(Math.abs(big.historyBytes - small.historyBytes)).toBeLessThan(4 * 1024);
    // ... and four more events add four times what one event adds, independent of the data.
    const longer = await runCase(pdfOf(1024), 6);
    const perEvent = (longer.historyBytes - small.historyBytes) / 4;
    expect(perEvent).toBeGreaterThan(0);
    expect(perEvent).toBeLessThan(8 * 1024);
    const longerBig = await runCase(large, 6);
    expect(Math.abs(longerBig.historyBytes - longer.historyBytes)).toBeLessThan(4 * 1024);
    console.info(`history bytes: 5 MB/3 events ${big.historyBytes}, 1 KB/3 events ${small.historyBytes}, 1 KB/7 events ${longer.historyBytes}, 5 MB/7 events ${longerBig.historyBytes}; largest payload ${largest.bytes} (${largest.event}), largest activity input ${largestInput}`);
  });

  it('refuses a file reference sent by a client: only the server makes them', async () => {
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'payload-probe' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    const forged = `amtsweg-file:sha256=${'0'.repeat(64)};size=10;head=JVBERi0=;type=application/pdf`;
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { anlage: forged } }, { as: 'erika' });
    expect([res.status, res.body.code, res.body.details.errors[0].path]).toEqual([422, 'invalid-form-data', '/anlage']);
  });
});
