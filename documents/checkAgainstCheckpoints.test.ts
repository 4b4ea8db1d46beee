import { describe, expect, it } from 'vitest';
import { checkAgainstCheckpoints } from './checkAgainstCheckpoints.js';

const hashes = ['a', 'b', 'c', 'd'].map((c) => c.repeat(64));
const at = (length: number, head = hashes[length - 1]!) => ({ chain: 'audit:case-1', length, head, at: new Date(0).toISOString(), kid: 'k' });

describe('checkAgainstCheckpoints()', () => {
  it('accepts a chain that grew past its checkpoints, and says how much of it they cover', () => {
    expect(checkAgainstCheckpoints(hashes, [at(3), at(1)])).toEqual({ ok: true, anchored: 3 });
    expect(checkAgainstCheckpoints(hashes, [])).toEqual({ ok: true, anchored: 0 });
  });

  it('reports a chain shorter than a checkpoint from the first missing entry', () => {
    expect(checkAgainstCheckpoints(hashes.slice(0, 3), [at(3), at(4)])).toEqual({ ok: false, firstBroken: 4, reason: 'truncated' });
    expect(checkAgainstCheckpoints([], [at(2)])).toEqual({ ok: false, firstBroken: 1, reason: 'truncated' });
  });

  it('reports a chain that differs from a checkpoint from the first entry no matching one covers', () => {
    expect(checkAgainstCheckpoints(hashes, [at(1), at(3, 'f'.repeat(64)), at(4)])).toEqual({ ok: false, firstBroken: 2, reason: 'rewritten' });
  });
});
