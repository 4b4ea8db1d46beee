import { deadlineEnd, parseDuration } from '../engine/workflow.js';
import type { DeadlineCalendar } from '../engine/index.js';
import type { ExtendDeadlineInput, PendingDeadline } from './contract.js';

/** Longest reason of an extension (it is shown to the citizen and kept in the audit trail). */
export const EXTENSION_REASON_MAX = 500;

type Refusal = { ok: false; code: string; message: { de: string; en: string } };

/** What the case knows when it checks an extension: its running deadline, staff roles, calendar, and the time. */
export interface ExtensionContext {
  deadline: PendingDeadline | undefined;
  /** Staff roles and the authority whose staff hold them. */
  staffAuthorities: Record<string, string>;
  /** The case's own authority: only its staff extend. */
  authority: string;
  calendar: DeadlineCalendar;
  now: number;
}

const refuse = (code: string, de: string, en: string): Refusal => ({ ok: false, code, message: { de, en } });

/**
 * Checks an extension of a running deadline (§ 42a (2) S. 3 VwVfG: once, reasoned, by the
 * authority) and computes its new end: `until` as given, or `by` counted from the current end —
 * as a Frist ending at the end of a day where the case counts Fristen, from the original last
 * day (§ 190 BGB). Pure: the workflow calls it in the validator and the handler alike.
 */
export function checkExtension(input: ExtendDeadlineInput, ctx: ExtensionContext): { ok: true; dueAt: string } | Refusal {
  const role = input.actor?.role ?? '';
  if (!Object.hasOwn(ctx.staffAuthorities, role) || ctx.staffAuthorities[role] !== ctx.authority) {
    return refuse('role-not-allowed', 'Fristen verlängert nur die zuständige Behörde.', 'Only the competent authority extends deadlines.');
  }
  const deadline = ctx.deadline;
  if (!deadline) return refuse('deadline-not-found', 'Diese Frist läuft nicht (mehr).', 'This deadline is not running (any more).');
  if (deadline.extended) {
    return refuse('deadline-already-extended', 'Diese Frist wurde bereits einmal verlängert (§ 42a Abs. 2 Satz 3 VwVfG).', 'This deadline was extended once already (§ 42a (2) sentence 3 VwVfG).');
  }
  if (typeof input.reason !== 'string' || !input.reason.trim() || input.reason.length > EXTENSION_REASON_MAX) {
    return refuse('reason-required', 'Eine Verlängerung braucht eine Begründung.', 'An extension needs a reason.');
  }
  if ((input.until === undefined) === (input.by === undefined)) {
    return refuse('extension-invalid', 'Geben Sie entweder ein neues Fristende oder eine Dauer an.', 'Give either a new end or a duration.');
  }
  const current = Date.parse(deadline.dueAt);
  let end: number;
  if (input.by !== undefined) {
    const d = parseDuration(input.by);
    if (!d) return refuse('extension-invalid', 'Die Dauer ist keine ISO-8601-Dauer.', 'The duration is no ISO 8601 duration.');
    // A Frist counts from the original last day (one millisecond before its end lies on it in
    // Berlin); an exact period from the current end.
    const frist = ctx.calendar !== 'exact' && d.hours === 0 && d.minutes === 0 && d.seconds === 0;
    end = deadlineEnd(input.by, new Date(frist ? current - 1 : current).toISOString(), ctx.calendar);
  } else {
    end = Date.parse(input.until!);
  }
  if (!Number.isFinite(end) || end <= current || end <= ctx.now) {
    return refuse('extension-not-later', 'Das neue Fristende muss nach dem bisherigen und in der Zukunft liegen.', 'The new end must be later than the current one and in the future.');
  }
  return { ok: true, dueAt: new Date(end).toISOString() };
}
