import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import { documentError, type DocumentError } from './DocumentError.js';
import { isPdf } from './isPdf.js';
import { readPdfSeals, type PdfSeal } from './readPdfSeals.js';
import { verifyDetachedCms, type CheckOutcome, type DetachedCmsChecks } from './verifyDetachedCms.js';

/** The SubFilter `sealPdf` writes: PAdES baseline, CMS detached over the ByteRange. */
const PADES = 'ETSI.CAdES.detached';

/** What to check a sealed PDF against. */
export interface VerifySealedPdfOptions {
  /** Trust anchors (PEM): the development root, a production CA, or the authority's own seal. */
  trustedCertificates: readonly string[];
  /** When the certificate chain must be valid; defaults to the seal's stated signing time (/M), else now. */
  at?: Date;
}

/** The checks of {@link verifySealedPdf}, in the order they build on each other. */
export interface SealedPdfChecks extends DetachedCmsChecks {
  /** The ByteRange covers the whole file except the signature, and the gap holds nothing but the CMS. */
  byteRange: CheckOutcome;
}

/** The seal as its dictionary and certificate describe it; trustworthy only when `ok` is true. */
export interface SealDescription extends Omit<PdfSeal, 'byteRange' | 'contentsHex'> {
  /** Subject of the signing certificate, e.g. `CN=Siegel gewerbeamt, O=…`. */
  signer?: string;
  signerCertificatePem?: string;
}

/** Outcome of {@link verifySealedPdf}; `seal` is set whenever a seal was found. */
export interface SealedPdfVerification {
  ok: boolean;
  errors: DocumentError[];
  checks: SealedPdfChecks;
  seal?: SealDescription;
}

const NOT_CHECKED: SealedPdfChecks = { byteRange: 'skipped', digest: 'skipped', signature: 'skipped', certificate: 'skipped' };

/**
 * Checks a sealed PDF (PAdES, `ETSI.CAdES.detached`, as `sealPdf` writes it) offline: that its
 * one signature's ByteRange covers the whole file but the signature itself (so nothing was
 * appended after sealing), that the signed digest is that of the covered bytes, the CMS
 * signature, and that the signer's certificate chains to `trustedCertificates`. Never throws for
 * bad input; every failure comes back in `errors`, and `checks` says how far each check got.
 */
export async function verifySealedPdf(pdf: Uint8Array, options: VerifySealedPdfOptions): Promise<SealedPdfVerification> {
  const failed = (error: DocumentError, seal?: SealDescription): SealedPdfVerification =>
    ({ ok: false, errors: [error], checks: NOT_CHECKED, ...(seal ? { seal } : {}) });
  if (!isPdf(pdf)) return failed(documentError('malformed', 'PDF'));
  let seals: PdfSeal[];
  try {
    seals = await readPdfSeals(pdf);
  } catch {
    return failed(documentError('malformed', 'PDF'));
  }
  if (seals.length === 0) return failed(documentError('not-sealed'));
  if (seals.length > 1) return failed(documentError('malformed', `${seals.length} signatures, Amtsweg seals with exactly one`));
  const { byteRange, contentsHex, ...described } = seals[0]!;
  if (described.subFilter !== PADES) return failed(documentError('malformed', `SubFilter ${described.subFilter ?? '(none)'}`), described);

  const ranges = signedRanges(byteRange, pdf.length);
  if (!ranges) return { ...failed(documentError('malformed', '/ByteRange'), described), checks: { ...NOT_CHECKED, byteRange: 'failed' } };
  const cms = splitPaddedCms(contentsHex);
  if (!cms) return failed(documentError('malformed', '/Contents'), described);
  const [before, after] = ranges;
  const hole = Buffer.from(pdf.subarray(before[1], after[0])).toString('latin1');
  const covered = after[1] === pdf.length && hole === `<${contentsHex}>` && cms.paddingIsZero;
  const signed = new Uint8Array(before[1] + after[1] - after[0]);
  signed.set(pdf.subarray(...before));
  signed.set(pdf.subarray(...after), before[1]);

  const at = options.at ?? described.signingTime;
  const checked = await verifyDetachedCms(cms.der, signed, { trustedCertificates: options.trustedCertificates, ...(at ? { at } : {}) });
  const errors = [...(covered ? [] : [documentError('unsealed-content')]), ...checked.errors];
  const seal: SealDescription = { ...described, ...signerOf(checked.signerCertificatePem) };
  return { ok: errors.length === 0, errors, checks: { byteRange: covered ? 'passed' : 'failed', ...checked.checks }, seal };
}

/**
 * The two signed byte ranges as [start, end) pairs, when the ByteRange is well formed: it starts
 * at 0, the ranges lie in the file in order with a gap between them. Undefined otherwise.
 */
function signedRanges(byteRange: number[], fileLength: number): [[number, number], [number, number]] | undefined {
  if (byteRange.length !== 4 || !byteRange.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  const [start, length, gapEnd, rest] = byteRange as [number, number, number, number];
  if (start !== 0 || length === 0 || gapEnd <= length || gapEnd + rest > fileLength) return undefined;
  return [[0, length], [gapEnd, gapEnd + rest]];
}

/** The CMS (DER) at the front of the zero-padded /Contents, and whether the rest is only padding. */
function splitPaddedCms(hex: string): { der: Uint8Array; paddingIsZero: boolean } | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const bytes = new Uint8Array(Buffer.from(hex, 'hex'));
  const { offset } = asn1js.fromBER(bytes);
  if (offset <= 0) return { der: bytes, paddingIsZero: true }; // unreadable: verifyDetachedCms reports it
  return { der: bytes.subarray(0, offset), paddingIsZero: bytes.subarray(offset).every((b) => b === 0) };
}

function signerOf(pem: string | undefined): Pick<SealDescription, 'signer' | 'signerCertificatePem'> {
  if (!pem) return {};
  try {
    return { signer: new x509.X509Certificate(pem).subject, signerCertificatePem: pem };
  } catch {
    return { signerCertificatePem: pem };
  }
}
