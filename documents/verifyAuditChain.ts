import type { AuditEntry } from './AuditEntry.js';
import { auditEntryHash } from './auditEntryHash.js';

/** Why a chain broke at `firstBroken`: a renumbered/missing entry, a cut link, or edited content. */
export type AuditChainBreak = 'sequence' | 'link' | 'hash';

/** Outcome of {@link verifyAuditChain}. */
export type AuditChainVerification = { ok: true } | { ok: false; firstBroken: number; reason: AuditChainBreak };

/**
 * Checks a whole audit trail from its first entry: numbering 1, 2, 3…, each `prevHash` equal to
 * the previous `hash`, and each `hash` recomputed from the content. Reports the sequence number
 * of the first entry that fails (everything from there on is suspect). Never throws.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditChainVerification {
  let previousHash: string | null = null;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    if (entry.seq !== expectedSeq) return { ok: false, firstBroken: expectedSeq, reason: 'sequence' };
    if (entry.prevHash !== previousHash) return { ok: false, firstBroken: expectedSeq, reason: 'link' };
    if (!hashMatches(entry)) return { ok: false, firstBroken: expectedSeq, reason: 'hash' };
    previousHash = entry.hash;
  }
  return { ok: true };
}

function hashMatches(entry: AuditEntry): boolean {
  try {
    return auditEntryHash(entry) === entry.hash;
  } catch {
    return false;
  }
}
