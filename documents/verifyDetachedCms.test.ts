import { beforeAll, describe, expect, it } from 'vitest';
import { createDetachedCms } from './createDetachedCms.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { verifyDetachedCms } from './verifyDetachedCms.js';

const content = new TextEncoder().encode('Bescheid über die Gewerbeanmeldung');
// The dev certificates are issued for "now", so the signing time must fall inside their validity.
const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000);

describe('verifyDetachedCms()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  let other: TestPki;
  let cms: Uint8Array;
  beforeAll(async () => {
    [pki, other] = await Promise.all([createTestPki(), createTestPki()]);
    cms = await createDetachedCms(pki.signer, content, { signingTime });
  });

  it('accepts a signature that chains to the trusted root', async () => {
    const result = await verifyDetachedCms(cms, content, { trustedCertificates: [pki.rootPem] });
    expect(result).toMatchObject({ ok: true, errors: [], signingTime, checks: { digest: 'passed', signature: 'passed', certificate: 'passed' } });
    expect(result.signerCertificatePem).toBe(pki.signer.certificatePem);
  });

  it('accepts a signature when the signer certificate itself is trusted', async () => {
    const result = await verifyDetachedCms(cms, content, { trustedCertificates: [pki.signer.certificatePem] });
    expect(result.ok).toBe(true);
  });

  it('reports signature-invalid for changed content', async () => {
    const result = await verifyDetachedCms(cms, new TextEncoder().encode('Bescheid über die Gewerbeabmeldung'), { trustedCertificates: [pki.rootPem] });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.code)).toEqual(['signature-invalid']);
    // The digest is compared first; the signature over the attributes is then not worth checking.
    expect(result.checks).toEqual({ digest: 'failed', signature: 'skipped', certificate: 'passed' });
  });

  it('reports certificate-untrusted for a root it was not given', async () => {
    const result = await verifyDetachedCms(cms, content, { trustedCertificates: [other.rootPem] });
    expect(result.errors.map((e) => e.code)).toEqual(['certificate-untrusted']);
    expect(result.checks).toEqual({ digest: 'passed', signature: 'passed', certificate: 'failed' });
  });

  it('reports certificate-untrusted when the certificate was not valid at the given time', async () => {
    // fixed date: long before any test PKI exists, whatever day the test runs
    const result = await verifyDetachedCms(cms, content, { trustedCertificates: [pki.rootPem], at: new Date('2000-01-01T00:00:00Z') });
    expect(result.errors.map((e) => e.code)).toEqual(['certificate-untrusted']);
  });

  it('reports signature-invalid for a signature by another key with a copied certificate list', async () => {
    const forged = await createDetachedCms({ ...other.signer, certificatePem: pki.signer.certificatePem, chainPem: pki.signer.chainPem }, content);
    const result = await verifyDetachedCms(forged, content, { trustedCertificates: [pki.rootPem] });
    expect(result.errors.map((e) => e.code)).toEqual(['signature-invalid']);
    expect(result.checks).toEqual({ digest: 'passed', signature: 'failed', certificate: 'passed' });
  });

  it('reports malformed for bytes that are not CMS, without throwing', async () => {
    const result = await verifyDetachedCms(new TextEncoder().encode('not a signature'), content, { trustedCertificates: [pki.rootPem] });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'malformed' }], checks: { digest: 'skipped', signature: 'skipped', certificate: 'skipped' } });
  });
});
