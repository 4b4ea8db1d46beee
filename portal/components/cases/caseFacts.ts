import { berlinDate, deadlineEnd, readDeadlineEnd } from '../../../engine/index.js';
import type { FristCalendar, ProcedureConfig } from '../../../engine/index.js';
import { procedureDeadlines, stateTitle } from '../catalogue/procedureFacts.js';

const DAY_MS = 86_400_000;

/**
 * What the deadline logic reads of a case view (caseTypes' CaseView satisfies it). Kept
 * structural here so this pure module, and its unit test under Node, need not load the UI kit.
 */
interface CaseTimes {
  history: { type: string; at: string; from?: unknown; to?: unknown }[];
  deadlines: { id?: string; dueAt: string; event: { type: string }; extended?: DeadlineExtension }[];
  /** The calendar of the case's Fristen; absent: exact periods (a case from before). */
  calendar?: FristCalendar;
}

/** Every active state of a state value as dot paths: `{ a: 'b' }` → `a`, `a.b`. */
export function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [prefix + key, ...activePaths(child, `${prefix}${key}.`)]);
}

/**
 * A state for people in `language`: the titles of its active leaf states (`meta.title` of the
 * definition, else the name humanised), parallel regions joined.
 */
export function stateName(value: unknown, def: ProcedureConfig | undefined, language: string): string {
  // The case list carries the state as one keyword: `a.x|b.y` for parallel regions.
  const paths = typeof value === 'string' ? value.split('|') : activePaths(value);
  const leaves = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`)));
  return leaves.map((p) => stateTitle(def, p, language)).join(', ');
}

/** The delay and state of a deadline event (`xstate.after.P1M.<procedure>.<state path>`); undefined for other events. */
export function parseDeadlineEvent(type: string, procedure: string): { delay: string; state: string } | undefined {
  const m = /^xstate\.after\.([^.]+)\.(.+)$/.exec(type);
  if (!m || !m[2]!.startsWith(`${procedure}.`)) return undefined;
  return { delay: m[1]!, state: m[2]!.slice(procedure.length + 1) };
}

/**
 * Calendar days in Berlin from `now` to the last day of the deadline ending at `dueAt` (a Frist
 * ending at 24:00 ends on that day, not the next): 0 ends today, 3 "noch 3 Tage", -2 overdue for 2 days.
 */
export function daysLeft(dueAt: string, now: Date): number {
  const day = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
  return Math.round((day(readDeadlineEnd(dueAt).day) - day(berlinDate(now))) / DAY_MS);
}

/** An extension of a running deadline by the authority (§ 42a Abs. 2 VwVfG: once, with a reason). */
export interface DeadlineExtension { previousDueAt: string; reason: string; at: string }

/** A deadline of a case: when it ends, what it means, and whether it is running, was met or lapsed. */
export interface CaseDeadlineInfo {
  delay: string;
  state: string;
  dueAt: string;
  description?: string;
  outcome: 'running' | 'met' | 'lapsed';
  /** When the case left the state (met) or the deadline fired (lapsed). */
  endedAt?: string;
  /** Set on a running deadline the authority extended. */
  extended?: DeadlineExtension;
}

/**
 * The deadlines of a case, past and running: every `after` of a state the case entered (from its
 * history, counted in the case's calendar as the workflow counted it), met when an event left
 * the state first, lapsed when the deadline's own event did; running ones from the case's timers.
 */
export function caseDeadlines(def: ProcedureConfig, view: CaseTimes): CaseDeadlineInfo[] {
  const described = procedureDeadlines(def);
  const meaning = (state: string, delay: string) => described.find((d) => d.state === state && d.delay === delay)?.description;
  const result: CaseDeadlineInfo[] = [];
  view.history.forEach((entry, i) => {
    const before = new Set(activePaths(entry.from));
    for (const state of activePaths(entry.to).filter((p) => !before.has(p))) {
      for (const d of described.filter((x) => x.state === state)) {
        const dueAt = new Date(deadlineEnd(d.delay, entry.at, view.calendar ?? 'exact')).toISOString();
        const left = view.history.slice(i + 1).find((e) => !activePaths(e.to).includes(state) || parseDeadlineEvent(e.type, def.id)?.state === state);
        if (!left) continue; // still in the state: one of the running timers below
        const lapsed = parseDeadlineEvent(left.type, def.id)?.state === state;
        result.push({ delay: d.delay, state, dueAt, ...(d.description ? { description: d.description } : {}), outcome: lapsed ? 'lapsed' : 'met', endedAt: left.at });
      }
    }
  });
  for (const timer of view.deadlines) {
    const parsed = parseDeadlineEvent(timer.event.type, def.id);
    if (!parsed) continue;
    const description = meaning(parsed.state, parsed.delay);
    const extended = timer.extended ? { previousDueAt: timer.extended.previousDueAt, reason: timer.extended.reason, at: timer.extended.at } : undefined;
    result.push({ ...parsed, dueAt: timer.dueAt, ...(description ? { description } : {}), outcome: 'running', ...(extended ? { extended } : {}) });
  }
  return result;
}
