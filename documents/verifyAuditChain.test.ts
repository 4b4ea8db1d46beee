import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from './appendAuditEntry.js';
import type { AuditEntry } from './AuditEntry.js';
import { canonicalJson } from './canonicalJson.js';
import { sha256Hex } from './sha256Hex.js';
import { verifyAuditChain } from './verifyAuditChain.js';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    entries.push(appendAuditEntry(entries.at(-1), { caseId: 'case-1', at: `2026-03-02T08:1${i}:00Z`, actor: 'sb-17', action: 'data.read', details: { purpose: 'Prüfung', n: i } }));
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

  // Issue 9, finding 5: the case id is inside the hash, so a trail cannot move to another case.
  it('reports entries moved to another case', () => {
    const moved = chain(3).map((entry) => ({ ...entry, caseId: 'case-2' }));
    expect(verifyAuditChain(moved)).toEqual({ ok: false, firstBroken: 1, reason: 'hash' });
  });

  it('still verifies entries hashed before the case id was, as the first ones of a chain, and counts them', () => {
    const legacy = legacyChain(2);
    const entries = [...legacy, appendAuditEntry(legacy[1], { caseId: 'case-1', at: '2026-03-02T09:00:00Z', actor: 'system', action: 'case.closed', details: {} })];
    expect(verifyAuditChain(entries)).toEqual({ ok: true, legacyEntries: 2 });
  });

  it('refuses an entry hashed the old way after one that carries the case id', () => {
    const entries = chain(2);
    const { hash: _hash, caseId: _caseId, ...old } = { ...entries[1]!, seq: 3, prevHash: entries[1]!.hash, action: 'forged' };
    entries.push({ ...old, caseId: 'case-1', hash: sha256Hex(canonicalJson(old)) });
    expect(verifyAuditChain(entries)).toEqual({ ok: false, firstBroken: 3, reason: 'hash' });
  });
});

/** A chain as versions before issue 9 wrote it: the case id stored beside the entry, not hashed. */
function legacyChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    const unhashed = { seq: i + 1, at: `2026-03-02T08:1${i}:00Z`, actor: 'sb-17', action: 'data.read', details: { n: i }, prevHash: entries.at(-1)?.hash ?? null };
    entries.push({ ...unhashed, caseId: 'case-1', hash: sha256Hex(canonicalJson(unhashed)) });
  }
  return entries;
}
