import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config/index.js';
import { isPdf, verifyReceipt, verifySealedPdf } from '../../documents/index.js';
import type { CheckOutcome, DocumentError, SealedPdfChecks, SealedPdfVerification } from '../../documents/index.js';
import type { Command } from '../Command.js';

/** The development root of the data folder, found as the server and worker find it. */
const defaultTrust = () => join(readConfig().pkiDir, 'root.pem');

const ACCEPTS = 'amtsweg verify accepts the documents Amtsweg issues: a receipt (Eingangsbestätigung, JSON sealed as detached CAdES)'
  + ' or a sealed decision (PDF with a PAdES seal).';

/** What each PDF check establishes when it passes, in the order they run. */
const PDF_CHECKS: [keyof SealedPdfChecks, string][] = [
  ['byteRange', 'ByteRange covers the whole file except the signature (nothing appended)'],
  ['digest', 'signed digest matches the covered bytes'],
  ['signature', 'CMS signature made with the seal certificate\'s key'],
  ['certificate', 'seal certificate chains to a trusted certificate'],
];
const MARKS: Record<CheckOutcome, string> = { passed: '✓', failed: '✗', skipped: '–' };

/** `amtsweg verify`: checks a receipt or a sealed decision PDF offline against a trusted certificate. */
export const verify: Command = {
  name: 'verify',
  summary: 'verify a receipt or a sealed PDF offline (signature, certificate, optionally the data)',
  usage: [
    'amtsweg verify <receipt.json | decision.pdf> [--trust cert.pem]… [--data data.json] [--json]',
    '',
    'Checks the authority\'s seal without any server. For a receipt: the signature over the',
    'receipt, that the seal certificate chains to a trusted certificate, and — with --data —',
    'that the data you hold is exactly what the authority confirmed. For a sealed PDF (PAdES):',
    'that the signature covers the whole file but itself (nothing appended), that the signed',
    'digest matches those bytes, the signature, and the certificate chain; one line per check.',
    'Default trust anchor: root.pem of the development PKI ($AMTSWEG_PKI_DIR, else .data/pki).',
    'Exit code 0 when valid, 1 when not (or when the file is neither kind).',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { trust: { type: 'string', multiple: true }, data: { type: 'string' }, json: { type: 'boolean' } },
    });
    const [file] = positionals;
    if (!file) throw new Error('a receipt or sealed PDF is required (amtsweg verify <file>)');
    const bytes = new Uint8Array(readFileSync(file));
    if (!isPdf(bytes) && !isJson(bytes)) {
      console.error(`amtsweg verify: ${file} is neither a receipt (JSON) nor a PDF.\n${ACCEPTS}`);
      return 1;
    }
    if (!values.trust && !existsSync(defaultTrust())) {
      throw new Error(`no trust anchor: ${defaultTrust()} does not exist (npm start creates the development PKI); pass --trust root.pem`);
    }
    const trustedCertificates = (values.trust ?? [defaultTrust()]).map((f) => readFileSync(f, 'utf8'));
    if (isPdf(bytes)) {
      if (values.data) throw new Error('--data applies to receipts only; a sealed PDF carries its content itself');
      const result = await verifySealedPdf(bytes, { trustedCertificates });
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else printPdf(result);
      return result.ok ? 0 : 1;
    }
    const result = await verifyReceipt(bytes, {
      trustedCertificates,
      ...(values.data ? { data: JSON.parse(readFileSync(values.data, 'utf8')) as unknown } : {}),
    });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else if (result.ok) {
      const r = result.receipt!;
      console.log(`gültig / valid: case ${r.caseId}, ${r.procedure} v${r.procedureVersion}, ${r.authority}, received ${r.receivedAt}`);
      console.log(`  data sha256 ${r.dataSha256}${values.data ? ' (matches the data given)' : ''}; ${r.attachments.length} attachment(s)`);
    } else printInvalid(result.errors);
    return result.ok ? 0 : 1;
  },
};

function printPdf({ ok, errors, checks, seal }: SealedPdfVerification): void {
  if (seal) {
    const about = [seal.reason, seal.location].filter(Boolean).join(', ');
    console.log(`PDF seal (${seal.subFilter ?? 'no SubFilter'}) by ${seal.signer ?? seal.name ?? 'an unknown signer'}`
      + `${seal.signingTime ? `, signed ${seal.signingTime.toISOString()}` : ''}${about ? ` (${about})` : ''}`);
  }
  for (const [check, text] of PDF_CHECKS) console.log(`  ${MARKS[checks[check]]} ${text}${checks[check] === 'skipped' ? ' (not checked)' : ''}`);
  if (ok) console.log('gültig / valid');
  else printInvalid(errors);
}

function printInvalid(errors: DocumentError[]): void {
  console.log('UNGÜLTIG / INVALID');
  for (const e of errors) console.log(`  ${e.code}: ${e.message.de} / ${e.message.en}`);
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}
