import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devSigner } from '../devSigner.js';
import { ensureDevPki } from '../ensureDevPki.js';
import type { Signer } from '../Signer.js';

/** A throw-away development PKI for one test file. */
export interface TestPki {
  dir: string;
  rootPem: string;
  signer: Signer;
}

/** Creates a development PKI in a fresh temporary folder and loads the first authority's signer. */
export async function createTestPki(authority = 'gewerbeamt'): Promise<TestPki> {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
  const pki = await ensureDevPki(dir, [authority]);
  return { dir, rootPem: pki.rootCertificatePem, signer: await devSigner(dir, authority) };
}
