import { beforeAll, describe, expect, it } from 'vitest';
import { createReceipt } from './createReceipt.js';
import type { ReceiptFile, ReceiptInput } from './Receipt.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { verifyReceipt } from './verifyReceipt.js';

const attachment = { name: 'nachweis.pdf', mediaType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.7 Nachweis') };
const data = { name: 'Jürgen Müller', umsatz: 125000.5, angaben: [1, 2, 3] };
// Receipts are checked at their time of receipt, so it must fall inside the dev certificates' validity.
const receivedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
const input: ReceiptInput = {
  caseId: 'case-0042', procedure: 'gewerbeanmeldung', version: 3, authority: 'gewerbeamt', receivedAt, data, attachments: [attachment],
};
const codes = (result: { errors: { code: string }[] }) => result.errors.map((e) => e.code);

describe('verifyReceipt()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  let other: TestPki;
  let file: ReceiptFile;
  beforeAll(async () => {
    [pki, other] = await Promise.all([createTestPki(), createTestPki()]);
    file = await createReceipt(input, pki.signer);
  });

  it('accepts a receipt sealed under the trusted root and returns it', async () => {
    expect(await verifyReceipt(file, { trustedCertificates: [pki.rootPem] })).toEqual({ ok: true, errors: [], receipt: file.receipt });
  });

  it('accepts a receipt when only the authority certificate is trusted', async () => {
    expect(await verifyReceipt(file, { trustedCertificates: [pki.signer.certificatePem] })).toMatchObject({ ok: true });
  });

  it('accepts the file as pretty-printed JSON text and as bytes', async () => {
    const text = JSON.stringify(file, null, 2);
    expect(await verifyReceipt(text, { trustedCertificates: [pki.rootPem] })).toMatchObject({ ok: true });
    expect(await verifyReceipt(new TextEncoder().encode(text), { trustedCertificates: [pki.rootPem] })).toMatchObject({ ok: true });
  });

  it('accepts the data and attachments that were received, in any key order', async () => {
    const reordered = { angaben: [1, 2, 3], umsatz: 125000.5, name: 'Jürgen Müller' };
    const result = await verifyReceipt(file, { trustedCertificates: [pki.rootPem], data: reordered, attachments: [attachment] });
    expect(result).toMatchObject({ ok: true, errors: [] });
  });

  it('reports data-mismatch for changed data', async () => {
    const result = await verifyReceipt(file, { trustedCertificates: [pki.rootPem], data: { ...data, umsatz: 125000 } });
    expect(codes(result)).toEqual(['data-mismatch']);
  });

  it('reports attachment-mismatch for a changed attachment', async () => {
    const changed = { ...attachment, content: new TextEncoder().encode('%PDF-1.7 Nachweiz') };
    expect(codes(await verifyReceipt(file, { trustedCertificates: [pki.rootPem], attachments: [changed] }))).toEqual(['attachment-mismatch']);
  });

  it('reports attachment-missing and attachment-unexpected by name', async () => {
    const renamed = { ...attachment, name: 'anderes.pdf' };
    const result = await verifyReceipt(file, { trustedCertificates: [pki.rootPem], attachments: [renamed] });
    expect(codes(result)).toEqual(['attachment-missing', 'attachment-unexpected']);
    expect(result.errors[0]?.message.de).toContain('nachweis.pdf');
  });

  describe('of a sealed submission (attachments listed by SHA-256 only)', () => {
    let sealed: ReceiptFile;
    beforeAll(async () => {
      sealed = await createReceipt({ ...input, sealed: true }, pki.signer);
    });

    it('accepts the attachments received, whatever they are named', async () => {
      const renamed = { ...attachment, name: 'angebot.pdf', mediaType: 'application/octet-stream' };
      expect(await verifyReceipt(sealed, { trustedCertificates: [pki.rootPem], data, attachments: [renamed] })).toEqual({ ok: true, errors: [], receipt: sealed.receipt });
    });

    it('reports attachment-missing for changed content and attachment-unexpected for an extra file', async () => {
      const changed = { ...attachment, content: new TextEncoder().encode('%PDF-1.7 Nachweis!') };
      expect(codes(await verifyReceipt(sealed, { trustedCertificates: [pki.rootPem], attachments: [changed] }))).toEqual(['attachment-missing', 'attachment-unexpected']);
      expect(codes(await verifyReceipt(sealed, { trustedCertificates: [pki.rootPem], attachments: [attachment, attachment] }))).toEqual(['attachment-unexpected']);
    });
  });

  it('reports signature-invalid when a confirmed field was edited', async () => {
    const edited = { ...file, receipt: { ...file.receipt, receivedAt: '2020-01-01T00:00:00Z' } }; // fixed date: any other time
    expect(codes(await verifyReceipt(edited, { trustedCertificates: [pki.rootPem] }))).toEqual(['signature-invalid']);
  });

  it('reports signature-invalid when a field was added', async () => {
    const extended = { ...file, receipt: { ...file.receipt, note: 'genehmigt' } };
    expect(codes(await verifyReceipt(extended, { trustedCertificates: [pki.rootPem] }))).toEqual(['signature-invalid']);
  });

  it('reports certificate-untrusted for a receipt sealed under another root', async () => {
    expect(codes(await verifyReceipt(file, { trustedCertificates: [other.rootPem] }))).toEqual(['certificate-untrusted']);
  });

  it('reports certificate-mismatch when the enclosed certificate is not the signing one', async () => {
    const swapped = { ...file, certificate: other.signer.certificatePem };
    expect(codes(await verifyReceipt(swapped, { trustedCertificates: [pki.rootPem] }))).toEqual(['certificate-mismatch']);
  });

  it('gives German and English messages', async () => {
    const result = await verifyReceipt(file, { trustedCertificates: [other.rootPem] });
    expect(result.errors[0]?.message).toEqual({
      de: 'Das Zertifikat der Signatur ist nicht vertrauenswürdig', en: 'The signing certificate is not trusted',
    });
  });

  it.each([
    ['null', null],
    ['broken JSON', '{"receipt":'],
    ['a receipt of the wrong shape', { receipt: { type: 'amtsweg-receipt' }, signature: 'AA==', certificate: '' }],
    ['a signature that is not base64', { ...{ receipt: {}, certificate: '' }, signature: '%%%' }],
  ])('reports malformed for %s without throwing', async (_label, bad) => {
    expect(await verifyReceipt(bad, { trustedCertificates: [pki.rootPem] })).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'malformed' })] });
  });

  it('reports malformed for a signature that is not CMS', async () => {
    const garbled = { ...file, signature: Buffer.from('kein CMS').toString('base64') };
    expect(codes(await verifyReceipt(garbled, { trustedCertificates: [pki.rootPem] }))).toEqual(['malformed']);
  });
});
