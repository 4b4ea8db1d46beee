import { verifyAuditChain } from '../documents/index.js';
import type { AuditEntry } from '../documents/index.js';
import type { Store } from './openStore.js';
import { accessEntryHash } from './transparencyRepo.js';

/** One chain's result: ok, or where it first breaks. */
export interface ChainReport {
  chain: string;
  entries: number;
  ok: boolean;
  firstBroken?: number;
  reason?: string;
}

/**
 * Verifies every hash chain in the database: each case's audit trail and each citizen's
 * access log. A chain breaks where an entry's hash does not match its content, or its
 * `prevHash` does not match the entry before, or the sequence has a gap.
 */
export async function verifyChains(store: Store): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const caseId of await store.auditCases()) {
    const entries = (await store.auditTrail(caseId)).map(({ seq, prevHash, hash, at, actor, action, details }) =>
      ({ caseId, seq, prevHash, hash, at, actor, action, details }) as AuditEntry);
    const result = verifyAuditChain(entries);
    reports.push({ chain: `audit:${caseId}`, entries: entries.length, ...(result.ok ? { ok: true } : { ok: false, firstBroken: result.firstBroken, reason: result.reason }) });
  }
  for (const subject of await store.accessSubjects()) {
    const entries = await store.accessLogOf(subject);
    let broken: { seq: number; reason: string } | undefined;
    entries.forEach((e, i) => {
      if (broken) return;
      const { hash, ...unsigned } = e;
      if (e.seq !== i + 1) broken = { seq: e.seq, reason: 'sequence' };
      else if (e.prevHash !== (entries[i - 1]?.hash ?? null)) broken = { seq: e.seq, reason: 'link' };
      else if (accessEntryHash(unsigned) !== hash) broken = { seq: e.seq, reason: 'hash' };
    });
    reports.push({ chain: `access:${subject}`, entries: entries.length, ...(broken ? { ok: false, firstBroken: broken.seq, reason: broken.reason } : { ok: true }) });
  }
  return reports;
}
