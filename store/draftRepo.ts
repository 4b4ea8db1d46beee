import type { MikroORM } from '@mikro-orm/postgresql';

/** A citizen's unsent form of a case: the event it is for, the data so far, the case's `seq` then. */
export interface DraftRecord {
  caseId: string;
  subject: string;
  event: string;
  data: Record<string, unknown>;
  seq: number;
  savedAt: Date;
}

interface DraftRow { case_id: string; subject: string; event: string; data: Record<string, unknown>; seq: number; saved_at: Date }

/**
 * Drafts kept server-side so that a citizen can resume a long form on another day or device.
 * One per case; only the subject who saved it reads it back (the routes check the party first).
 */
export function draftRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  return {
    /** Saves (replaces) the draft of a case. */
    async saveDraft(draft: DraftRecord): Promise<void> {
      await sql().execute(`insert into case_draft (case_id, subject, event, data, seq, saved_at) values (?, ?, ?, ?, ?, ?)
        on conflict (case_id) do update set subject = excluded.subject, event = excluded.event, data = excluded.data, seq = excluded.seq, saved_at = excluded.saved_at`,
      [draft.caseId, draft.subject, draft.event, JSON.stringify(draft.data), draft.seq, draft.savedAt]);
    },
    /** The draft of a case saved by `subject`, or null. */
    async getDraft(caseId: string, subject: string): Promise<DraftRecord | null> {
      const [row] = await sql().execute<DraftRow[]>('select * from case_draft where case_id = ? and subject = ?', [caseId, subject]);
      return row ? { caseId: row.case_id, subject: row.subject, event: row.event, data: row.data, seq: row.seq, savedAt: new Date(row.saved_at) } : null;
    },
    /** Deletes the draft of a case (no-op when there is none). */
    async deleteDraft(caseId: string): Promise<void> {
      await sql().execute('delete from case_draft where case_id = ?', [caseId]);
    },
  };
}

/** The draft part of the store. */
export type DraftRepo = ReturnType<typeof draftRepo>;
