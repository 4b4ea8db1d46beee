import { canonicalJson } from './canonicalJson.js';
import { documentError, type DocumentError } from './DocumentError.js';
import { pemToDers } from './pem.js';
import type { ReceivedAttachment, Receipt, ReceiptFile } from './Receipt.js';
import { dataSha256, describeAttachment, hashAttachment } from './receiptDigests.js';
import { verifyDetachedCms } from './verifyDetachedCms.js';

/** What to check a receipt against. */
export interface VerifyReceiptOptions {
  /** Trust anchors (PEM): the development root, a production CA, or the authority's own seal. */
  trustedCertificates: readonly string[];
  /** Form data the citizen holds; when given, it must hash to the receipt's `dataSha256`. */
  data?: unknown;
  /** Attachments the citizen holds; when given, they must be exactly the confirmed ones. */
  attachments?: readonly ReceivedAttachment[];
}

/**
 * Outcome of {@link verifyReceipt}. `receipt` is set whenever the file could be read, but only
 * `ok: true` means the authority really issued it.
 */
export interface ReceiptVerification {
  ok: boolean;
  errors: DocumentError[];
  receipt?: Receipt;
}

/**
 * Checks a receipt file offline: the CMS signature over the receipt's canonical form, that the
 * sealing certificate chains to `trustedCertificates` (at the time of receipt), that the enclosed
 * certificate is the signing one, and — when given — that data and attachments are the confirmed
 * ones. Accepts the file as object, JSON text or bytes; never throws, all failures are data.
 */
export async function verifyReceipt(file: unknown, options: VerifyReceiptOptions): Promise<ReceiptVerification> {
  const parsed = parseReceiptFile(file);
  if (!parsed) return { ok: false, errors: [documentError('malformed')] };
  const { receipt } = parsed;

  const signed = new TextEncoder().encode(canonicalJson(receipt));
  const cms = new Uint8Array(Buffer.from(parsed.signature, 'base64'));
  const checked = await verifyDetachedCms(cms, signed, { trustedCertificates: options.trustedCertificates });
  const errors = [...checked.errors];
  if (checked.signerCertificatePem && !samePem(checked.signerCertificatePem, parsed.certificate)) errors.push(documentError('certificate-mismatch'));
  if (options.data !== undefined && !matchesData(options.data, receipt.dataSha256)) errors.push(documentError('data-mismatch'));
  if (options.attachments) errors.push(...compareAttachments(receipt, options.attachments));
  return { ok: errors.length === 0, errors, receipt };
}

function matchesData(data: unknown, expected: string): boolean {
  try {
    return dataSha256(data) === expected;
  } catch {
    return false; // not JSON at all, so certainly not what was received
  }
}

/**
 * Matches the given attachments to the confirmed ones: a described attachment by name (then its
 * hash and size must agree), one of a sealed submission by its hash alone. Each given file
 * counts once; one left over is unexpected.
 */
function compareAttachments(receipt: Receipt, given: readonly ReceivedAttachment[]): DocumentError[] {
  const errors: DocumentError[] = [];
  const unmatched = [...given];
  const take = (found: ReceivedAttachment | undefined) => {
    if (found) unmatched.splice(unmatched.indexOf(found), 1);
    return found;
  };
  for (const confirmed of receipt.attachments) {
    if (!('name' in confirmed)) {
      if (!take(unmatched.find((a) => hashAttachment(a).sha256 === confirmed.sha256))) errors.push(documentError('attachment-missing', confirmed.sha256));
      continue;
    }
    const candidate = take(unmatched.find((a) => a.name === confirmed.name));
    if (!candidate) errors.push(documentError('attachment-missing', confirmed.name));
    else {
      const actual = describeAttachment(candidate);
      if (actual.sha256 !== confirmed.sha256 || actual.size !== confirmed.size) errors.push(documentError('attachment-mismatch', confirmed.name));
    }
  }
  for (const extra of unmatched) errors.push(documentError('attachment-unexpected', extra.name));
  return errors;
}

function samePem(a: string, b: string): boolean {
  const [x] = pemToDers(a, 'CERTIFICATE');
  const [y] = pemToDers(b, 'CERTIFICATE');
  return x !== undefined && y !== undefined && Buffer.from(x).equals(Buffer.from(y));
}

/** The receipt file if `input` has its exact shape, else undefined. Untrusted input: check all. */
function parseReceiptFile(input: unknown): ReceiptFile | undefined {
  let value = input;
  try {
    if (value instanceof Uint8Array) value = new TextDecoder('utf-8', { fatal: true }).decode(value);
    if (typeof value === 'string') value = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.receipt) || typeof value.certificate !== 'string') return undefined;
  if (typeof value.signature !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value.signature)) return undefined;
  const r = value.receipt;
  const strings = ['caseId', 'procedure', 'authority', 'receivedAt', 'dataSha256'].every((k) => typeof r[k] === 'string');
  if (r.type !== 'amtsweg-receipt' || r.version !== 1 || !strings || !Number.isInteger(r.procedureVersion)) return undefined;
  if (!Array.isArray(r.attachments) || !r.attachments.every(isReceiptAttachment)) return undefined;
  return value as unknown as ReceiptFile;
}

function isReceiptAttachment(value: unknown): value is Receipt['attachments'][number] {
  if (!isRecord(value) || typeof value.sha256 !== 'string') return false;
  // A sealed submission's attachment: its hash and nothing else.
  if (Object.keys(value).length === 1) return true;
  return typeof value.name === 'string' && typeof value.mediaType === 'string' && Number.isInteger(value.size);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
