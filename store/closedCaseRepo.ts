import type { MikroORM, QueryResult } from '@mikro-orm/postgresql';
import { appendAuditIn } from './appendAuditIn.js';
import type { AuditLink } from './appendAuditIn.js';
import type { AuditRecord } from './entities.js';

/**
 * A case after its final state, as PostgreSQL keeps it once Temporal has forgotten the workflow
 * (namespace retention): the final view (state, history, parties, failures), the form data, and
 * the bookkeeping of the definition's retention. Documents, audit trail, messages and access log
 * live in their own tables already.
 */
export interface ClosedCaseRecord {
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  /** The procedure's title (German), for the e-file export. */
  title: string;
  closedAt: Date;
  /** The workflow's last answer to the query `view` (JSON of workflows' CaseView). */
  view: Record<string, unknown>;
  /** The case's form data; null once the personal data was deleted. */
  data: Record<string, unknown> | null;
  /** Per form, the SHA-256 of the event data the server stored (form_file). */
  formRefs: Record<string, string>;
  /** The definition's `retention` (ISO 8601 duration), the rule the deletion follows; null: kept for good. */
  retention: string | null;
  legalBasis: string | null;
  /** closedAt + retention: from then on the personal data is deleted. */
  deleteAfter: Date | null;
  exportedAt: Date | null;
  exportFile: string | null;
  exportSha256: string | null;
  personalDataDeletedAt: Date | null;
}

/** What the worker writes when a case closes. */
export type NewClosedCase = Omit<ClosedCaseRecord, 'exportedAt' | 'exportFile' | 'exportSha256' | 'personalDataDeletedAt'>;

/** What the deletion of a case's personal data removed (counts), for its audit entry. */
export interface PersonalDataDeletion {
  documents: number;
  messageContents: number;
  inboxMessages: number;
}

interface Row {
  case_id: string; procedure: string; version: number; authority: string; title: string; closed_at: Date; view: Record<string, unknown>;
  data: Record<string, unknown> | null; form_refs: Record<string, string>; retention: string | null; legal_basis: string | null;
  delete_after: Date | null; exported_at: Date | null; export_file: string | null; export_sha256: string | null; personal_data_deleted_at: Date | null;
}

const toRecord = (r: Row): ClosedCaseRecord => ({
  caseId: r.case_id, procedure: r.procedure, version: r.version, authority: r.authority, title: r.title, closedAt: new Date(r.closed_at),
  view: r.view, data: r.data, formRefs: r.form_refs, retention: r.retention, legalBasis: r.legal_basis,
  deleteAfter: r.delete_after && new Date(r.delete_after), exportedAt: r.exported_at && new Date(r.exported_at), exportFile: r.export_file,
  exportSha256: r.export_sha256?.trim() ?? null, personalDataDeletedAt: r.personal_data_deleted_at && new Date(r.personal_data_deleted_at),
});

/** Message contents (texts, attachments) of the case that no message of a case still holding its data refers to. */
const DELETE_MESSAGE_CONTENT_SQL = `delete from message_content mc where mc.sha256 in (
    select m.text_sha256 from case_message m where m.case_id = ?
    union select a->>'sha256' from case_message m, jsonb_array_elements(m.attachments) a where m.case_id = ?)
  and not exists (select 1 from case_message o where o.case_id <> ?
    and (o.text_sha256 = mc.sha256 or o.attachments @> jsonb_build_array(jsonb_build_object('sha256', mc.sha256::text)))
    and not exists (select 1 from closed_case c where c.case_id = o.case_id and c.personal_data_deleted_at is not null))`;

/**
 * Closed cases: written once when a case closes (with its audit entry `case.closed`, in one
 * transaction), read when the workflow is gone, and their personal data deleted once the
 * definition's retention has run (with its audit entry, in one transaction).
 */
export function closedCaseRepo(orm: MikroORM, anchored: (entry: AuditRecord) => Promise<AuditRecord>) {
  const em = () => orm.em.fork();
  const sql = () => em().getConnection();
  return {
    /** Writes a closed case unless it is there (a retried activity changes nothing) and appends `link` once under `idemKey`. */
    async recordClosedCase(c: NewClosedCase, idemKey: string, link: AuditLink): Promise<void> {
      await anchored(await em().transactional(async (tx) => {
        await tx.getConnection().execute(`insert into closed_case (case_id, procedure, version, authority, title, closed_at, view, data, form_refs, retention, legal_basis, delete_after)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing`,
        [c.caseId, c.procedure, c.version, c.authority, c.title, c.closedAt, JSON.stringify(c.view), c.data && JSON.stringify(c.data), JSON.stringify(c.formRefs),
          c.retention, c.legalBasis, c.deleteAfter], 'run', tx.getTransactionContext());
        return appendAuditIn(tx, c.caseId, idemKey, link);
      }));
    },
    /** The closed case with this id, or null (still running, or closed before cases were kept). */
    async closedCase(caseId: string): Promise<ClosedCaseRecord | null> {
      const rows = await sql().execute<Row[]>('select * from closed_case where case_id = ?', [caseId]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    /** Closed cases whose retention has run by `now` and whose personal data is still there, oldest due first. */
    async closedCasesDue(now: Date, limit = 100): Promise<ClosedCaseRecord[]> {
      const rows = await sql().execute<Row[]>(`select * from closed_case where personal_data_deleted_at is null and delete_after <= ?
        order by delete_after, case_id limit ?`, [now, limit]);
      return rows.map(toRecord);
    },
    /** Notes the e-file export (archive package) that must exist before the deletion; never after it. */
    async markClosedCaseExported(caseId: string, file: string, sha256: string, at: Date): Promise<void> {
      await sql().execute('update closed_case set exported_at = ?, export_file = ?, export_sha256 = ? where case_id = ? and personal_data_deleted_at is null',
        [at, file, sha256, caseId], 'run');
    },
    /**
     * Runs `job` while holding the installation-wide retention lock (a PostgreSQL advisory lock,
     * held by a transaction of its own); undefined at once when another process holds it. Two
     * workers' jobs never export the same case at once, so a late export cannot overwrite the
     * archive package of a case whose data is already gone.
     */
    async withRetentionLock<T>(job: () => Promise<T>): Promise<T | undefined> {
      return orm.em.getConnection().getKnex().transaction(async (trx) => {
        const { rows } = await trx.raw<{ rows: { locked: boolean }[] }>('select pg_try_advisory_xact_lock(hashtext(?)) as locked', ['amtsweg:retention']);
        return rows[0]?.locked ? job() : undefined;
      });
    },
    /**
     * Deletes a closed case's personal data in one transaction with its audit entry: form data
     * (the view becomes `redactedView`), parties in the projection, documents' content, message
     * texts and attachments no other case holds, inbox notices. Refuses before the export. Rows of
     * append-only tables (audit trail, access log, message records) stay as the law keeps them.
     */
    async deletePersonalData(caseId: string, at: Date, redactedView: Record<string, unknown>, idemKey: string,
      link: (deleted: PersonalDataDeletion) => AuditLink): Promise<PersonalDataDeletion | undefined> {
      let deleted: PersonalDataDeletion | undefined;
      const entry = await em().transactional(async (tx) => {
        const run = (text: string, params: unknown[]) => tx.getConnection().execute<QueryResult>(text, params, 'run', tx.getTransactionContext());
        const claimed = await run(`update closed_case set data = null, view = ?, personal_data_deleted_at = ?
          where case_id = ? and personal_data_deleted_at is null and exported_at is not null`, [JSON.stringify(redactedView), at, caseId]);
        if (!claimed.affectedRows) return undefined;
        const documents = await run('update document set content = \'\'::bytea where case_id = ? and octet_length(content) > 0', [caseId]);
        const messageContents = await run(DELETE_MESSAGE_CONTENT_SQL, [caseId, caseId, caseId]);
        const inboxMessages = await run('delete from inbox_message where case_id = ?', [caseId]);
        await run('update case_record set parties = \'[]\'::jsonb, updated_at = now() where id = ?', [caseId]);
        deleted = { documents: documents.affectedRows ?? 0, messageContents: messageContents.affectedRows ?? 0, inboxMessages: inboxMessages.affectedRows ?? 0 };
        return appendAuditIn(tx, caseId, idemKey, link(deleted));
      });
      if (entry) await anchored(entry);
      return deleted;
    },
  };
}

/** The closed-case part of the store. */
export type ClosedCaseRepo = ReturnType<typeof closedCaseRepo>;
