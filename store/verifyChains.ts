import { checkAgainstCheckpoints, verifyAuditChain } from '../documents/index.js';
import type { ChainCheckpoint } from '../documents/index.js';
import { accessChain, auditChain } from './chainNames.js';
import type { Store } from './openStore.js';
import { toAuditEntry } from './toAuditEntry.js';
import { accessEntryHash } from './transparencyRepo.js';

/** Why a chain is reported broken: inside the chain (sequence, link, hash), or against its checkpoints. */
export type ChainBreak = 'sequence' | 'link' | 'hash' | 'truncated' | 'rewritten';

/** One chain's result: ok, or where it first breaks. */
export interface ChainReport {
  chain: string;
  entries: number;
  /** Hash of the last entry, when there is one. */
  head?: string;
  ok: boolean;
  firstBroken?: number;
  reason?: ChainBreak;
  /** Entries covered by a checkpoint that matches (the rest were written after the last one). */
  anchored: number;
  /** Leading audit entries hashed before the case id was (see verifyAuditChain). */
  legacyEntries?: number;
}

/**
 * Verifies every hash chain: each case's audit trail and each citizen's access log in the
 * database, and each chain the checkpoints know of. A chain breaks where an entry's hash does
 * not match its content, its `prevHash` the entry before, or the sequence has a gap — and,
 * against `checkpoints` (signed, kept outside the database), where it is shorter than a
 * checkpoint says it was ('truncated', also when it is gone altogether) or differs from one
 * ('rewritten'), which catches whoever rewrote a chain with all hashes recomputed.
 */
export async function verifyChains(store: Store, checkpoints: ReadonlyMap<string, ChainCheckpoint[]> = new Map()): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  const seen = new Set<string>();
  const report = (chain: string, hashes: string[], inner: { ok: true; legacyEntries?: number } | { ok: false; firstBroken: number; reason: ChainBreak }) => {
    seen.add(chain);
    const against = checkAgainstCheckpoints(hashes, checkpoints.get(chain) ?? []);
    const result = !inner.ok ? inner : against.ok ? { ok: true as const, ...(inner.legacyEntries ? { legacyEntries: inner.legacyEntries } : {}) } : against;
    reports.push({ chain, entries: hashes.length, ...(hashes.length ? { head: hashes.at(-1) } : {}), anchored: against.ok ? against.anchored : 0, ...result });
  };
  for (const caseId of await store.auditCases()) {
    const entries = (await store.auditTrail(caseId)).map(toAuditEntry);
    report(auditChain(caseId), entries.map((e) => e.hash), verifyAuditChain(entries));
  }
  for (const subject of await store.accessSubjects()) {
    const entries = await store.accessLogOf(subject);
    let broken: { ok: false; firstBroken: number; reason: ChainBreak } | undefined;
    entries.forEach((e, i) => {
      if (broken) return;
      const { hash, ...unsigned } = e;
      if (e.seq !== i + 1) broken = { ok: false, firstBroken: e.seq, reason: 'sequence' };
      else if (e.prevHash !== (entries[i - 1]?.hash ?? null)) broken = { ok: false, firstBroken: e.seq, reason: 'link' };
      else if (accessEntryHash(unsigned) !== hash) broken = { ok: false, firstBroken: e.seq, reason: 'hash' };
    });
    report(accessChain(subject), entries.map((e) => e.hash), broken ?? { ok: true });
  }
  // Chains the checkpoints know but the database no longer has: deleted or truncated as a whole.
  for (const chain of checkpoints.keys()) if (!seen.has(chain)) report(chain, [], { ok: true });
  return reports;
}
