import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PayloadCipher } from './PayloadCipher.js';

/**
 * The payload codec of this installation: key from `AMTSWEG_PAYLOAD_KEY` (base64, 32 bytes)
 * when set, else from `file`, created there (mode 0600) on first use. Every client and worker of
 * one installation must use the same key.
 */
export async function loadPayloadCipher(file: string, env: NodeJS.ProcessEnv = process.env): Promise<PayloadCipher> {
  if (env.AMTSWEG_PAYLOAD_KEY) return PayloadCipher.create(Buffer.from(env.AMTSWEG_PAYLOAD_KEY, 'base64'), env.AMTSWEG_PAYLOAD_KEY_ID ?? 'env');
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
  return PayloadCipher.create(Buffer.from(key, 'base64'), id);
}
