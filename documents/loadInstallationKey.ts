import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, JSON.stringify({ id: `k${Date.now()}`, key: randomBytes(32).toString('base64') }), { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    } catch (err) {
      // Another process (worker and server start together) created it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const { id, key } = JSON.parse(readFileSync(file, 'utf8')) as { id: string; key: string };
  return { id, key: Buffer.from(key, 'base64') };
}
