import { acceptedEvents, createCaseMachine, startCase } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';

const startEvents = new WeakMap<ProcedureConfig, string[]>();

/**
 * The events a case accepts as it starts, as the engine computes its first step: initial
 * children, every region of a parallel state, and past eventless (`always`) transitions.
 */
function eventsAtStart(def: ProcedureConfig): string[] {
  let events = startEvents.get(def);
  if (!events) {
    const start = startCase(createCaseMachine(def), { id: 'start', procedure: def.id, version: def.version }, new Date(0).toISOString());
    events = acceptedEvents(def, start.snapshot);
    startEvents.set(def, events);
  }
  return events;
}

/**
 * Whether staff of the procedure act first in a case (a tender's notice, say): an event of a
 * staff role is accepted in the states a case starts in. Then the case is no citizen's draft.
 */
export function staffActsFirst(def: ProcedureConfig): boolean {
  return eventsAtStart(def).some((e) => def.events[e]!.by.some((r) => def.roles[r]?.kind === 'staff'));
}

/**
 * Whether a citizen can act in a case as it starts: an event of a citizen role is accepted in
 * its start states. If not (a tender waits for its notice), no citizen may open such a case.
 */
export function citizenActsFirst(def: ProcedureConfig): boolean {
  return eventsAtStart(def).some((e) => def.events[e]!.by.some((r) => def.roles[r]?.kind === 'citizen'));
}

/**
 * Whether staff may see a case: once anything happened in it (`seq` > 0: in practice the
 * citizen's first submission) or from the start where staff act first. Before that the case is
 * the citizen's draft and belongs to the citizen alone.
 */
export function visibleToStaff(def: ProcedureConfig, seq: number): boolean {
  return seq > 0 || staffActsFirst(def);
}
