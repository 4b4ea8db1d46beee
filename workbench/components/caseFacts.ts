import { berlinDate, readDeadlineEnd } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';

type StateNode = { meta?: { title?: { de?: string; en?: string } }; states?: Record<string, StateNode>; type?: string };

/** A date for people: "12. März 2027". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/** The last day of a deadline for people, in German time: a Frist that ends at 24:00 ends on that day, not the next. */
export function formatDeadlineDay(dueAt: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${readDeadlineEnd(dueAt).day}T12:00:00Z`));
}

/** Date and time for people: "12. März 2027, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Calendar days (German time) from today to the deadline's last day; negative once it is past. */
export function daysUntil(dueAt: string, now: Date): number {
  const day = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
  return Math.round((day(readDeadlineEnd(dueAt).day) - day(berlinDate(now))) / 86_400_000);
}

/** The state node at a dot path of the definition's machine. */
function stateAt(def: ProcedureConfig | undefined, path: string): StateNode | undefined {
  let states = def?.machine.states as Record<string, StateNode> | undefined;
  let node: StateNode | undefined;
  for (const name of path.split('.')) {
    node = states && Object.hasOwn(states, name) ? states[name] : undefined;
    states = node?.states;
  }
  return node;
}

/**
 * The leaf paths of a state keyword as the case list has it (workflows' stateKeyword): `a.x|b.y`,
 * parallel regions grouped in parentheses — `v.s.(b.angefragt|d.angefragt)`.
 */
function keywordPaths(keyword: string, prefix = ''): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < keyword.length; i += 1) {
    if (keyword[i] === '(') depth += 1;
    else if (keyword[i] === ')') depth -= 1;
    else if (keyword[i] === '|' && depth === 0) {
      parts.push(keyword.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(keyword.slice(start));
  return parts.flatMap((part) => {
    const open = part.indexOf('(');
    return open >= 0 && part.endsWith(')') ? keywordPaths(part.slice(open + 1, -1), prefix + part.slice(0, open)) : [prefix + part];
  });
}

/** Every active state path of a state value (`{ a: 'b' }` → `a`, `a.b`; a list keyword, see keywordPaths). */
function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return keywordPaths(value, prefix);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [prefix + key, ...activePaths(child, `${prefix}${key}.`)]);
}

/** A state for people: the titles of its active leaf states (`meta.title`), else their names. */
export function stateName(value: unknown, def: ProcedureConfig | undefined, language: string): string {
  const paths = activePaths(value);
  const leaves = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`)));
  return leaves.map((p) => {
    const title = stateAt(def, p)?.meta?.title;
    return (title && (language === 'en' ? title.en : title.de)) || p.split('.').at(-1)!;
  }).join(', ');
}

/** Whether the state a path names is final: firing an event that leads there ends the case. */
export function isFinalState(def: ProcedureConfig, path: string): boolean {
  return stateAt(def, path)?.type === 'final';
}

/** A short reference of a case for people and screen readers (the first block of its id). */
export function shortRef(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
