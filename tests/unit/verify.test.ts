import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/runCli.js';
import { createReceipt, devSigner, ensureDevPki, renderDocument, sealPdf } from '../../documents/index.js';
import { sampleDocument } from '../../documents/testing/sampleDocument.js';
import { testInstant, testIso } from '../../documents/testing/testClock.js';

let stdout: string[];
let stderr: string[];
beforeEach(() => {
  [stdout, stderr] = [[], []];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void stdout.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
});
afterEach(() => vi.restoreAllMocks());

/** A development PKI issued now, in a fresh folder; `root` is its trust anchor. */
async function devPki() {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-verify-'));
  await ensureDevPki(join(dir, 'pki'), ['gewerbeamt']);
  return { dir, root: join(dir, 'pki', 'root.pem'), signer: await devSigner(join(dir, 'pki'), 'gewerbeamt') };
}

describe('amtsweg verify', { timeout: 60_000 }, () => {
  async function receiptFile() {
    const { dir, root, signer } = await devPki();
    const data = { familienname: 'Mustermann', vornamen: 'Erika' };
    const receivedAt = testIso(-60);
    const file = await createReceipt({
      caseId: 'c-1', procedure: 'gewerbeanmeldung', version: 1, authority: 'gewerbeamt', receivedAt, data, attachments: [],
    }, signer);
    writeFileSync(join(dir, 'receipt.json'), JSON.stringify(file));
    writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
    writeFileSync(join(dir, 'changed.json'), JSON.stringify({ ...data, familienname: 'Musterfrau' }));
    return { dir, trust: root, file };
  }

  it('accepts a receipt and the data it confirms, offline', async () => {
    const { dir, trust } = await receiptFile();
    expect(await runCli(['verify', join(dir, 'receipt.json'), '--trust', trust, '--data', join(dir, 'data.json')])).toBe(0);
    expect(stdout.join('\n')).toContain('gültig / valid: case c-1');
  });

  it('rejects changed data and an edited receipt with exit code 1', async () => {
    const { dir, trust, file } = await receiptFile();
    expect(await runCli(['verify', join(dir, 'receipt.json'), '--trust', trust, '--data', join(dir, 'changed.json')])).toBe(1);
    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...file, receipt: { ...file.receipt, receivedAt: testIso(3600) } }));
    expect(await runCli(['verify', join(dir, 'edited.json'), '--trust', trust])).toBe(1);
    expect(stdout.join('\n')).toContain('UNGÜLTIG / INVALID');
  });

  it('says what it accepts for a file that is neither a receipt nor a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-verify-'));
    writeFileSync(join(dir, 'notes.txt'), 'Bescheid vom Gewerbeamt');
    expect(await runCli(['verify', join(dir, 'notes.txt'), '--trust', join(dir, 'unused.pem')])).toBe(1);
    expect(stderr.join('\n')).toContain('notes.txt is neither a receipt (JSON) nor a PDF.');
    expect(stderr.join('\n')).toContain('a receipt (Eingangsbestätigung, JSON sealed as detached CAdES) or a sealed decision (PDF with a PAdES seal)');
  });
});

// Issue 8: a sealed decision PDF was answered with nothing but "malformed".
describe('amtsweg verify <sealed PDF>', { timeout: 60_000 }, () => {
  let dir: string;
  let trust: string;
  let sealed: Uint8Array;
  beforeAll(async () => {
    const pki = await devPki();
    ({ dir, root: trust } = pki);
    const pdf = await renderDocument(sampleDocument(testIso().slice(0, 10)));
    sealed = await sealPdf(pdf, pki.signer, { reason: 'Bescheid', location: 'Musterstadt', name: 'Gewerbeamt Musterstadt', signingTime: testInstant(-60) });
  });

  async function verifyPdf(bytes: Uint8Array, root = trust): Promise<number> {
    const file = join(dir, `decision-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, bytes);
    return runCli(['verify', file, '--trust', root]);
  }

  it('accepts a PDF sealed now and prints each check', async () => {
    expect(await verifyPdf(sealed)).toBe(0);
    expect(stdout[0]).toMatch(/^PDF seal \(ETSI\.CAdES\.detached\) by CN=Siegel gewerbeamt.*, signed \d{4}-.*\(Bescheid, Musterstadt\)$/);
    expect(stdout.slice(1)).toEqual([
      '  ✓ ByteRange covers the whole file except the signature (nothing appended)',
      '  ✓ signed digest matches the covered bytes',
      '  ✓ CMS signature made with the seal certificate\'s key',
      '  ✓ seal certificate chains to a trusted certificate',
      'gültig / valid',
    ]);
  });

  it('fails when one signed byte is changed', async () => {
    const changed = Buffer.from(sealed);
    changed.write('b', changed.indexOf('(Bescheid)') + 1);
    expect(await verifyPdf(changed)).toBe(1);
    expect(stdout).toContain('  ✗ signed digest matches the covered bytes');
    expect(stdout).toContain('  – CMS signature made with the seal certificate\'s key (not checked)');
    expect(stdout.join('\n')).toContain('UNGÜLTIG / INVALID\n  signature-invalid:');
  });

  it('fails as untrusted for a PDF sealed under another root', async () => {
    const other = await devPki();
    expect(await verifyPdf(sealed, other.root)).toBe(1);
    expect(stdout).toContain('  ✗ seal certificate chains to a trusted certificate');
    expect(stdout.join('\n')).toContain('certificate-untrusted: Das Zertifikat der Signatur ist nicht vertrauenswürdig');
  });

  it('fails for bytes appended after the signature', async () => {
    expect(await verifyPdf(new Uint8Array(Buffer.concat([sealed, Buffer.from('\n%%EOF\n')])))).toBe(1);
    expect(stdout).toContain('  ✗ ByteRange covers the whole file except the signature (nothing appended)');
    expect(stdout).toContain('  ✓ signed digest matches the covered bytes');
    expect(stdout.join('\n')).toContain('unsealed-content:');
  });
});
