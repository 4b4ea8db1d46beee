import type { ProcedureConfig, StateConfig } from '../../engine/index.js';

/** The states active when a case starts: the initial state, its initial children, every region of a parallel one. */
function startStates(states: Record<string, StateConfig> | undefined, initial: string | undefined, parallel = false): StateConfig[] {
  if (!states) return [];
  const entered = parallel ? Object.values(states) : initial !== undefined && Object.hasOwn(states, initial) ? [states[initial]!] : [];
  return entered.flatMap((s) => [s, ...startStates(s.states, s.initial, s.type === 'parallel')]);
}

/**
 * Whether staff of the procedure act first in a case (a tender's notice, say): an event of a
 * staff role is accepted in the states a case starts in. Then the case is no citizen's draft.
 */
export function staffActsFirst(def: ProcedureConfig): boolean {
  const events = startStates(def.machine.states, def.machine.initial).flatMap((s) => Object.keys(s.on ?? {}));
  return events.some((e) => Object.hasOwn(def.events, e) && def.events[e]!.by.some((r) => def.roles[r]?.kind === 'staff'));
}

/**
 * Whether a citizen can act in a case as it starts: an event of a citizen role is accepted in
 * its start states. If not (a tender waits for its notice), no citizen may open such a case.
 */
export function citizenActsFirst(def: ProcedureConfig): boolean {
  const events = startStates(def.machine.states, def.machine.initial).flatMap((s) => Object.keys(s.on ?? {}));
  return events.some((e) => Object.hasOwn(def.events, e) && def.events[e]!.by.some((r) => def.roles[r]?.kind === 'citizen'));
}

/**
 * Whether staff may see a case: once anything happened in it (`seq` > 0: in practice the
 * citizen's first submission) or from the start where staff act first. Before that the case is
 * the citizen's draft and belongs to the citizen alone.
 */
export function visibleToStaff(def: ProcedureConfig, seq: number): boolean {
  return seq > 0 || staffActsFirst(def);
}
