import { devSigner, ensureDevPki } from '../documents/index.js';
import type { Signer } from '../documents/index.js';

/**
 * Seals from the development PKI in `dir` (created on first use): one signer per authority,
 * cached. Production replaces this with a Signer backed by an HSM or a trust-service provider.
 */
export function devSigners(dir: string): (authority: string) => Promise<Signer> {
  const signers = new Map<string, Promise<Signer>>();
  return (authority) => {
    let signer = signers.get(authority);
    if (!signer) {
      signer = ensureDevPki(dir, [authority]).then(() => devSigner(dir, authority));
      signer.catch(() => signers.delete(authority));
      signers.set(authority, signer);
    }
    return signer;
  };
}
