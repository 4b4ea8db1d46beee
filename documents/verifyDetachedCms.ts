import * as pkijs from 'pkijs';
import { documentError, type DocumentError } from './DocumentError.js';
import { derToPem, pemToDers } from './pem.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
/** pkijs' code for "message digest doesn't match" and for a failed signature check. */
const PKIJS_DIGEST_MISMATCH = 15;

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
  signerCertificatePem?: string;
  signingTime?: Date;
}

/**
 * Verifies a detached CMS SignedData (DER) over `content` offline: the signature and message
 * digest, and that the signer's certificate chains to one of `trustedCertificates`. Never throws
 * for bad input; every failure comes back in `errors`.
 */
export async function verifyDetachedCms(cms: Uint8Array, content: Uint8Array, options: VerifyDetachedCmsOptions): Promise<DetachedCmsVerification> {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(cms);
    if (contentInfo.contentType !== SIGNED_DATA) return { ok: false, errors: [documentError('malformed', 'CMS')] };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.signerInfos.length !== 1 || signedData.encapContentInfo.eContent) {
      return { ok: false, errors: [documentError('malformed', 'CMS')] };
    }
  } catch {
    return { ok: false, errors: [documentError('malformed', 'CMS')] };
  }

  let signer: pkijs.Certificate;
  const errors: DocumentError[] = [];
  try {
    const result = await signedData.verify({ signer: 0, data: content.slice().buffer, extendedMode: true });
    signer = result.signerCertificate as pkijs.Certificate;
    if (!result.signatureVerified) errors.push(documentError('signature-invalid'));
  } catch (error) {
    const failure = error as Partial<pkijs.SignedDataVerifyResult>;
    if (!(failure.signerCertificate instanceof pkijs.Certificate)) return { ok: false, errors: [documentError('malformed', 'CMS')] };
    signer = failure.signerCertificate;
    errors.push(documentError(failure.code === PKIJS_DIGEST_MISMATCH ? 'signature-invalid' : 'malformed', 'CMS'));
  }

  const signingTime = readSigningTime(signedData);
  const at = options.at ?? signingTime ?? new Date();
  if (!(await chainsToTrusted(signer, signedData, options.trustedCertificates, at))) errors.push(documentError('certificate-untrusted'));
  const signerCertificatePem = derToPem(new Uint8Array(signer.toSchema().toBER()), 'CERTIFICATE');
  return { ok: errors.length === 0, errors, signerCertificatePem, ...(signingTime ? { signingTime } : {}) };
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
