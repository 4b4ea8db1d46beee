import { randomBytes } from 'node:crypto';
import { readOrCreateSecret } from '../config/index.js';

/** A 32-byte key of this installation and its id (kept with what it encrypts, for rotation). */
export interface InstallationKey {
  id: string;
  key: Uint8Array;
}

/**
 * One key of the installation: from the environment variable `names.key` (base64, 32 bytes; its
 * id from `names.keyId`, else `env`) when set, else from `file`, created there (folder 0700,
 * file 0600) on first use. Every process of one installation that needs the key must load the
 * same one.
 */
export function loadInstallationKey(file: string, names: { key: string; keyId: string }, env: NodeJS.ProcessEnv = process.env): InstallationKey {
  const fromEnv = env[names.key];
  if (fromEnv) return { id: env[names.keyId] || 'env', key: Buffer.from(fromEnv, 'base64') };
  // Several workers and servers start at once: exactly one creates it, nobody reads it half-written.
  const { id, key } = readOrCreateSecret(file, () => ({ id: `k${Date.now()}`, key: randomBytes(32).toString('base64') }));
  return { id, key: Buffer.from(key, 'base64') };
}
