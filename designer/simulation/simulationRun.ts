import { SIMULATION_START, acceptedEvents, applyEntry, formSamples, startSimulation } from '../../engine/index.js';
import type { FormCheck, ProcedureConfig, ScenarioEntry, SimulatedStep, SimulationRefusal, SimulationState, Simulator } from '../../engine/index.js';

/** One entry of the simulation's log: what was applied and the state it led to. */
export interface LogEntry {
  entry: ScenarioEntry;
  steps: SimulatedStep[];
  state: SimulationState;
}

/** A simulation in the designer: the start, the log (newest last); the current state is the last entry's. */
export interface SimulationRun {
  simulator: Simulator;
  start: SimulationState;
  log: LogEntry[];
}

/** An event the current state accepts for a role, with the sample data its form's examples give. */
export interface OfferedEvent {
  type: string;
  form?: string;
  samples: Record<string, unknown>[];
}

/**
 * A new run of a definition with the clock at `at` (the CLI's default start unless given);
 * `check` validates form data (the browser's, see browserFormCheck; else the engine's).
 */
export function startRun(def: ProcedureConfig, at: string = SIMULATION_START, check?: FormCheck): SimulationRun {
  const { simulator, state } = startSimulation(def, at, check);
  return { simulator, start: state, log: [] };
}

/** The state the run stands at now. */
export function currentState(run: SimulationRun): SimulationState {
  return run.log.at(-1)?.state ?? run.start;
}

/** Applies an entry to the current state; refused entries leave the run unchanged and say why. */
export function applyToRun(run: SimulationRun, entry: ScenarioEntry): { ok: true; run: SimulationRun } | { ok: false; reasons: SimulationRefusal[] } {
  const outcome = applyEntry(run.simulator, currentState(run), entry);
  if (!outcome.ok) return outcome;
  return { ok: true, run: { ...run, log: [...run.log, { entry, steps: outcome.steps, state: outcome.state }] } };
}

/** Time travel: back to the state after log entry `index` (-1: the start); later entries are dropped. */
export function goBack(run: SimulationRun, index: number): SimulationRun {
  return { ...run, log: run.log.slice(0, Math.max(0, index + 1)) };
}

/** The run as a scenario file's content (what `amtsweg simulate` reads). */
export function scenarioOf(run: SimulationRun): ScenarioEntry[] {
  return run.log.map((l) => l.entry);
}

/**
 * Replays a scenario on a (changed) definition: the entries that still apply, in order, up to
 * the first one refused; `dropped` counts the entries from there on.
 */
export function replay(def: ProcedureConfig, scenario: ScenarioEntry[], at: string = SIMULATION_START, check?: FormCheck): { run: SimulationRun; dropped: number } {
  let run = startRun(def, at, check);
  for (const [i, entry] of scenario.entries()) {
    const next = applyToRun(run, entry);
    if (!next.ok) return { run, dropped: scenario.length - i };
    run = next.run;
  }
  return { run, dropped: 0 };
}

/** The events the current state accepts that `role` may fire (guards are checked on sending). */
export function offeredEvents(run: SimulationRun, role: string): OfferedEvent[] {
  const { def } = run.simulator;
  return acceptedEvents(def, currentState(run).step.snapshot).flatMap((type) => {
    const event = def.events[type]!;
    if (!event.by.includes(role)) return [];
    return [{ type, ...(event.form !== undefined ? { form: event.form } : {}), samples: event.form !== undefined ? formSamples(def.forms ?? {}, event.form, run.simulator.check) : [] }];
  });
}

/** The active leaf states as dot paths (`verfahren.stellungnahmen.brandschutz.angefragt`). */
export function activeLeaves(state: SimulationState): string[] {
  return (state.step.snapshot._nodes as { path: string[]; type: string }[])
    .filter((n) => n.type === 'atomic' || n.type === 'final')
    .map((n) => n.path.join('.'));
}
