import { devInstallationSigner } from './devSigner.js';
import { ensureDevPki } from './ensureDevPki.js';
import { openCheckpointLog } from './openCheckpointLog.js';
import type { CheckpointLog } from './openCheckpointLog.js';

/**
 * The checkpoint log of a development installation: `file`, signed by the installation's seal of
 * the development PKI in `pkiDir` (created if missing). Production passes its own Signer (HSM,
 * trust-service provider) to `openCheckpointLog` instead.
 */
export async function openDevCheckpointLog(pkiDir: string, file: string): Promise<CheckpointLog> {
  await ensureDevPki(pkiDir, []);
  return openCheckpointLog(file, await devInstallationSigner(pkiDir));
}
