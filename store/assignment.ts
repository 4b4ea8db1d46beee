/** Who works on a case: a staff sub of the case's authority, or null (nobody); `assignedBy` made the change. */
export interface Assignment {
  caseId: string;
  authority: string;
  assignee: string | null;
  assignedBy: string;
}

/** Who works on a case now, and who assigned it when (`GET /api/cases/:id/assignment`). */
export interface CurrentAssignment {
  assignee: string | null;
  assignedBy: string;
  assignedAt: Date;
}

/** The current assignment row of a case with who made it and when. */
export const CURRENT_ASSIGNMENT_SQL = 'select assignee, assigned_by, assigned_at from case_assignment where case_id = ?';

/** The current assignee of a case (no row: nobody). */
export const CURRENT_ASSIGNEE_SQL = 'select assignee from case_assignment where case_id = ?';

/** Sets a case's assignee; who and when of the last change stay on the row, every change in the audit trail. */
export const ASSIGN_SQL = `insert into case_assignment (case_id, authority, assignee, assigned_by, assigned_at) values (?, ?, ?, ?, now())
  on conflict (case_id) do update set assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = now()`;
