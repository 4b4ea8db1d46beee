import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyReceipt } from '../../documents/index.js';
import type { Command } from '../Command.js';

const defaultTrust = () => join(process.env.AMTSWEG_PKI_DIR ?? join(process.cwd(), '.data', 'pki'), 'root.pem');

/** `amtsweg verify`: checks a receipt (Eingangsbestätigung) offline against a trusted certificate. */
export const verify: Command = {
  name: 'verify',
  summary: 'verify a receipt file offline (signature, certificate, optionally the data)',
  usage: [
    'amtsweg verify <receipt-file> [--trust cert.pem]… [--data data.json]',
    '',
    'Checks the authority\'s seal on a receipt without any server: the signature over the',
    'receipt, that the seal certificate chains to a trusted certificate, and — with --data —',
    'that the data you hold is exactly what the authority confirmed.',
    `Default trust anchor: $AMTSWEG_PKI_DIR/root.pem or .data/pki/root.pem (the development root).`,
    'Exit code 0 when valid, 1 when not.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { trust: { type: 'string', multiple: true }, data: { type: 'string' }, json: { type: 'boolean' } },
    });
    const [file] = positionals;
    if (!file) throw new Error('a receipt file is required (amtsweg verify <receipt-file>)');
    const trusted = (values.trust ?? [defaultTrust()]).map((f) => readFileSync(f, 'utf8'));
    const result = await verifyReceipt(readFileSync(file), {
      trustedCertificates: trusted,
      ...(values.data ? { data: JSON.parse(readFileSync(values.data, 'utf8')) as unknown } : {}),
    });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else if (result.ok) {
      const r = result.receipt!;
      console.log(`gültig / valid: case ${r.caseId}, ${r.procedure} v${r.procedureVersion}, ${r.authority}, received ${r.receivedAt}`);
      console.log(`  data sha256 ${r.dataSha256}${values.data ? ' (matches the data given)' : ''}; ${r.attachments.length} attachment(s)`);
    } else {
      console.log('UNGÜLTIG / INVALID');
      for (const e of result.errors) console.log(`  ${e.code}: ${e.message.de} / ${e.message.en}`);
    }
    return result.ok ? 0 : 1;
  },
};
