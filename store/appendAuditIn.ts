import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecordSchema } from './entities.js';
import type { AuditRecord } from './entities.js';

/** Builds the next link of a case's audit chain from the one before (hash chain). */
export type AuditLink = (prev: AuditRecord | undefined) => Omit<AuditRecord, 'caseId' | 'idemKey'>;

/** Appends to a case's audit chain inside `tx` once per `idemKey`, serialised per case by a transaction lock. */
export async function appendAuditIn(tx: EntityManager, caseId: string, idemKey: string, link: AuditLink): Promise<AuditRecord> {
  return (await appendLink(tx, caseId, idemKey, link)).entry;
}

/**
 * `appendAuditIn`, saying whether it inserted. `head`: the chain's last entry, inserted earlier
 * in this transaction (which holds the case's lock), so neither lock nor head is read again.
 */
export async function appendLink(tx: EntityManager, caseId: string, idemKey: string, link: AuditLink, head?: AuditRecord): Promise<{ entry: AuditRecord; inserted: boolean }> {
  if (!head) await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [caseId], 'all', tx.getTransactionContext());
  const existing = await tx.findOne(AuditRecordSchema, { idemKey });
  if (existing) return { entry: existing, inserted: false };
  const prev = head ?? await tx.findOne(AuditRecordSchema, { caseId }, { orderBy: { seq: 'desc' } });
  const entry = { ...link(prev ?? undefined), caseId, idemKey };
  await tx.insert(AuditRecordSchema, entry);
  return { entry: entry as AuditRecord, inserted: true };
}
