import { readFile } from 'node:fs/promises';
import { devInstallationFiles, devKeyAlgorithm, devPkiFiles } from './devPkiFiles.js';
import { pemToDer } from './pem.js';
import type { Signer } from './Signer.js';

/**
 * The development {@link Signer} of one authority, backed by the seal key that `ensureDevPki`
 * wrote under `dir`. Throws when the files are missing — call `ensureDevPki` first.
 */
export async function devSigner(dir: string, authority: string): Promise<Signer> {
  return signerFrom(devPkiFiles(dir, authority), devPkiFiles(dir).certificate);
}

/**
 * The development {@link Signer} of the installation itself (its seal signs the checkpoints of
 * audit trails and access logs), from the files `ensureDevPki` wrote under `dir`.
 */
export async function devInstallationSigner(dir: string): Promise<Signer> {
  return signerFrom(devInstallationFiles(dir), devPkiFiles(dir).certificate);
}

async function signerFrom(files: { certificate: string; key: string }, rootFile: string): Promise<Signer> {
  const [certificatePem, keyPem, rootPem] = await Promise.all([
    readFile(files.certificate, 'utf8'),
    readFile(files.key, 'utf8'),
    readFile(rootFile, 'utf8'),
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
