import type { MikroORM } from '@mikro-orm/postgresql';
import type { CaseRecord } from './entities.js';

/** Order of the case list: nearest legal deadline first (the clerks' queue), latest change, latest receipt. */
export type CaseSort = 'deadline' | 'updated' | 'received';

/** Filter of the case list; every field optional. Scoping (party or authority) is the caller's duty. */
export interface CaseFilter {
  party?: string;
  authority?: string;
  procedure?: string;
  state?: string;
  /** Cases with a running deadline due at or before this instant. */
  deadlineBefore?: Date;
  /** Received (first transition) at or after / before this instant. */
  receivedFrom?: Date;
  receivedTo?: Date;
  /** A staff sub, or null for cases nobody is assigned to. */
  assignee?: string | null;
  /** Cases whose current state waits for staff of this authority ("Meine Gruppe"). */
  waitingFor?: string;
  /**
   * Besides the cases of `authority`, those of any other authority whose state waits for this
   * one (a statement asked of fire protection in a building permit).
   */
  orWaitingFor?: string;
  /** Not of this authority (the second half of `orWaitingFor`). */
  notAuthority?: string;
  /**
   * Leave out cases in which nothing happened yet (`seq` 0: citizens' drafts), except those of
   * these procedures (where staff act first).
   */
  withoutDraftsExcept?: string[];
  /** Default `updated`. */
  sort?: CaseSort;
  limit: number;
  offset: number;
}

/** A case of the list: its projection, who is assigned, and the columns the list sorts by. */
export interface CaseListItem extends CaseRecord {
  assignee: string | null;
  nextDeadline: Date | null;
  receivedAt: Date | null;
}

interface Row {
  id: string; procedure: string; version: number; authority: string; state: string; status: string;
  parties: CaseRecord['parties']; deadlines: CaseRecord['deadlines']; seq: number; created_at: Date; updated_at: Date;
  next_deadline: Date | null; received_at: Date | null; assignee: string | null;
}

const ORDER: Record<CaseSort, string> = {
  deadline: 'c.next_deadline asc nulls last, c.id asc',
  updated: 'c.updated_at desc, c.id asc',
  received: 'c.received_at desc nulls last, c.id asc',
};

/** The WHERE clause and its parameters for a filter; every condition has an index (Migration20261205000000_workbench). */
function whereOf(f: CaseFilter): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (f.authority !== undefined) add('c.authority = ?', f.authority);
  if (f.notAuthority !== undefined) add('c.authority <> ?', f.notAuthority);
  if (f.procedure !== undefined) add('c.procedure = ?', f.procedure);
  if (f.state !== undefined) add('c.state = ?', f.state);
  if (f.party !== undefined) add('c.parties @> ?::jsonb', JSON.stringify([{ id: f.party }]));
  if (f.deadlineBefore) add('c.next_deadline <= ?', f.deadlineBefore);
  if (f.receivedFrom) add('c.received_at >= ?', f.receivedFrom);
  if (f.receivedTo) add('c.received_at < ?', f.receivedTo);
  // Waiting for the case's own authority (staff lists are of one authority) has an index of its own.
  if (f.waitingFor !== undefined && f.waitingFor === f.authority) add('c.waiting_on_authority = true');
  else if (f.waitingFor !== undefined && f.notAuthority !== undefined) add('c.waiting_for_others @> array[?]::text[]', f.waitingFor);
  else if (f.waitingFor !== undefined) add('c.waiting_for @> array[?]::text[]', f.waitingFor);
  if (f.assignee === null) add('not exists (select 1 from case_assignment a where a.case_id = c.id and a.assignee is not null)');
  // One person's cases are few: read them by primary key (the array is computed once) rather than probing every case.
  else if (f.assignee !== undefined) add('c.id = any(array(select a.case_id from case_assignment a where a.assignee = ?))', f.assignee);
  if (f.withoutDraftsExcept) {
    // Procedure ids hold no comma (`^[a-z0-9-]+$`); an array literal keeps the check inside the index (seq and procedure are included).
    if (f.withoutDraftsExcept.length) add('(c.seq > 0 or c.procedure = any(string_to_array(?, \',\')))', f.withoutDraftsExcept.join(','));
    else add('c.seq > 0');
  }
  return { sql: conditions.length ? `where ${conditions.join(' and ')}` : '', params };
}

/** An open case with a running deadline due within a window (the "deadline near" notices to staff). */
export interface CaseDeadlineDue {
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  /** The procedure's title from its version published through the designer; null for a catalogue file's. */
  title: { de: string; en: string } | null;
  /** The running deadline due in the window (a case with two yields two). */
  dueAt: string;
}

/** The case list, filtered, sorted and paged in PostgreSQL (issue 11: never in memory after LIMIT). */
export function caseListRepo(orm: MikroORM) {
  const execute = <T extends object[]>(sql: string, params: unknown[]) => orm.em.fork().getConnection().execute<T>(sql, params);
  return {
    /**
     * Running deadlines of open cases due after `from` and at or before `to`, earliest first. The
     * earliest deadline (`next_deadline`) of such a case is at or before `to`, which bounds the scan.
     */
    async deadlinesDue(from: Date, to: Date): Promise<CaseDeadlineDue[]> {
      const rows = await execute<{ id: string; procedure: string; version: number; authority: string; title: CaseDeadlineDue['title']; due_at: string }[]>(
        `select c.id, c.procedure, c.version, c.authority, v.content->'title' as title, d->>'dueAt' as due_at
          from case_record c cross join lateral jsonb_array_elements(c.deadlines) d
          left join definition_version v on v.id = c.procedure and v.version = c.version and v.status = 'published'
          where c.status = 'active' and c.next_deadline <= ? and (d->>'dueAt')::timestamptz > ? and (d->>'dueAt')::timestamptz <= ?
          order by (d->>'dueAt')::timestamptz, c.id`, [to, from, to]);
      return rows.map((r) => ({ caseId: r.id, procedure: r.procedure, version: r.version, authority: r.authority, title: r.title ?? null, dueAt: new Date(r.due_at).toISOString() }));
    },
    async listCases(f: CaseFilter): Promise<{ items: CaseListItem[]; total: number }> {
      const order = ORDER[f.sort ?? 'updated'];
      const parts = f.orWaitingFor === undefined ? [whereOf(f)] : [
        whereOf({ ...f, orWaitingFor: undefined }),
        whereOf({ ...f, orWaitingFor: undefined, authority: undefined, notAuthority: f.authority, waitingFor: f.orWaitingFor }),
      ];
      // The page's ids come from the index alone (a deep offset skips index entries, not rows),
      // each part in its own order, merged; the rows and their assignees are read for the page only.
      const ids = parts.map((w) => `(select c.id, c.next_deadline, c.updated_at, c.received_at from case_record c ${w.sql} order by ${order} limit ?)`).join(' union all ');
      const params = parts.flatMap((w) => [...w.params, f.limit + f.offset]);
      const [rows, ...counts] = await Promise.all([
        execute<Row[]>(`select c.*, a.assignee from (select c.id from (${ids}) c order by ${order} limit ? offset ?) page
          join case_record c on c.id = page.id left join case_assignment a on a.case_id = c.id order by ${order}`, [...params, f.limit, f.offset]),
        ...parts.map((w) => execute<{ total: string }[]>(`select count(*) as total from case_record c ${w.sql}`, w.params)),
      ]);
      return {
        total: counts.reduce((sum, [count]) => sum + Number(count!.total), 0),
        items: rows.map((r) => ({
          id: r.id, procedure: r.procedure, version: r.version, authority: r.authority, state: r.state, status: r.status,
          parties: r.parties, deadlines: r.deadlines, seq: r.seq, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
          nextDeadline: r.next_deadline && new Date(r.next_deadline), receivedAt: r.received_at && new Date(r.received_at), assignee: r.assignee,
        })),
      };
    },
  };
}

/** The case list part of the store. */
export type CaseListRepo = ReturnType<typeof caseListRepo>;
