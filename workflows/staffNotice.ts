import type { Actor, ProcedureConfig } from '../engine/index.js';
import type { TransitionRecord } from '../workers/index.js';

/**
 * What a transition owes the staff of the case's authority (their inbox `authority:<id>`): a
 * citizen's event that leaves the initial state submits the case ("newCase"); a later citizen's
 * event that changes the state answers the authority ("citizenAnswered": documents handed in, a
 * resubmission). Staff events and a citizen's event that keeps the state (a bid) owe nothing.
 * Decided in the workflow, where the definition is; delivered by the activity that records the
 * transition — activity input only, no new command, so histories from before replay unchanged.
 */
export function staffNoticeOf(definition: ProcedureConfig, from: unknown, to: unknown, event: { type: string; actor?: Actor }): TransitionRecord['staffNotice'] {
  const { actor, type } = event;
  if (!actor || definition.roles[actor.role]?.kind !== 'citizen' || from === null || JSON.stringify(from) === JSON.stringify(to)) return undefined;
  const top = typeof from === 'string' ? from : Object.keys(from as object)[0];
  if (top === definition.machine.initial) return { kind: 'newCase', title: definition.title };
  const named = Object.hasOwn(definition.events, type) ? definition.events[type]!.title : undefined;
  return { kind: 'citizenAnswered', title: definition.title, event: named ?? { de: type, en: type } };
}
