/** A pending deadline of a case (the workflow's timer). */
export interface CaseDeadline {
  id: string;
  dueAt: string;
  event: { type: string };
}

/** One accepted event in a case's history. */
export interface CaseHistoryEntry {
  seq: number;
  type: string;
  at: string;
  actor?: { id: string; role: string };
  from: unknown;
  to: unknown;
}

/** A case as `GET /api/cases/:id` answers (the workflow's view; typed here until the API has a response type). */
export interface CaseView {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: unknown;
  status: 'active' | 'done' | 'error' | 'stopped';
  accepts: { type: string; by: string[] }[];
  deadlines: CaseDeadline[];
  history: CaseHistoryEntry[];
  parties: { id: string; role: string }[];
}

/** A row of `GET /api/cases`. */
export interface CaseListItem {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: string;
  status: CaseView['status'];
  /** The projection's timers: when, not which event (that is in the case view). */
  deadlines: Omit<CaseDeadline, 'event'>[];
  updatedAt: string;
}
