import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { documentError, type DocumentError } from './DocumentError.js';
import { derToPem, pemToDers } from './pem.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
/** pkijs' code for "message digest doesn't match" and for a failed signature check. */
const PKIJS_VERIFICATION_FAILED = 15;

/** How one check ended; `skipped` when the input, or an earlier check, did not get that far. */
export type CheckOutcome = 'passed' | 'failed' | 'skipped';

/** The checks of {@link verifyDetachedCms}, each on its own, so a caller can report them one by one. */
export interface DetachedCmsChecks {
  /** The signed message-digest attribute is the digest of the content. */
  digest: CheckOutcome;
  /** The signer's key signed those attributes (checked only when the digest matches). */
  signature: CheckOutcome;
  /** The signer's certificate chains to a trusted certificate at the validation time. */
  certificate: CheckOutcome;
}

/** Options for {@link verifyDetachedCms}. */
export interface VerifyDetachedCmsOptions {
  /** Certificates to trust (PEM): a root, or the signer's own certificate. */
  trustedCertificates: readonly string[];
  /** When the certificate chain must be valid; defaults to the signing-time attribute, else now. */
  at?: Date;
}

/** Outcome of {@link verifyDetachedCms}; the signer fields are set whenever the CMS could be read. */
export interface DetachedCmsVerification {
  ok: boolean;
  errors: DocumentError[];
  checks: DetachedCmsChecks;
  signerCertificatePem?: string;
  signingTime?: Date;
}

/**
 * Verifies a detached CMS SignedData (DER) over `content` offline: the message digest, the
 * signature, and that the signer's certificate chains to one of `trustedCertificates`; `checks`
 * tells each outcome apart. Never throws for bad input; every failure comes back in `errors`.
 */
export async function verifyDetachedCms(cms: Uint8Array, content: Uint8Array, options: VerifyDetachedCmsOptions): Promise<DetachedCmsVerification> {
  const unreadable: DetachedCmsVerification = {
    ok: false, errors: [documentError('malformed', 'CMS')], checks: { digest: 'skipped', signature: 'skipped', certificate: 'skipped' },
  };
  let signedData: pkijs.SignedData;
  let digestMatches: boolean | undefined;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(cms);
    if (contentInfo.contentType !== SIGNED_DATA) return unreadable;
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.signerInfos.length !== 1 || signedData.encapContentInfo.eContent) return unreadable;
    digestMatches = await matchesSignedDigest(signedData, content);
  } catch {
    return unreadable;
  }
  if (digestMatches === undefined) return unreadable;

  let signer: pkijs.Certificate;
  let signature: CheckOutcome;
  const errors: DocumentError[] = digestMatches ? [] : [documentError('signature-invalid')];
  try {
    const result = await signedData.verify({ signer: 0, data: content.slice().buffer, extendedMode: true });
    signer = result.signerCertificate as pkijs.Certificate;
    signature = result.signatureVerified ? 'passed' : 'failed';
  } catch (error) {
    const failure = error as Partial<pkijs.SignedDataVerifyResult>;
    if (!(failure.signerCertificate instanceof pkijs.Certificate)) return unreadable;
    signer = failure.signerCertificate;
    // pkijs compares the digest before the signature, so after a mismatch it never checked the
    // signature; with a matching digest, its code 15 is a failed check and any other an unreadable CMS.
    if (!digestMatches) signature = 'skipped';
    else if (failure.code === PKIJS_VERIFICATION_FAILED) signature = 'failed';
    else {
      signature = 'skipped';
      errors.push(documentError('malformed', 'CMS'));
    }
  }
  if (signature === 'failed') errors.push(documentError('signature-invalid'));

  const signingTime = readSigningTime(signedData);
  const at = options.at ?? signingTime ?? new Date();
  const trusted = await chainsToTrusted(signer, signedData, options.trustedCertificates, at);
  if (!trusted) errors.push(documentError('certificate-untrusted'));
  const signerCertificatePem = derToPem(new Uint8Array(signer.toSchema().toBER()), 'CERTIFICATE');
  const checks: DetachedCmsChecks = { digest: digestMatches ? 'passed' : 'failed', signature, certificate: trusted ? 'passed' : 'failed' };
  return { ok: errors.length === 0, errors, checks, signerCertificatePem, ...(signingTime ? { signingTime } : {}) };
}

/**
 * Whether the signed message-digest attribute is the digest of `content`, computed here rather
 * than inferred from pkijs' error codes; undefined when the attribute or a known digest is missing.
 */
async function matchesSignedDigest(signedData: pkijs.SignedData, content: Uint8Array): Promise<boolean | undefined> {
  const signerInfo = signedData.signerInfos[0]!;
  const expected: unknown = signerInfo.signedAttrs?.attributes.find((a) => a.type === MESSAGE_DIGEST)?.values[0];
  const algorithm = pkijs.getCrypto(true).getAlgorithmByOID(signerInfo.digestAlgorithm.algorithmId);
  if (!(expected instanceof asn1js.OctetString) || !('name' in algorithm)) return undefined;
  const actual = await globalThis.crypto.subtle.digest(algorithm.name, content);
  return Buffer.from(actual).equals(Buffer.from(expected.valueBlock.valueHexView));
}

function readSigningTime(signedData: pkijs.SignedData): Date | undefined {
  const attribute = signedData.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME);
  const value: unknown = attribute?.values[0];
  return value && typeof value === 'object' && 'toDate' in value && typeof value.toDate === 'function' ? (value.toDate() as Date) : undefined;
}

async function chainsToTrusted(signer: pkijs.Certificate, signedData: pkijs.SignedData, trustedPems: readonly string[], at: Date): Promise<boolean> {
  try {
    const trustedCerts = trustedPems.flatMap((pem) => pemToDers(pem, 'CERTIFICATE')).map((der) => pkijs.Certificate.fromBER(der));
    const signerDer = Buffer.from(signer.toSchema().toBER());
    // Trusting the signer's own certificate is a valid choice ("I hold the authority's certificate").
    const direct = trustedCerts.find((t) => signerDer.equals(Buffer.from(t.toSchema().toBER())));
    const now = at.getTime();
    if (direct) return direct.notBefore.value.getTime() <= now && now <= direct.notAfter.value.getTime();
    const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts, certs: [...certs, signer], checkDate: at });
    return (await engine.verify()).result;
  } catch {
    return false;
  }
}
