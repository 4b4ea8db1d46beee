import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDevPki } from './ensureDevPki.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));

describe('ensureDevPki()', { timeout: 30_000 }, () => {
  it('creates a root CA and one seal certificate per authority', async () => {
    const pki = await ensureDevPki(freshDir(), ['gewerbeamt', 'bauamt']);
    const root = new X509Certificate(pki.rootCertificatePem);
    expect(root.subject).toContain('CN=Amtsweg Development Root CA');
    expect(root.ca).toBe(true);
    for (const authority of ['gewerbeamt', 'bauamt']) {
      const seal = new X509Certificate(pki.authorityCertificatePems[authority] ?? '');
      expect(seal.subject).toContain(`CN=Siegel ${authority}`);
      expect(seal.ca).toBe(false);
      expect(seal.verify(root.publicKey)).toBe(true);
    }
  });

  it('creates the installation\'s seal, which signs the audit checkpoints, under the same root', async () => {
    const dir = freshDir();
    const pki = await ensureDevPki(dir, []);
    const seal = new X509Certificate(pki.installationCertificatePem);
    expect(seal.subject).toContain('CN=Amtsweg Installation');
    expect(seal.verify(new X509Certificate(pki.rootCertificatePem).publicKey)).toBe(true);
    expect(statSync(join(dir, 'installation.key.pem')).mode & 0o777).toBe(0o600);
    expect((await ensureDevPki(dir, [])).installationCertificatePem).toBe(pki.installationCertificatePem);
  });

  it('uses RSA-3072 keys', async () => {
    const pki = await ensureDevPki(freshDir(), ['gewerbeamt']);
    const key = new X509Certificate(pki.authorityCertificatePems.gewerbeamt ?? '').publicKey;
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(3072);
  });

  it('writes the PKCS#8 keys with mode 0600', async () => {
    const dir = freshDir();
    await ensureDevPki(dir, ['gewerbeamt']);
    for (const file of ['root.key.pem', 'authorities/gewerbeamt.key.pem']) {
      expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    }
  });

  // Issue 9, finding 6: everything under the data folder is owner-only, certificates too.
  it('keeps every file and folder it writes owner-only (0600, 0700)', async () => {
    const dir = join(freshDir(), 'pki');
    await ensureDevPki(dir, ['gewerbeamt']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'authorities')).mode & 0o777).toBe(0o700);
    for (const file of ['root.pem', 'root.key.pem', 'authorities/gewerbeamt.pem', 'authorities/gewerbeamt.key.pem']) {
      expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
    }
  });

  it('reuses existing certificates on a later call', async () => {
    const dir = freshDir();
    const first = await ensureDevPki(dir, ['gewerbeamt']);
    const second = await ensureDevPki(dir, ['gewerbeamt']);
    expect(second).toEqual(first);
  });

  it('adds an authority that was not there before and keeps the others', async () => {
    const dir = freshDir();
    const first = await ensureDevPki(dir, ['gewerbeamt']);
    const second = await ensureDevPki(dir, ['gewerbeamt', 'bauamt']);
    expect(second.rootCertificatePem).toBe(first.rootCertificatePem);
    expect(second.authorityCertificatePems.gewerbeamt).toBe(first.authorityCertificatePems.gewerbeamt);
    expect(new X509Certificate(second.authorityCertificatePems.bauamt ?? '').subject).toContain('CN=Siegel bauamt');
  });

  it('reissues a seal certificate whose key file no longer matches', async () => {
    const dir = freshDir();
    const first = await ensureDevPki(dir, ['gewerbeamt', 'bauamt']);
    writeFileSync(join(dir, 'authorities/gewerbeamt.key.pem'), readFileSync(join(dir, 'authorities/bauamt.key.pem')));
    const second = await ensureDevPki(dir, ['gewerbeamt', 'bauamt']);
    expect(second.authorityCertificatePems.gewerbeamt).not.toBe(first.authorityCertificatePems.gewerbeamt);
    expect(second.authorityCertificatePems.bauamt).toBe(first.authorityCertificatePems.bauamt);
  });

  it('reissues the seal certificates when the root is replaced', async () => {
    const dir = freshDir();
    const first = await ensureDevPki(dir, ['gewerbeamt']);
    writeFileSync(join(dir, 'root.key.pem'), 'damaged');
    const second = await ensureDevPki(dir, ['gewerbeamt']);
    expect(second.rootCertificatePem).not.toBe(first.rootCertificatePem);
    const seal = new X509Certificate(second.authorityCertificatePems.gewerbeamt ?? '');
    expect(seal.verify(new X509Certificate(second.rootCertificatePem).publicKey)).toBe(true);
  });

  it('reissues a seal certificate that has expired', async () => {
    const dir = freshDir();
    // fixed date: the injected clock is the point (a seal expires between the two calls)
    const first = await ensureDevPki(dir, ['gewerbeamt'], { now: new Date('2025-01-01T00:00:00Z') });
    const second = await ensureDevPki(dir, ['gewerbeamt'], { now: new Date('2031-01-01T00:00:00Z') }); // fixed date: see above
    expect(second.rootCertificatePem).toBe(first.rootCertificatePem);
    expect(second.authorityCertificatePems.gewerbeamt).not.toBe(first.authorityCertificatePems.gewerbeamt);
  });
});
