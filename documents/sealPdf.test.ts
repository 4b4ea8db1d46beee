import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from './renderDocument.js';
import { sealPdf } from './sealPdf.js';
import { sampleDocument } from './testing/sampleDocument.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { opensslCmsVerify } from './testing/opensslCmsVerify.js';
import { extractPdfSignature, runPoppler } from './testing/popplerTools.js';
import { testInstant } from './testing/testClock.js';

const options = { reason: 'Bescheid', location: 'Musterstadt', name: 'Gewerbeamt Musterstadt', signingTime: testInstant(-60) };

describe('sealPdf()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  let sealed: Uint8Array;
  beforeAll(async () => {
    pki = await createTestPki();
    const pdf = await renderDocument(sampleDocument('2026-03-02'));
    sealed = await sealPdf(pdf, pki.signer, options);
  });

  it('produces a signature that pdfsig reports as valid over the whole document', () => {
    const report = runPoppler('pdfsig', sealed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
  });

  it('is a PAdES signature by the authority seal, with SHA-256 and the given signing time', () => {
    const report = runPoppler('pdfsig', sealed);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: Siegel gewerbeamt');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    // pdfsig's format, e.g. "Mar 02 2026 09:30:00".
    const t = options.signingTime;
    const month = t.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const expected = `${month} ${String(t.getUTCDate()).padStart(2, '0')} ${t.getUTCFullYear()} ${t.toISOString().slice(11, 19)}`;
    expect(report).toContain(`Signing Time: ${expected}`);
  });

  it('produces a signature that pdfsig rejects after one signed byte is changed', () => {
    const tampered = Buffer.from(sealed);
    const at = tampered.indexOf('(Bescheid)') + 1;
    tampered[at] = 'b'.charCodeAt(0);
    const report = runPoppler('pdfsig', tampered);
    expect(report).not.toContain('Signature is Valid');
    expect(report).toContain('Signature Validation: Digest Mismatch.');
  });

  it('embeds a CMS that OpenSSL verifies against the root over the signed byte ranges', () => {
    const { cms, signedContent } = extractPdfSignature(sealed);
    expect(opensslCmsVerify({ cms, content: signedContent, caPem: pki.rootPem }).ok).toBe(true);
  });

  it('throws for a PDF that is already signed', async () => {
    await expect(sealPdf(sealed, pki.signer, options)).rejects.toThrow(/already signed/);
  });
});
