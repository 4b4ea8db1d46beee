import { createActor, initialTransition, transition as xstateTransition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { TRANSITION_MARK } from './createCaseMachine.js';
import type { Actor, CaseEvent, CaseInfo } from './createCaseMachine.js';
import { EFFECT_TYPES } from './types.js';
import type { Effect, LocalizedText, ProcedureConfig } from './types.js';

export type { Effect } from './types.js';

/** A deadline timer to start: fire `event` after `delayMs`. */
export interface TimerStart {
  id: string;
  delayMs: number;
  event: { type: string };
}

/**
 * What one step of a case produced, all plain serialisable data. A step is a whole XState
 * macrostep: the event's transition and every eventless (`always`) transition after it, with
 * their exit, transition and entry effects in the order they ran.
 */
export interface Step {
  snapshot: AnyMachineSnapshot;
  effects: Effect[];
  timers: { start: TimerStart[]; cancel: string[] };
  /** JSON pointers of the definition's transitions this step took, in order (for coverage). */
  transitions: string[];
}

/** Why an event was refused; `code` is stable, `message` is for people. */
export interface EventRejection {
  code: 'unknown-event' | 'role-not-allowed' | 'not-accepted-in-state' | 'guard-failed' | 'case-closed' | 'already-approved';
  message: LocalizedText;
}

const effectTypes = new Set<string>(EFFECT_TYPES);

function toStep(snapshot: AnyMachineSnapshot, actions: { type: string; params?: unknown }[]): Step {
  const step: Step = { snapshot, effects: [], timers: { start: [], cancel: [] }, transitions: [] };
  for (const action of actions) {
    const params = (action.params ?? {}) as Record<string, unknown>;
    if (effectTypes.has(action.type)) {
      step.effects.push({ type: action.type, params } as Effect);
    } else if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
      step.timers.start.push({ id: String(params.id), delayMs: params.delay, event: params.event as { type: string } });
    } else if (action.type === 'xstate.cancel') {
      // A deadline of a state the step passed through (a transient one) starts and ends here.
      const id = String(params.sendId);
      const started = step.timers.start.findIndex((t) => t.id === id);
      if (started >= 0) step.timers.start.splice(started, 1);
      else step.timers.cancel.push(id);
    } else if (action.type === TRANSITION_MARK) {
      step.transitions.push(String(params.id));
    }
  }
  return step;
}

/** The first step of a new case: initial state, its entry effects and deadlines. */
export function startCase(machine: AnyStateMachine, info: CaseInfo, at: string): Step {
  const [snapshot, actions] = initialTransition(machine, { case: info, at });
  return toStep(snapshot, actions);
}

/** Applies an event that `checkEvent` accepted (or a fired deadline) to a snapshot. */
export function transitionCase(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: CaseEvent): Step {
  const [next, actions] = xstateTransition(machine, snapshot, event as never);
  return toStep(next, actions);
}

/** Event types the current state has a transition for (guards not evaluated), in declaration order. */
export function acceptedEvents(def: ProcedureConfig, snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const own = new Set<string>((snapshot._nodes as { ownEvents: string[] }[]).flatMap((n) => n.ownEvents));
  return Object.keys(def.events).filter((type) => own.has(type));
}

/**
 * Checks an event against the definition and the current state without changing anything:
 * declared, fired by a permitted role, accepted by the state, guard satisfied.
 */
export function checkEvent(
  def: ProcedureConfig, snapshot: AnyMachineSnapshot, event: CaseEvent, actor?: Actor,
): { ok: true } | { ok: false; error: EventRejection } {
  const declared = Object.hasOwn(def.events, event.type) ? def.events[event.type] : undefined;
  if (!declared) {
    return { ok: false, error: { code: 'unknown-event', message: {
      de: `Das Ereignis „${event.type}“ ist im Verfahren ${def.id} nicht vorgesehen.`,
      en: `Event "${event.type}" is not declared in procedure ${def.id}.`,
    } } };
  }
  if (snapshot.status !== 'active') {
    return { ok: false, error: { code: 'case-closed', message: {
      de: 'Der Vorgang ist abgeschlossen und nimmt keine Ereignisse mehr an.',
      en: 'The case is closed and accepts no further events.',
    } } };
  }
  if (actor && !declared.by.includes(actor.role)) {
    return { ok: false, error: { code: 'role-not-allowed', message: {
      de: `Die Rolle „${actor.role}“ darf „${event.type}“ nicht auslösen (erlaubt: ${declared.by.join(', ')}).`,
      en: `Role "${actor.role}" may not fire "${event.type}" (allowed: ${declared.by.join(', ')}).`,
    } } };
  }
  const state = JSON.stringify(snapshot.value);
  if (!acceptedEvents(def, snapshot).includes(event.type)) {
    return { ok: false, error: { code: 'not-accepted-in-state', message: {
      de: `Im Zustand ${state} ist „${event.type}“ nicht möglich.`,
      en: `Event "${event.type}" is not accepted in state ${state}.`,
    } } };
  }
  if (!snapshot.can(event)) {
    return { ok: false, error: { code: 'guard-failed', message: {
      de: `Die Bedingung für „${event.type}“ ist im Zustand ${state} nicht erfüllt.`,
      en: `The condition for "${event.type}" is not met in state ${state}.`,
    } } };
  }
  return { ok: true };
}

/** Serialisable form of a snapshot, for continue-as-new and storage. */
export function persistCase(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): unknown {
  return machine.getPersistedSnapshot(snapshot);
}

/** Restores a snapshot saved with `persistCase`. */
export function restoreCase(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  return createActor(machine, { snapshot: persisted as never, input: {} as never }).getSnapshot();
}
