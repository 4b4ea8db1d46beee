import { describe, expect, it } from 'vitest';
import { groupCommit } from './groupCommit.js';

/** A write that records its batches and finishes only when `release` is called. */
function gatedWrite() {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const write = (items: number[]) => new Promise<void>((resolve) => { batches.push(items); gates.push(resolve); });
  return { batches, write, release: () => gates.shift()?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('groupCommit()', () => {
  it('writes a burst of one tick at once, and what arrives meanwhile in one next write', async () => {
    const { batches, write, release } = gatedWrite();
    const commit = groupCommit(write);
    const settled: number[] = [];
    const calls = [1, 2].map((n) => commit(n).then(() => settled.push(n)));
    await tick();
    calls.push(...[3, 4, 5].map((n) => commit(n).then(() => settled.push(n))));
    await tick();
    expect(batches).toEqual([[1, 2]]);
    expect(settled).toEqual([]); // nothing resolves before its write is done
    release();
    await tick();
    expect(settled).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
    release();
    await Promise.all(calls);
    expect(settled).toEqual([1, 2, 3, 4, 5]);
  });

  it('rejects only the items of a failed write and goes on with the next', async () => {
    let fail = true;
    const batches: number[][] = [];
    const commit = groupCommit<number>(async (items) => {
      batches.push(items);
      if (fail) throw new Error('disk full');
    });
    const first = expect(commit(1)).rejects.toThrow('disk full');
    await tick();
    fail = false;
    await expect(commit(2)).resolves.toBeUndefined();
    await first;
    expect(batches).toEqual([[1], [2]]);
  });
});
