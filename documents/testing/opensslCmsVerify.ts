import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Inputs of {@link opensslCmsVerify}. */
export interface OpensslCmsVerifyInput {
  /** Detached CMS SignedData, DER. */
  cms: Uint8Array;
  /** The content the CMS claims to sign. */
  content: Uint8Array;
  /** PEM of the trust anchor(s). */
  caPem: string;
}

/**
 * Test-only independent verifier: runs `openssl cms -verify` on a detached signature, so our CMS
 * is judged by a second implementation and not only by pkijs, which built it.
 */
export function opensslCmsVerify(input: OpensslCmsVerifyInput): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-openssl-'));
  try {
    writeFileSync(join(dir, 'sig.der'), input.cms);
    writeFileSync(join(dir, 'data'), input.content);
    writeFileSync(join(dir, 'ca.pem'), input.caPem);
    const result = spawnSync('openssl', [
      'cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'data'),
      '-CAfile', join(dir, 'ca.pem'), '-purpose', 'any', '-out', join(dir, 'out'),
    ], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
