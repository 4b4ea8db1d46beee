import { join } from 'node:path';

/** RSA-3072 with PKCS#1 v1.5 and SHA-256: what pdfsig, Acrobat and `openssl cms` all verify. */
export const devKeyAlgorithm = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 3072,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

/** Authority ids become file names, so they are held to a safe shape. */
const AUTHORITY_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Where the development PKI keeps its files under `dir`: `root.pem`, `root.key.pem` and
 * `authorities/<id>.pem`, `authorities/<id>.key.pem` (PKCS#8, mode 0600). Throws for an
 * authority id that is not lower-case letters, digits and dashes (a programmer mistake).
 * The installation's own seal is apart: {@link devInstallationFiles}.
 */
export function devPkiFiles(dir: string, authority?: string): { certificate: string; key: string } {
  if (authority === undefined) return { certificate: join(dir, 'root.pem'), key: join(dir, 'root.key.pem') };
  if (!AUTHORITY_ID.test(authority)) throw new TypeError(`devPkiFiles: invalid authority id ${JSON.stringify(authority)}`);
  return { certificate: join(dir, 'authorities', `${authority}.pem`), key: join(dir, 'authorities', `${authority}.key.pem`) };
}

/**
 * The installation's seal under `dir` (`installation.pem`, `installation.key.pem`): it signs the
 * checkpoints of the audit trails and access logs (issue 9, finding 5), apart from any
 * authority, since an access log holds the reads of many.
 */
export function devInstallationFiles(dir: string): { certificate: string; key: string } {
  return { certificate: join(dir, 'installation.pem'), key: join(dir, 'installation.key.pem') };
}
