import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { devInstallationSigner, devSigner } from './devSigner.js';
import { ensureDevPki } from './ensureDevPki.js';
import { openCheckpointLog } from './openCheckpointLog.js';
import { readCheckpoints } from './readCheckpoints.js';
import type { Signer } from './Signer.js';

const head = (chain: string, length: number) => ({ chain, length, head: String(length).repeat(64).slice(0, 64) });

describe('openCheckpointLog() and readCheckpoints()', { timeout: 60_000 }, () => {
  let pkiDir = '';
  let rootPem = '';
  let signer: Signer;
  beforeAll(async () => {
    pkiDir = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
    rootPem = (await ensureDevPki(pkiDir, ['gewerbeamt'])).rootCertificatePem;
    signer = await devInstallationSigner(pkiDir);
  });
  const freshFile = () => join(mkdtempSync(join(tmpdir(), 'amtsweg-data-')), 'audit', 'checkpoints.jsonl');

  it('appends signed checkpoints that read back per chain, in an owner-only file', async () => {
    const file = freshFile();
    const log = openCheckpointLog(file, signer);
    await Promise.all([log.anchor(head('audit:a', 1)), log.anchor(head('access:erika', 1)), log.anchor(head('audit:a', 2))]);
    // A second process appends to the same file with its own key line.
    await openCheckpointLog(file, signer).anchor(head('audit:a', 3));
    const read = await readCheckpoints(file, [rootPem]);
    expect(read.problems).toEqual([]);
    expect(read.checkpoints.get('audit:a')?.map((c) => c.length)).toEqual([1, 2, 3]);
    expect(read.checkpoints.get('access:erika')?.[0]).toMatchObject(head('access:erika', 1));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
  });

  it('says when there is no file', async () => {
    expect(await readCheckpoints(freshFile(), [rootPem])).toEqual({ exists: false, checkpoints: new Map(), problems: [] });
  });

  it('distrusts an edited checkpoint, a key of another root, a key never introduced, and lines that are no checkpoints', async () => {
    const file = freshFile();
    await openCheckpointLog(file, signer).anchor(head('audit:a', 2));
    const [key, line] = readFileSync(file, 'utf8').trim().split('\n');
    const edited = JSON.stringify({ ...JSON.parse(line!), length: 1 });
    const otherPki = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
    await ensureDevPki(otherPki, ['gewerbeamt']);
    const foreignFile = freshFile();
    await openCheckpointLog(foreignFile, await devSigner(otherPki, 'gewerbeamt')).anchor(head('audit:a', 5));
    const [foreignKey, foreignLine] = readFileSync(foreignFile, 'utf8').trim().split('\n');
    writeFileSync(file, [key, edited, foreignKey, foreignLine, JSON.stringify({ ...JSON.parse(line!), kid: 'f'.repeat(64) }), '{"type":"note"}', 'torn {', ''].join('\n'));
    const read = await readCheckpoints(file, [rootPem]);
    expect(read.checkpoints.size).toBe(0);
    expect(read.problems).toEqual([
      { line: 2, reason: 'signature does not verify' },
      { line: 3, reason: 'certificate not issued by a trusted root' },
      { line: 4, reason: 'signed by a key the file has not introduced' },
      { line: 5, reason: 'signed by a key the file has not introduced' },
      { line: 6, reason: 'neither a key nor a checkpoint' },
      { line: 7, reason: 'not JSON' },
    ]);
  });
});
