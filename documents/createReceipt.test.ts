import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.js';
import { createReceipt } from './createReceipt.js';
import type { ReceiptInput } from './Receipt.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { opensslCmsVerify } from './testing/opensslCmsVerify.js';
import { testIso } from './testing/testClock.js';

const pdf = new TextEncoder().encode('%PDF-1.7 Gewerbeerlaubnis');
const receivedAt = testIso(-60);
const input: ReceiptInput = {
  caseId: 'case-0001',
  procedure: 'gewerbeanmeldung',
  version: 3,
  authority: 'gewerbeamt',
  receivedAt,
  data: { name: 'Jürgen Müller', plz: '10115', taetigkeit: 'Straßenverkauf' },
  attachments: [{ name: 'erlaubnis.pdf', mediaType: 'application/pdf', content: pdf }],
};
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('createReceipt()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  beforeAll(async () => {
    pki = await createTestPki();
  });

  it('confirms case, procedure version, authority and time of receipt', async () => {
    const { receipt } = await createReceipt(input, pki.signer);
    expect(receipt).toMatchObject({
      type: 'amtsweg-receipt', version: 1, caseId: 'case-0001', procedure: 'gewerbeanmeldung',
      procedureVersion: 3, authority: 'gewerbeamt', receivedAt,
    });
  });

  it('hashes the RFC 8785 canonical form of the data, so key order does not matter', async () => {
    const reordered = { taetigkeit: 'Straßenverkauf', plz: '10115', name: 'Jürgen Müller' };
    const { receipt } = await createReceipt({ ...input, data: reordered }, pki.signer);
    expect(receipt.dataSha256).toBe(sha256('{"name":"Jürgen Müller","plz":"10115","taetigkeit":"Straßenverkauf"}'));
  });

  it('lists every attachment with media type, SHA-256 and size', async () => {
    const { receipt } = await createReceipt(input, pki.signer);
    expect(receipt.attachments).toEqual([{ name: 'erlaubnis.pdf', mediaType: 'application/pdf', sha256: sha256(pdf), size: pdf.byteLength }]);
  });

  it('lists only the SHA-256 of each attachment of a sealed submission: no name, media type or size', async () => {
    const { receipt } = await createReceipt({ ...input, sealed: true }, pki.signer);
    expect(receipt.attachments).toEqual([{ sha256: sha256(pdf) }]);
  });

  it('seals the canonical receipt with a detached CMS that OpenSSL verifies', async () => {
    const file = await createReceipt(input, pki.signer);
    const result = opensslCmsVerify({
      cms: Buffer.from(file.signature, 'base64'),
      content: new TextEncoder().encode(canonicalJson(file.receipt)),
      caPem: pki.rootPem,
    });
    expect(result.ok).toBe(true);
  });

  it('encloses the authority certificate', async () => {
    const file = await createReceipt(input, pki.signer);
    expect(file.certificate).toBe(pki.signer.certificatePem);
  });

  it('throws for a receivedAt that is not UTC', async () => {
    // fixed date: refused for its zone before anything is signed
    await expect(createReceipt({ ...input, receivedAt: '2026-03-02T09:15:00+01:00' }, pki.signer)).rejects.toThrow(/UTC/);
  });

  it('throws for duplicate attachment names', async () => {
    const attachments = [input.attachments[0]!, input.attachments[0]!];
    await expect(createReceipt({ ...input, attachments }, pki.signer)).rejects.toThrow(/unique/);
  });
});
