import type { AnyStateMachine } from 'xstate';
import { createCaseMachine } from './createCaseMachine.js';
import type { CaseEvent } from './createCaseMachine.js';
import { durationMs, parseDuration } from './duration.js';
import { checkEvent, startCase, transitionCase } from './transition.js';
import type { Step } from './transition.js';
import type { LocalizedText, ProcedureConfig } from './types.js';
import type { FormCheck } from './formSamples.js';
import { validateForm } from './validateForm.js';

/**
 * One entry of a scenario (the file `amtsweg simulate` reads, the designer downloads): a
 * party's event; `{ "deadline": "P1M" }` fires that running deadline at once (`true`: the
 * first running one); `{ "advance": "P14D" }` moves the clock on and fires every deadline due
 * by then, in order (`"deadline"`: to the next due deadline). `at` pins an event's time.
 */
export type ScenarioEntry =
  | { type: string; role?: string; data?: Record<string, unknown>; at?: string }
  | { deadline: string | true; at?: string }
  | { advance: string };

/** A running `after` deadline: the timer's id, the event it fires and when it is due (ISO). */
export interface PendingDeadline {
  id: string;
  event: string;
  due: string;
}

/** Where a simulated case stands: the engine's last step, the clock and the running deadlines. */
export interface SimulationState {
  step: Step;
  clock: string;
  deadlines: PendingDeadline[];
}

/** One engine step a scenario entry caused (an advance can fire several deadlines). */
export interface SimulatedStep {
  /** `SUBMIT (applicant)` or the fired timer's id. */
  label: string;
  deadline?: PendingDeadline;
  at: string;
  step: Step;
}

/** What applying an entry gave: the new state and its steps, or why it was refused. */
export type SimulationOutcome =
  | { ok: true; state: SimulationState; steps: SimulatedStep[] }
  | { ok: false; reasons: SimulationRefusal[] };

/** Why an entry was refused: `code` is stable (an `EventRejection` code, `form-invalid`, `no-deadline`, `bad-duration`). */
export interface SimulationRefusal {
  code: string;
  message: LocalizedText;
}

/** A procedure ready to simulate: its configuration and machine. */
export interface Simulator {
  def: ProcedureConfig;
  machine: AnyStateMachine;
  /** How form data is checked (the engine's `validateForm` unless the caller gave another). */
  check: FormCheck;
}

/** Where a simulation's clock starts unless told otherwise (`amtsweg simulate --at`, the designer). */
export const SIMULATION_START = '2026-01-05T08:00:00.000Z';

const iso = (ms: number) => new Date(ms).toISOString();

function withTimers(deadlines: PendingDeadline[], step: Step, at: string, fired?: string): PendingDeadline[] {
  const cancelled = new Set([...step.timers.cancel, ...(fired ? [fired] : [])]);
  const kept = deadlines.filter((d) => !cancelled.has(d.id));
  const started = step.timers.start.map((t) => ({ id: t.id, event: t.event.type, due: iso(Date.parse(at) + t.delayMs) }));
  const ids = new Set(started.map((d) => d.id));
  return [...kept.filter((d) => !ids.has(d.id)), ...started].sort((a, b) => a.due.localeCompare(b.due));
}

/**
 * Builds the machine and the initial state of a simulated case at `at` (ISO instant); `check`
 * validates form data (default: the engine's `validateForm`).
 */
export function startSimulation(def: ProcedureConfig, at: string, check: FormCheck = (form, data) => validateForm(def, form, data)): { simulator: Simulator; state: SimulationState } {
  const machine = createCaseMachine(def);
  const step = startCase(machine, { id: 'simulation', procedure: def.id, version: def.version }, at);
  return { simulator: { def, machine, check }, state: { step, clock: at, deadlines: withTimers([], step, at) } };
}

/** The next deadline due (the earliest), if one is running. */
export function nextDeadline(state: SimulationState): PendingDeadline | undefined {
  return state.deadlines[0];
}

function fire(sim: Simulator, state: SimulationState, deadline: PendingDeadline, at: string): { state: SimulationState; step: SimulatedStep } {
  const step = transitionCase(sim.machine, state.step.snapshot, { type: deadline.event, at });
  return { state: { step, clock: state.clock, deadlines: withTimers(state.deadlines, step, at, deadline.id) }, step: { label: deadline.id, deadline, at, step } };
}

const refused = (code: string, de: string, en: string): SimulationOutcome => ({ ok: false, reasons: [{ code, message: { de, en } }] });

/** Moves the clock to `until` (ISO) and fires each deadline due by then at its due time, in order. */
function advanceTo(sim: Simulator, start: SimulationState, until: string): SimulationOutcome {
  let state = start;
  const steps: SimulatedStep[] = [];
  for (let d = nextDeadline(state); d && d.due <= until && state.step.snapshot.status === 'active'; d = nextDeadline(state)) {
    const fired = fire(sim, state, d, d.due);
    state = fired.state;
    steps.push(fired.step);
  }
  return { ok: true, state: { ...state, clock: until }, steps };
}

/**
 * Applies one scenario entry like the workflow would: an event is checked (declared, role,
 * state, guard) and its form data validated; a deadline fires only when running; an advance
 * moves the clock and fires what falls due. Pure: the given state is not changed.
 */
export function applyEntry(sim: Simulator, state: SimulationState, entry: ScenarioEntry): SimulationOutcome {
  if ('advance' in entry) {
    if (entry.advance === 'deadline') {
      const next = nextDeadline(state);
      if (!next) return refused('no-deadline', 'Es läuft keine Frist.', 'No deadline is running.');
      return advanceTo(sim, state, next.due < state.clock ? state.clock : next.due);
    }
    if (!parseDuration(entry.advance)) return refused('bad-duration', `„${entry.advance}“ ist keine ISO-8601-Dauer.`, `"${entry.advance}" is not an ISO 8601 duration.`);
    return advanceTo(sim, state, iso(Date.parse(state.clock) + durationMs(entry.advance, new Date(state.clock))));
  }
  const at = entry.at ?? state.clock;
  if ('deadline' in entry) {
    const d = state.deadlines.find((x) => entry.deadline === true || x.id.startsWith(`xstate.after.${entry.deadline}.`));
    if (!d) return refused('no-deadline', `Die Frist ${String(entry.deadline)} läuft nicht.`, 'no such deadline is running');
    const fired = fire(sim, state, d, at);
    return { ok: true, state: fired.state, steps: [fired.step] };
  }
  const declared = Object.hasOwn(sim.def.events, entry.type) ? sim.def.events[entry.type] : undefined;
  const role = entry.role ?? declared?.by[0] ?? 'unknown';
  const event: CaseEvent = { type: entry.type, at, actor: { id: `sim-${role}`, role }, ...(entry.data ? { data: entry.data } : {}) };
  const check = checkEvent(sim.def, state.step.snapshot, event, event.actor);
  if (!check.ok) return { ok: false, reasons: [{ code: check.error.code, message: check.error.message }] };
  if (declared?.form !== undefined) {
    const form = sim.check(declared.form, entry.data ?? {});
    if (!form.ok) return { ok: false, reasons: form.errors.map((e) => ({ code: 'form-invalid', message: { de: `Formular ${declared.form}${e.path}: ${e.message.de}`, en: `form ${declared.form}${e.path}: ${e.message.en}` } })) };
  }
  const step = transitionCase(sim.machine, state.step.snapshot, event);
  return { ok: true, state: { step, clock: state.clock, deadlines: withTimers(state.deadlines, step, at) }, steps: [{ label: `${entry.type} (${role})`, at, step }] };
}
