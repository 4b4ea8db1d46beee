import { durationMs } from '../../engine/index.js';
import type { Store } from '../../store/index.js';
import { auditLink } from '../effects/audit.js';

/** What the workflow hands over when its case has closed and every effect has run. */
export interface ClosedCaseInput {
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  title: string;
  /** When the case reached its final state (its last transition), UTC ISO 8601. */
  closedAt: string;
  /** The final answer of the query `view`. */
  view: { state: unknown; seq: number };
  data: Record<string, unknown>;
  formRefs: Record<string, string>;
  /** The definition's retention (ISO 8601 duration) and legal basis: the rule of the later deletion. */
  retention?: string;
  legalBasis?: string;
}

/**
 * Keeps a closed case in PostgreSQL before its workflow completes, so that Temporal's namespace
 * retention can forget the workflow without the citizen losing anything: final view and form
 * data, when the personal data is due for deletion, and the audit entry `case.closed` — one
 * transaction, once per case (a retry writes nothing new). Documents, audit trail, messages and
 * access log are in PostgreSQL already.
 */
export async function recordClosedCase(input: ClosedCaseInput, store: Store): Promise<void> {
  const closedAt = new Date(input.closedAt);
  const deleteAfter = input.retention ? new Date(closedAt.getTime() + durationMs(input.retention, closedAt)) : null;
  await store.recordClosedCase({
    caseId: input.caseId, procedure: input.procedure, version: input.version, authority: input.authority, title: input.title, closedAt,
    view: input.view as Record<string, unknown>, data: input.data, formRefs: input.formRefs, retention: input.retention ?? null, legalBasis: input.legalBasis ?? null, deleteAfter,
  }, `${input.caseId}:closed`, auditLink({
    caseId: input.caseId, at: input.closedAt, actor: 'system', action: 'case.closed',
    details: { state: input.view.state as never, seq: input.view.seq, retention: input.retention ?? null, deleteAfter: deleteAfter?.toISOString() ?? null },
  }));
}
