import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/runCli.js';
import { createReceipt, devSigner, ensureDevPki } from '../../documents/index.js';
import { testIso } from '../../documents/testing/testClock.js';

describe('amtsweg verify', { timeout: 60_000 }, () => {
  async function receiptFile() {
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-verify-'));
    await ensureDevPki(join(dir, 'pki'), ['gewerbeamt']);
    const data = { familienname: 'Mustermann', vornamen: 'Erika' };
    const file = await createReceipt({
      caseId: 'c-1', procedure: 'gewerbeanmeldung', version: 1, authority: 'gewerbeamt',
      receivedAt: testIso(-60), data, attachments: [],
    }, await devSigner(join(dir, 'pki'), 'gewerbeamt'));
    writeFileSync(join(dir, 'receipt.json'), JSON.stringify(file));
    writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
    writeFileSync(join(dir, 'changed.json'), JSON.stringify({ ...data, familienname: 'Musterfrau' }));
    return { dir, trust: join(dir, 'pki', 'root.pem'), file };
  }

  it('accepts a receipt and the data it confirms, offline', async () => {
    const { dir, trust } = await receiptFile();
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runCli(['verify', join(dir, 'receipt.json'), '--trust', trust, '--data', join(dir, 'data.json')])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('gültig / valid: case c-1');
    log.mockRestore();
  });

  it('rejects changed data and an edited receipt with exit code 1', async () => {
    const { dir, trust, file } = await receiptFile();
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runCli(['verify', join(dir, 'receipt.json'), '--trust', trust, '--data', join(dir, 'changed.json')])).toBe(1);
    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...file, receipt: { ...file.receipt, receivedAt: testIso(3600) } }));
    expect(await runCli(['verify', join(dir, 'edited.json'), '--trust', trust])).toBe(1);
    expect(log.mock.calls.flat().join('\n')).toContain('UNGÜLTIG / INVALID');
    log.mockRestore();
  });
});
