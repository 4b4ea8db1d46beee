import { describe, expect, it } from 'vitest';
import { latestHeads } from './latestHeads.js';

const h = (chain: string, length: number, head = String(length).repeat(64)) => ({ chain, length, head });

describe('latestHeads()', () => {
  it('keeps the longest head of each chain, in order of first appearance, without extra fields', () => {
    expect(latestHeads([h('audit:a', 1), h('access:b', 4), { ...h('audit:a', 3), extra: true } as ReturnType<typeof h>, h('audit:a', 2), h('access:b', 4)]))
      .toEqual([h('audit:a', 3), h('access:b', 4)]);
  });

  it('keeps distinct heads of one length, so verification sees the conflict', () => {
    expect(latestHeads([h('audit:a', 2, 'a'.repeat(64)), h('audit:a', 2, 'b'.repeat(64))])).toEqual([h('audit:a', 2, 'a'.repeat(64)), h('audit:a', 2, 'b'.repeat(64))]);
  });
});
