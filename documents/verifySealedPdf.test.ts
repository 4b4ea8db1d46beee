import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from './renderDocument.js';
import { sealPdf } from './sealPdf.js';
import { sampleDocument } from './testing/sampleDocument.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { testInstant } from './testing/testClock.js';
import { verifySealedPdf } from './verifySealedPdf.js';

const seal = { reason: 'Bescheid', location: 'Musterstadt', name: 'Gewerbeamt Musterstadt' };
const signingTime = testInstant(-60);
const codes = (result: { errors: { code: string }[] }) => result.errors.map((e) => e.code);

/** A copy of `pdf` with the first byte of `marker` replaced. */
function changeAt(pdf: Uint8Array, marker: string, to: string): Uint8Array {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  copy.write(to, at);
  return new Uint8Array(copy);
}

describe('verifySealedPdf()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  let other: TestPki;
  let unsealed: Uint8Array;
  let sealed: Uint8Array;
  beforeAll(async () => {
    [pki, other] = await Promise.all([createTestPki(), createTestPki()]);
    unsealed = await renderDocument(sampleDocument(signingTime.toISOString().slice(0, 10)));
    sealed = await sealPdf(unsealed, pki.signer, { ...seal, signingTime }); // a minute ago, under a PKI issued now
  });

  it('accepts a PDF sealed by a certificate that chains to the trusted root', async () => {
    const result = await verifySealedPdf(sealed, { trustedCertificates: [pki.rootPem] });
    expect(result).toMatchObject({ ok: true, errors: [], checks: { byteRange: 'passed', digest: 'passed', signature: 'passed', certificate: 'passed' } });
    expect(result.seal).toMatchObject({ ...seal, signingTime, subFilter: 'ETSI.CAdES.detached', signerCertificatePem: pki.signer.certificatePem });
    expect(result.seal?.signer).toMatch(/^CN=Siegel gewerbeamt/);
  });

  it('reports a digest mismatch when one signed byte is changed', async () => {
    const result = await verifySealedPdf(changeAt(sealed, '(Bescheid)', '(b'), { trustedCertificates: [pki.rootPem] });
    expect(codes(result)).toEqual(['signature-invalid']);
    expect(result.checks).toEqual({ byteRange: 'passed', digest: 'failed', signature: 'skipped', certificate: 'passed' });
  });

  it('reports certificate-untrusted for a seal under another root', async () => {
    const result = await verifySealedPdf(sealed, { trustedCertificates: [other.rootPem] });
    expect(codes(result)).toEqual(['certificate-untrusted']);
    expect(result.checks).toEqual({ byteRange: 'passed', digest: 'passed', signature: 'passed', certificate: 'failed' });
  });

  it('checks the certificate at the stated signing time', async () => {
    // The test PKI is issued an hour before now; a seal dated a day earlier predates it.
    const backdated = await sealPdf(unsealed, pki.signer, { ...seal, signingTime: testInstant(-24 * 3600) });
    expect(codes(await verifySealedPdf(backdated, { trustedCertificates: [pki.rootPem] }))).toEqual(['certificate-untrusted']);
    expect((await verifySealedPdf(backdated, { trustedCertificates: [pki.rootPem], at: testInstant() })).ok).toBe(true);
  });

  it('reports unsealed-content for bytes appended after sealing, though the sealed part is intact', async () => {
    const appended = new Uint8Array(Buffer.concat([sealed, Buffer.from('\n1 0 obj\n(Widerruf)\nendobj\n%%EOF\n')]));
    const result = await verifySealedPdf(appended, { trustedCertificates: [pki.rootPem] });
    expect(codes(result)).toEqual(['unsealed-content']);
    expect(result.checks).toEqual({ byteRange: 'failed', digest: 'passed', signature: 'passed', certificate: 'passed' });
  });

  it('reports unsealed-content for data hidden in the padding of the signature', async () => {
    const text = Buffer.from(sealed).toString('latin1');
    const end = text.indexOf('>', text.indexOf('/Contents <'));
    const hidden = Buffer.from(sealed);
    hidden.write('ff', end - 2, 'latin1'); // the last padding byte, inside the signature's gap
    expect(codes(await verifySealedPdf(hidden, { trustedCertificates: [pki.rootPem] }))).toEqual(['unsealed-content']);
  });

  it('reports not-sealed for a PDF without a seal', async () => {
    expect(await verifySealedPdf(unsealed, { trustedCertificates: [pki.rootPem] })).toMatchObject({ ok: false, errors: [{ code: 'not-sealed' }] });
  });

  it('reports malformed for bytes that are not a PDF, without throwing', async () => {
    for (const bytes of [new TextEncoder().encode('{"receipt":{}}'), new TextEncoder().encode('%PDF-1.7 and nothing else')]) {
      expect(await verifySealedPdf(bytes, { trustedCertificates: [pki.rootPem] })).toMatchObject({
        ok: false, errors: [{ code: 'malformed' }], checks: { byteRange: 'skipped', digest: 'skipped', signature: 'skipped', certificate: 'skipped' },
      });
    }
  });
});
