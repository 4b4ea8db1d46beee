import { readFile } from 'node:fs/promises';
import { devKeyAlgorithm, devPkiFiles } from './devPkiFiles.js';
import { pemToDer } from './pem.js';
import type { Signer } from './Signer.js';

/**
 * The development {@link Signer} of one authority, backed by the seal key that `ensureDevPki`
 * wrote under `dir`. Throws when the files are missing — call `ensureDevPki` first.
 */
export async function devSigner(dir: string, authority: string): Promise<Signer> {
  const files = devPkiFiles(dir, authority);
  const [certificatePem, keyPem, rootPem] = await Promise.all([
    readFile(files.certificate, 'utf8'),
    readFile(files.key, 'utf8'),
    readFile(devPkiFiles(dir).certificate, 'utf8'),
  ]);
  // Not extractable: once loaded, the key can sign but never leave the process as bytes.
  const key = await globalThis.crypto.subtle.importKey('pkcs8', pemToDer(keyPem, 'PRIVATE KEY'), devKeyAlgorithm, false, ['sign']);
  return {
    certificatePem,
    chainPem: [rootPem],
    algorithm: 'RSASSA-PKCS1-v1_5-SHA256',
    async sign(data) {
      return new Uint8Array(await globalThis.crypto.subtle.sign(devKeyAlgorithm.name, key, data));
    },
  };
}
