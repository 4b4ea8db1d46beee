import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstCheckpoints } from './checkAgainstCheckpoints.js';
import { devInstallationSigner, devSigner } from './devSigner.js';
import { ensureDevPki } from './ensureDevPki.js';
import { certificateKid, checkpointSignedBytes, openCheckpointLog } from './openCheckpointLog.js';
import { readCheckpoints } from './readCheckpoints.js';
import { sha256Hex } from './sha256Hex.js';
import type { Signer } from './Signer.js';

const head = (chain: string, length: number) => ({ chain, length, head: String(length).repeat(64).slice(0, 64) });
/** The hashes of entries 1…n of a chain, distinct per chain. */
const chainHashes = (chain: string, n: number) => Array.from({ length: n }, (_, i) => sha256Hex(new TextEncoder().encode(`${chain}:${i + 1}`)));
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

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
    // The three heads of one tick share a line, which keeps only the longest head of audit:a.
    expect(read.checkpoints.get('audit:a')?.map((c) => c.length)).toEqual([2, 3]);
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

  it('signs heads that arrive during a write together, in fewer lines, each head covered once its promise resolves', async () => {
    const file = freshFile();
    let signatures = 0;
    const counting: Signer = { ...signer, sign: async (data) => { signatures += 1; return signer.sign(data); } };
    const log = openCheckpointLog(file, counting);
    const chains = ['audit:a', 'audit:b', 'access:erika'];
    const hashes = new Map(chains.map((chain) => [chain, chainHashes(chain, 20)]));
    /** Whether the file, as it is now, holds a line with a head of `chain` at least `length` long. */
    const covered = (chain: string, length: number) => lines(file).some((l) =>
      (l.type === 'checkpoint' ? [l] : l.type === 'checkpoints' ? l.heads as Record<string, unknown>[] : []).some((h) => h.chain === chain && (h.length as number) >= length));
    const anchors: Promise<void>[] = [];
    for (let length = 1; length <= 20; length += 1) {
      for (const chain of chains) {
        const anchored = log.anchor({ chain, length, head: hashes.get(chain)![length - 1]! });
        anchors.push(anchored.then(() => { expect(covered(chain, length)).toBe(true); }));
      }
      if (length % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 1)); // some arrive while a line is being written
    }
    await Promise.all(anchors);

    const written = lines(file).filter((l) => l.type !== 'key');
    expect(written.length).toBeLessThan(60);
    expect(signatures).toBe(written.length);
    expect(written.some((l) => l.type === 'checkpoints')).toBe(true);
    const read = await readCheckpoints(file, [rootPem]);
    expect(read.problems).toEqual([]);
    for (const chain of chains) {
      const all = hashes.get(chain)!;
      const checkpoints = read.checkpoints.get(chain) ?? [];
      expect(checkAgainstCheckpoints(all, checkpoints)).toEqual({ ok: true, anchored: 20 });
      expect(checkAgainstCheckpoints(all.slice(0, 19), checkpoints)).toMatchObject({ ok: false, reason: 'truncated' });
      // A rewrite of any entry (every later hash recomputed) no longer matches the last head.
      expect(checkAgainstCheckpoints([...all.slice(0, 7), ...chainHashes(`${chain}!`, 13)], checkpoints)).toMatchObject({ ok: false, reason: 'rewritten' });
    }
  });

  it('rejects the anchors of a failed write and keeps writing later ones', async () => {
    const file = freshFile();
    let fail = true;
    const flaky: Signer = { ...signer, sign: async (data) => { if (fail) throw new Error('HSM unreachable'); return signer.sign(data); } };
    const log = openCheckpointLog(file, flaky);
    const first = [log.anchor(head('audit:a', 1)), log.anchor(head('audit:b', 1))];
    await expect(Promise.all(first)).rejects.toThrow('HSM unreachable');
    fail = false;
    await log.anchor(head('audit:a', 2));
    expect((await readCheckpoints(file, [rootPem])).checkpoints.get('audit:a')?.map((c) => c.length)).toEqual([2]);
  });

  it('reads old single lines next to batched ones, and distrusts a forged, edited or malformed batched line', async () => {
    const file = freshFile();
    const log = openCheckpointLog(file, signer);
    await Promise.all([log.anchor(head('audit:a', 2)), log.anchor(head('audit:b', 3))]);
    const [key, batched] = readFileSync(file, 'utf8').trim().split('\n') as [string, string];
    const batch = JSON.parse(batched) as { type: string; heads: { chain: string; length: number; head: string }[] };
    expect(batch.type).toBe('checkpoints');
    // A line as versions before batching wrote it, signed over its own fields.
    const kid = certificateKid(signer.certificatePem);
    const unsigned = { type: 'checkpoint' as const, ...head('access:erika', 4), at: new Date(0).toISOString(), kid };
    const single = JSON.stringify({ ...unsigned, signature: Buffer.from(await signer.sign(checkpointSignedBytes(unsigned))).toString('base64') });
    const otherPki = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
    await ensureDevPki(otherPki, ['gewerbeamt']);
    const foreignSigner = await devSigner(otherPki, 'gewerbeamt');
    const forgedUnsigned = { type: 'checkpoints' as const, heads: [head('audit:a', 1), head('audit:c', 1)], at: new Date(0).toISOString(), kid };
    const forged = JSON.stringify({ ...forgedUnsigned, signature: Buffer.from(await foreignSigner.sign(checkpointSignedBytes(forgedUnsigned))).toString('base64') });
    const edit = (change: Record<string, unknown>) => JSON.stringify({ ...batch, ...change });
    writeFileSync(file, [
      key,
      single,
      batched,
      edit({ heads: [{ ...batch.heads[0], length: 1 }, batch.heads[1]] }),
      edit({ heads: [batch.heads[0]] }),
      edit({ heads: [...batch.heads, head('audit:c', 9)] }),
      forged,
      edit({ heads: [] }),
      edit({ heads: [batch.heads[0], { ...batch.heads[1], head: 'not a hash' }] }),
      edit({ heads: 'audit:a' }),
      edit({ kid: 'f'.repeat(64) }),
      '',
    ].join('\n'));
    const read = await readCheckpoints(file, [rootPem]);
    expect(read.problems).toEqual([
      { line: 4, reason: 'signature does not verify' },
      { line: 5, reason: 'signature does not verify' },
      { line: 6, reason: 'signature does not verify' },
      { line: 7, reason: 'signature does not verify' },
      { line: 8, reason: 'malformed checkpoint' },
      { line: 9, reason: 'malformed checkpoint' },
      { line: 10, reason: 'malformed checkpoint' },
      { line: 11, reason: 'signed by a key the file has not introduced' },
    ]);
    expect([...read.checkpoints.keys()].sort()).toEqual(['access:erika', 'audit:a', 'audit:b']);
    expect(read.checkpoints.get('access:erika')).toEqual([{ ...head('access:erika', 4), at: unsigned.at, kid }]);
    expect(read.checkpoints.get('audit:a')).toEqual([{ ...head('audit:a', 2), at: expect.any(String) as string, kid }]);
    expect(read.checkpoints.get('audit:b')?.map((c) => c.length)).toEqual([3]);
  });
});
