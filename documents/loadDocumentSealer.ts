import { DocumentSealer } from './DocumentSealer.js';
import { loadInstallationKey } from './loadInstallationKey.js';

/**
 * The sealer of this installation: key from `AMTSWEG_SEALING_KEY` (base64, 32 bytes) when set,
 * else from `file`, created there (mode 0600) on first use. Only workers need it; every worker
 * of one installation must have the same, and it must be kept until the last sealed document
 * sealed with it is opened.
 */
export function loadDocumentSealer(file: string, env: NodeJS.ProcessEnv = process.env): DocumentSealer {
  const { id, key } = loadInstallationKey(file, { key: 'AMTSWEG_SEALING_KEY', keyId: 'AMTSWEG_SEALING_KEY_ID' }, env);
  return DocumentSealer.create(key, id);
}
