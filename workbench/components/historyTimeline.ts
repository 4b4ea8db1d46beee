/** A transition of the workflow's history (what the case view lists). */
export interface TransitionEntry { seq: number; type: string; at: string; actor?: { id: string; role: string }; to?: unknown }
/** An entry of the case's audit trail (`GET /api/cases/:id/history`). */
export interface AuditEntry { seq: number; at: string; actor: string; action: string; details?: unknown }
/** A logged read of the case's data. */
export interface ReadEntry { at: string; authority: string; officer: string; purpose: string; categories: string[] }

/** One line of the history a clerk reads, in time order. */
export type TimelineEntry =
  | { kind: 'transition'; at: string; entry: TransitionEntry }
  | { kind: 'audit'; at: string; entry: AuditEntry }
  | { kind: 'read'; at: string; entry: ReadEntry };

/** Audit actions the timeline shows beside the transitions (which the workflow's history already holds). */
export const SHOWN_ACTIONS = new Set(['case.assigned', 'deadline.extended', 'message.sent', 'consent.requested']);

/** Reads this close together, by the same person for the same purpose, are one visit of the case. */
const VISIT_MS = 10 * 60_000;

/**
 * The case's history for people: the workflow's transitions, the audit entries a clerk needs
 * besides them (assignments, extensions, messages, consent requests) and the reads of the data,
 * oldest first. The reads one page visit makes (view, data, e-Akte, messages) become one entry
 * with their categories joined, when nothing else happened between them.
 */
export function historyTimeline(transitions: TransitionEntry[], audit: AuditEntry[], reads: ReadEntry[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...transitions.map((entry) => ({ kind: 'transition' as const, at: entry.at, entry })),
    ...audit.filter((a) => SHOWN_ACTIONS.has(a.action)).map((entry) => ({ kind: 'audit' as const, at: entry.at, entry })),
    ...reads.map((entry) => ({ kind: 'read' as const, at: entry.at, entry })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const result: TimelineEntry[] = [];
  for (const e of entries) {
    const last = result.at(-1);
    if (e.kind === 'read' && last?.kind === 'read' && sameVisit(last.entry, e.entry)) {
      const categories = [...new Set([...last.entry.categories, ...e.entry.categories])];
      result[result.length - 1] = { ...last, entry: { ...last.entry, categories } };
    } else {
      result.push(e);
    }
  }
  return result;
}

function sameVisit(first: ReadEntry, next: ReadEntry): boolean {
  return first.officer === next.officer && first.authority === next.authority && first.purpose === next.purpose && Date.parse(next.at) - Date.parse(first.at) <= VISIT_MS;
}
