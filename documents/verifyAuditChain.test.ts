import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from './appendAuditEntry.js';
import type { AuditEntry } from './AuditEntry.js';
import { verifyAuditChain } from './verifyAuditChain.js';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    entries.push(appendAuditEntry(entries.at(-1), { at: `2026-03-02T08:1${i}:00Z`, actor: 'sb-17', action: 'data.read', details: { purpose: 'Prüfung', n: i } }));
  }
  return entries;
}

describe('verifyAuditChain()', () => {
  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chain(4))).toEqual({ ok: true });
  });

  it('accepts an empty chain', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true });
  });

  it('reports the first entry whose content was edited', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2]!, actor: 'sb-99' };
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 3, reason: 'hash' });
  });

  it('reports an edit even when the edited entry was rehashed', () => {
    const entries = chain(4);
    entries[1] = appendAuditEntry(entries[0], { ...entries[1]!, details: { purpose: 'anders' } });
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 3, reason: 'link' });
  });

  it('reports a removed entry', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 2, reason: 'sequence' });
  });

  it('reports a chain that does not start at seq 1', () => {
    expect(verifyAuditChain(chain(3).slice(1))).toEqual({ ok: false, firstBroken: 1, reason: 'sequence' });
  });

  it('reports a field added after hashing', () => {
    const entries = chain(2);
    entries[1] = { ...entries[1]!, note: 'nachträglich' } as AuditEntry;
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 2, reason: 'hash' });
  });

  it('reports details that are not JSON instead of throwing', () => {
    const entries = chain(2);
    entries[0] = { ...entries[0]!, details: { n: Number.NaN } };
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 1, reason: 'hash' });
  });
});
