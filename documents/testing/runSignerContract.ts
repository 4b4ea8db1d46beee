import { X509Certificate, createVerify } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDetachedCms } from '../createDetachedCms.js';
import type { Signer } from '../Signer.js';
import { verifyDetachedCms } from '../verifyDetachedCms.js';
import { opensslCmsVerify } from './opensslCmsVerify.js';

/** What a contract run needs: the implementation under test and the anchor it chains to. */
export interface SignerUnderTest {
  signer: Signer;
  /** Root certificate (PEM) the signer's certificate chains to. */
  rootPem: string;
}

/**
 * The contract every {@link Signer} implementation must meet (dev signer, HSM, trust-service
 * provider): raw signatures that the certificate's key verifies, and CMS built on them that both
 * pkijs and OpenSSL accept. Call it inside a test file with a factory for the implementation.
 */
export function runSignerContract(name: string, create: () => Promise<SignerUnderTest>): void {
  describe(`Signer contract: ${name}`, () => {
    let subject: SignerUnderTest;
    const data = new TextEncoder().encode('Antrag auf Gewerbeanmeldung – Prüfdaten');
    beforeAll(async () => {
      subject = await create();
    });

    it('declares RSASSA-PKCS1-v1_5 with SHA-256', () => {
      expect(subject.signer.algorithm).toBe('RSASSA-PKCS1-v1_5-SHA256');
    });

    it('signs raw data so that the certificate key verifies it', async () => {
      const signature = await subject.signer.sign(data);
      const publicKey = new X509Certificate(subject.signer.certificatePem).publicKey;
      expect(createVerify('sha256').update(data).verify(publicKey, signature)).toBe(true);
      expect(createVerify('sha256').update(new TextEncoder().encode('other')).verify(publicKey, signature)).toBe(false);
    });

    it('has a certificate issued by its chain', () => {
      const certificate = new X509Certificate(subject.signer.certificatePem);
      const issuer = subject.signer.chainPem[0];
      expect(issuer).toBeDefined();
      expect(certificate.checkIssued(new X509Certificate(issuer ?? ''))).toBe(true);
    });

    it('yields detached CMS that OpenSSL verifies against the root', async () => {
      const cms = await createDetachedCms(subject.signer, data);
      expect(opensslCmsVerify({ cms, content: data, caPem: subject.rootPem })).toMatchObject({ ok: true });
    });

    it('yields detached CMS that verifyDetachedCms accepts', async () => {
      const cms = await createDetachedCms(subject.signer, data);
      expect(await verifyDetachedCms(cms, data, { trustedCertificates: [subject.rootPem] })).toMatchObject({ ok: true, errors: [] });
    });
  });
}
