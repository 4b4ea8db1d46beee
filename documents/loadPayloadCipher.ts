import { loadInstallationKey } from './loadInstallationKey.js';
import { PayloadCipher } from './PayloadCipher.js';

/**
 * The payload codec of this installation: key from `AMTSWEG_PAYLOAD_KEY` (base64, 32 bytes)
 * when set, else from `file`, created there (mode 0600) on first use. Every client and worker of
 * one installation must use the same key.
 */
export async function loadPayloadCipher(file: string, env: NodeJS.ProcessEnv = process.env): Promise<PayloadCipher> {
  const { id, key } = loadInstallationKey(file, { key: 'AMTSWEG_PAYLOAD_KEY', keyId: 'AMTSWEG_PAYLOAD_KEY_ID' }, env);
  return PayloadCipher.create(key, id);
}
