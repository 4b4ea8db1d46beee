import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecordSchema } from './entities.js';
import type { AuditRecord } from './entities.js';

/** Builds the next link of a case's audit chain from the one before (hash chain). */
export type AuditLink = (prev: AuditRecord | undefined) => Omit<AuditRecord, 'caseId' | 'idemKey'>;

/** Appends to a case's audit chain inside `tx` once per `idemKey`, serialised per case by a transaction lock. */
export async function appendAuditIn(tx: EntityManager, caseId: string, idemKey: string, link: AuditLink): Promise<AuditRecord> {
  await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [caseId], 'all', tx.getTransactionContext());
  const existing = await tx.findOne(AuditRecordSchema, { idemKey });
  if (existing) return existing;
  const prev = await tx.findOne(AuditRecordSchema, { caseId }, { orderBy: { seq: 'desc' } });
  const entry = { ...link(prev ?? undefined), caseId, idemKey };
  await tx.insert(AuditRecordSchema, entry);
  return entry as AuditRecord;
}
