import type { AuditEntry } from './AuditEntry.js';
import { auditEntryHash } from './auditEntryHash.js';

/** Why a chain broke at `firstBroken`: a renumbered/missing entry, a cut link, or edited content. */
export type AuditChainBreak = 'sequence' | 'link' | 'hash';

/**
 * Outcome of {@link verifyAuditChain}. `legacyEntries` counts leading entries hashed the way
 * versions before issue 9 did, without the case id (present only when there are some).
 */
export type AuditChainVerification = { ok: true; legacyEntries?: number } | { ok: false; firstBroken: number; reason: AuditChainBreak };

/**
 * Checks a whole audit trail from its first entry: numbering 1, 2, 3…, each `prevHash` equal to
 * the previous `hash`, and each `hash` recomputed from the content, the case id included.
 * Entries written before the case id was hashed (issue 9, finding 5) still verify, hashed
 * without it, but only as the chain's first entries: once one entry carries the case id, every
 * later one must, so nobody can append legacy-looking entries to a new chain. Reports the
 * sequence number of the first entry that fails (everything from there on is suspect). Never
 * throws.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditChainVerification {
  let previousHash: string | null = null;
  let legacyEntries = 0;
  let legacyAllowed = true;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    if (entry.seq !== expectedSeq) return { ok: false, firstBroken: expectedSeq, reason: 'sequence' };
    if (entry.prevHash !== previousHash) return { ok: false, firstBroken: expectedSeq, reason: 'link' };
    if (hashMatches(entry)) legacyAllowed = false;
    else if (legacyAllowed && hashMatches(withoutCaseId(entry))) legacyEntries += 1;
    else return { ok: false, firstBroken: expectedSeq, reason: 'hash' };
    previousHash = entry.hash;
  }
  return legacyEntries ? { ok: true, legacyEntries } : { ok: true };
}

/** The entry as versions before issue 9 hashed it. */
function withoutCaseId(entry: AuditEntry): Omit<AuditEntry, 'caseId'> {
  const { caseId: _caseId, ...legacy } = entry;
  return legacy;
}

function hashMatches(entry: Omit<AuditEntry, 'caseId'>): boolean {
  try {
    return auditEntryHash(entry as AuditEntry) === entry.hash;
  } catch {
    return false;
  }
}
