import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devSigner } from './devSigner.js';
import { ensureDevPki } from './ensureDevPki.js';
import { runSignerContract } from './testing/runSignerContract.js';

runSignerContract('devSigner', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
  const pki = await ensureDevPki(dir, ['gewerbeamt']);
  return { signer: await devSigner(dir, 'gewerbeamt'), rootPem: pki.rootCertificatePem };
});

describe('devSigner()', () => {
  it('rejects when the PKI has not been created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
    await expect(devSigner(dir, 'gewerbeamt')).rejects.toThrow(/ENOENT/);
  });

  it('throws for an authority id that is not a safe file name', async () => {
    await expect(devSigner(tmpdir(), '../etc')).rejects.toThrow(/invalid authority id/);
  });
});
