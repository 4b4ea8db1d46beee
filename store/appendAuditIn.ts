import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecord } from './entities.js';

/** Builds the next link of a case's audit chain from the one before (hash chain). */
export type AuditLink = (prev: AuditRecord | undefined) => Omit<AuditRecord, 'caseId' | 'idemKey'>;

/** Appends to a case's audit chain inside `tx` once per `idemKey`, serialised per case by a transaction lock. */
export async function appendAuditIn(tx: EntityManager, caseId: string, idemKey: string, link: AuditLink): Promise<AuditRecord> {
  return (await appendLink(tx, caseId, idemKey, link)).entry;
}

// Plain SQL on the hot path of every transition (issue 14): MikroORM's query builder cost more of
// the worker's main thread than the round trips; the columns are those of AuditRecordSchema.
const COLUMNS = 'case_id, seq, idem_key, prev_hash, hash, at, actor, action, details';
/** The entry of this idempotency key, if any (`mine`), and the chain's head, in one round trip. */
const EXISTING_AND_HEAD_SQL = `(select ${COLUMNS}, true as mine from audit_entry where idem_key = ?)
  union all (select ${COLUMNS}, false as mine from audit_entry where case_id = ? order by seq desc limit 1)`;
const EXISTING_SQL = `select ${COLUMNS}, true as mine from audit_entry where idem_key = ?`;
const INSERT_SQL = `insert into audit_entry (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`;

interface AuditRow { case_id: string; seq: number; idem_key: string; prev_hash: string | null; hash: string; at: string; actor: string; action: string; details: unknown; mine: boolean }

const toRecord = (r: AuditRow): AuditRecord => ({
  caseId: r.case_id, seq: r.seq, idemKey: r.idem_key, prevHash: r.prev_hash, hash: r.hash, at: r.at, actor: r.actor, action: r.action, details: r.details,
});

/**
 * `appendAuditIn`, saying whether it inserted. `head`: the chain's last entry, inserted earlier
 * in this transaction (which holds the case's lock), so neither lock nor head is read again.
 */
export async function appendLink(tx: EntityManager, caseId: string, idemKey: string, link: AuditLink, head?: AuditRecord): Promise<{ entry: AuditRecord; inserted: boolean }> {
  const sql = tx.getConnection();
  const ctx = tx.getTransactionContext();
  // The lock first, in its own statement: a statement reads the snapshot taken when it began.
  if (!head) await sql.execute('select pg_advisory_xact_lock(hashtext(?))', [caseId], 'all', ctx);
  const rows = await sql.execute<AuditRow[]>(head ? EXISTING_SQL : EXISTING_AND_HEAD_SQL, head ? [idemKey] : [idemKey, caseId], 'all', ctx);
  const existing = rows.find((r) => r.mine);
  if (existing) return { entry: toRecord(existing), inserted: false };
  const before = rows.find((r) => !r.mine);
  const prev = head ?? (before ? toRecord(before) : undefined);
  const entry: AuditRecord = { ...link(prev), caseId, idemKey };
  await sql.execute(INSERT_SQL, [entry.caseId, entry.seq, entry.idemKey, entry.prevHash, entry.hash, entry.at, entry.actor, entry.action, JSON.stringify(entry.details ?? null)], 'run', ctx);
  return { entry, inserted: true };
}
