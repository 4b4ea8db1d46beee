import { createHash } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDetachedCms } from './createDetachedCms.js';
import { createTestPki, type TestPki } from './testing/createTestPki.js';
import { opensslCmsVerify } from './testing/opensslCmsVerify.js';
import { testInstant } from './testing/testClock.js';

const content = new TextEncoder().encode('{"name":"Müller"}');

function signedAttributes(cms: Uint8Array): pkijs.Attribute[] {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content });
  return signedData.signerInfos[0]?.signedAttrs?.attributes ?? [];
}

describe('createDetachedCms()', { timeout: 30_000 }, () => {
  let pki: TestPki;
  beforeAll(async () => {
    pki = await createTestPki();
  });

  it('produces a signature that OpenSSL verifies against the root', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    const result = opensslCmsVerify({ cms, content, caPem: pki.rootPem });
    expect(result.output).toContain('Verification successful');
    expect(result.ok).toBe(true);
  });

  it('produces a signature that OpenSSL rejects for changed content', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    const changed = new TextEncoder().encode('{"name":"Muller"}');
    expect(opensslCmsVerify({ cms, content: changed, caPem: pki.rootPem }).ok).toBe(false);
  });

  it('does not embed the content (detached)', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content });
    expect(signedData.encapContentInfo.eContent).toBeUndefined();
  });

  it('embeds the signer certificate and its chain', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content });
    expect(signedData.certificates).toHaveLength(2);
  });

  it('binds the signer certificate with ESS signing-certificate-v2', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    const attribute = signedAttributes(cms).find((a) => a.type === '1.2.840.113549.1.9.16.2.47');
    const value = attribute?.values[0] as asn1js.Sequence;
    const essCertIdV2 = (value.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const certHash = Buffer.from((essCertIdV2.valueBlock.value[0] as asn1js.OctetString).getValue()).toString('hex');
    const certificateDer = Buffer.from(pki.signer.certificatePem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(certHash).toBe(createHash('sha256').update(certificateDer).digest('hex'));
  });

  it('adds the signing-time attribute when a time is given', async () => {
    const signingTime = testInstant(-60);
    const cms = await createDetachedCms(pki.signer, content, { signingTime });
    const attribute = signedAttributes(cms).find((a) => a.type === '1.2.840.113549.1.9.5');
    expect((attribute?.values[0] as asn1js.UTCTime).toDate().toISOString()).toBe(signingTime.toISOString());
  });

  it('leaves the signing-time attribute out when no time is given', async () => {
    const cms = await createDetachedCms(pki.signer, content);
    expect(signedAttributes(cms).map((a) => a.type)).not.toContain('1.2.840.113549.1.9.5');
  });
});
