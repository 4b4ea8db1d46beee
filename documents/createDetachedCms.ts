import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { pemToDer } from './pem.js';
import type { Signer } from './Signer.js';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

/** Options for {@link createDetachedCms}. */
export interface DetachedCmsOptions {
  /**
   * Adds the CMS signing-time attribute. Leave it out for PAdES, where the time belongs in the
   * signature dictionary (/M) and ETSI EN 319 142-1 forbids the attribute.
   */
  signingTime?: Date;
}

/**
 * Builds a detached CMS SignedData (CAdES-BES: content-type, message-digest, optional signing-time
 * and ESS signing-certificate-v2) over `content` and returns it DER-encoded. The only place in
 * Amtsweg that assembles CMS; the {@link Signer} contributes nothing but the raw signature value.
 */
export async function createDetachedCms(signer: Signer, content: Uint8Array, options: DetachedCmsOptions = {}): Promise<Uint8Array> {
  const certificateDer = pemToDer(signer.certificatePem, 'CERTIFICATE');
  const certificate = pkijs.Certificate.fromBER(certificateDer);
  const chain = signer.chainPem.map((pem) => pkijs.Certificate.fromBER(pemToDer(pem, 'CERTIFICATE')));
  const sha256 = new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() });

  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: await digest(content) })),
    ...(options.signingTime ? [attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: options.signingTime }))] : []),
    attribute(OID.signingCertificateV2, await signingCertificateV2(certificate, certificateDer)),
  ];
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sortForDer(attributes) });
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] IMPLICIT field.
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER());
  toBeSigned[0] = 0x31;

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: sha256,
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: await signer.sign(toBeSigned) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [certificate, ...chain],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

async function digest(data: Uint8Array): Promise<ArrayBuffer> {
  return globalThis.crypto.subtle.digest('SHA-256', data);
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the exact certificate, which is
 * what makes it CAdES-BES. The hash algorithm is the default SHA-256 and therefore omitted.
 */
async function signingCertificateV2(certificate: pkijs.Certificate, certificateDer: Uint8Array): Promise<asn1js.Sequence> {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new pkijs.GeneralName({ type: 4, value: certificate.issuer }).toSchema()] }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: await digest(certificateDer) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/**
 * DER wants the members of a SET OF in ascending order of their encodings. OpenSSL re-encodes the
 * signed attributes before verifying, so an unsorted set would fail there.
 */
function sortForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER()) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  return encoded.map((e) => e.a);
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const length = Math.max(x.length, y.length);
  for (let i = 0; i < length; i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
