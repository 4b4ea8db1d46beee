// Uploads (issue 13, part 4): a form's file field holds the file as a data URL; the server refuses
// what breaks the field's limits with 422 and a JSON pointer, and an accepted file lands in the
// e-file with its name, type and exact bytes — through the HTTP API, Temporal and the worker.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProcedureConfig } from '../../engine/index.js';
import { FORM_BODY_LIMIT } from '../../server/index.js';
import { publishApproved } from '../support/api.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const dataUrl = (type: string, name: string, bytes: Uint8Array) => `data:${type};name=${encodeURIComponent(name)};base64,${Buffer.from(bytes).toString('base64')}`;
/** A file of `size` bytes that starts like a PDF, the rest random. */
const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
/** What the Gewerbeanmeldung's `dokumente` take per file (its x-maxBytes, below UPLOAD_LIMITS.maxBytes). */
const GEWERBE_MAX_BYTES = 512 * 1024;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);

interface Doc { id: string; kind: string; title: string; fileName: string; mediaType: string; size: number; sha256: string }

describe('uploads through the HTTP API', () => {
  const suite = useCaseSuite('uploads');

  /** A Gewerbeanmeldung waiting for documents (submitted, documents requested by the clerk). */
  async function waitingForDocuments(): Promise<string> {
    const def = catalogueDefinition('gewerbeanmeldung');
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, { as: 'erika' })).status).toBe(200);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, { as: 'clerk-gewerbe' })).status).toBe(200);
    return id;
  }
  const attachments = async (id: string) => ((await suite.api.call('GET', `/api/cases/${id}/documents`, undefined, { as: 'erika' })).body as Doc[]).filter((d) => d.kind === 'attachment');
  const submitDocuments = (id: string, dokumente: unknown[]) => suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT_DOCUMENTS', data: { dokumente } }, { as: 'erika' });

  it('files each uploaded file in the e-file with its name, type and exact bytes — up to the field\'s limit', async () => {
    const id = await waitingForDocuments();
    // The form's own limit (x-maxBytes 512 KB); files travel to the worker by reference (payload-refs.test.ts).
    const pdf = pdfOf(GEWERBE_MAX_BYTES);
    const res = await submitDocuments(id, [dataUrl('application/pdf', 'Erlaubnis § 34d.pdf', pdf), dataUrl('image/png', 'Gewerbeschein Kopie.png', png)]);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body.state).toBe('pruefung');

    await expect.poll(async () => (await attachments(id)).length, { timeout: 30_000 }).toBe(2);
    const docs = await attachments(id);
    expect(docs.map(({ title, fileName, mediaType, size, sha256: hash }) => ({ title, fileName, mediaType, size, sha256: hash }))).toEqual([
      { title: 'Erlaubnis § 34d.pdf', fileName: 'Erlaubnis § 34d.pdf', mediaType: 'application/pdf', size: pdf.byteLength, sha256: sha256(pdf) },
      { title: 'Gewerbeschein Kopie.png', fileName: 'Gewerbeschein Kopie.png', mediaType: 'image/png', size: png.byteLength, sha256: sha256(png) },
    ]);
    // The download is the very file, and the receipt names it by its hash.
    const download = await fetch(`${suite.api.url}/api/documents/${docs[0]!.id}`, { headers: { authorization: `Bearer ${await suite.api.token('erika')}` } });
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(pdf));
    const receipts = (await suite.services.store.documentsOf(id)).filter((d) => d.kind === 'receipt');
    expect(receipts.at(-1)!.content.toString('utf8')).toContain(sha256(png));
  });

  it('refuses files that break a limit with 422 and a JSON pointer at the file, in German and English', async () => {
    const id = await waitingForDocuments();
    const refused = async (dokumente: unknown[]) => {
      const res = await submitDocuments(id, dokumente);
      expect(res.status).toBe(422);
      return (res.body.details.errors as { path: string; code: string; message: { de: string; en: string } }[]).map((e) => [e.path, e.code, e.message.de]);
    };
    expect(await refused([dataUrl('application/pdf', 'gross.pdf', pdfOf(GEWERBE_MAX_BYTES + 1))])).toEqual([
      ['/dokumente/0', 'x-maxBytes', 'Die Datei ist zu groß (höchstens 512 KB).'],
    ]);
    // A program renamed to .pdf: the declared type is allowed, its first bytes say otherwise.
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(100)]);
    expect(await refused([dataUrl('application/pdf', 'erlaubnis.pdf', exe)])).toEqual([
      ['/dokumente/0', 'x-mediaTypes', 'Dieser Dateityp ist nicht erlaubt. Erlaubt: PDF, PNG oder JPEG.'],
    ]);
    expect(await refused(['erlaubnis.pdf'])).toEqual([['/dokumente/0', 'format', 'Die Datei konnte nicht gelesen werden (kein gültiger Data-URL).']]);
    // Nothing of it reached the case.
    const view = (await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body as { state: string };
    expect(view.state).toBe('nachforderung');
  });

  it('answers a body over FORM_BODY_LIMIT with 413 before it reaches Temporal', async () => {
    const id = await waitingForDocuments();
    const res = await submitDocuments(id, [dataUrl('application/pdf', 'riesig.pdf', pdfOf(FORM_BODY_LIMIT))]);
    expect(res.status).toBe(413);
  });

  it('takes the contentMediaType declaration of a procedure outside the catalogue, with its own size limit', async () => {
    const own: ProcedureConfig = {
      id: 'upload-probe', version: 1, title: { de: 'Nachweis hochladen', en: 'Upload a certificate' }, authority: 'buergeramt', legalBasis: '§ 1 ProbeG',
      roles: { applicant: { kind: 'citizen' } },
      forms: { antrag: { schema: { type: 'object', required: ['nachweis'], properties: { nachweis: { title: 'Nachweis', 'x-i18n': { en: { title: 'Certificate' } }, type: 'string', contentEncoding: 'base64', contentMediaType: 'application/pdf', 'x-maxBytes': 2048 } } } } },
      events: { SUBMIT: { by: ['applicant'], form: 'antrag' } },
      machine: { initial: 'entwurf', states: { entwurf: { on: { SUBMIT: { target: 'eingegangen', actions: [{ type: 'fileDocument', params: { document: 'antrag' } }] } } }, eingegangen: { type: 'final' } } },
    };
    expect((await suite.api.call('POST', '/api/definitions', own, { as: 'designer' })).status).toBe(201);
    expect((await publishApproved(suite.api, 'upload-probe')).body.status).toBe('published');
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'upload-probe' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    const send = (nachweis: string) => suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { nachweis } }, { as: 'erika' });

    const large = await send(dataUrl('application/pdf', 'n.pdf', pdfOf(2049)));
    expect([large.status, large.body.details.errors[0].message.en]).toEqual([422, 'The file is too large (at most 2 KB).']);
    const jpeg = await send(dataUrl('image/jpeg', 'n.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2])));
    expect([jpeg.status, jpeg.body.details.errors[0].message.en]).toEqual([422, 'This file type is not allowed. Allowed: PDF.']);
    const pdf = pdfOf(2048);
    expect((await send(dataUrl('application/pdf', 'nachweis.pdf', pdf))).status).toBe(200);
    await expect.poll(async () => (await attachments(id)).map((d) => [d.fileName, d.sha256]), { timeout: 30_000 }).toEqual([['nachweis.pdf', sha256(pdf)]]);
  });
});
