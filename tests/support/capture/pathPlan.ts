// What the history capture drives for one path of a catalogue procedure: the path as the engine
// enumerates it (generatePaths), a stable file name, and the definition the case runs on — the
// catalogue's own, or, where the path waits for a deadline, a copy whose fired deadlines last
// seconds instead of months (a Temporal dev server cannot skip time).
import { generatePaths } from '../../../engine/index.js';
import type { CasePath, PathStep, ProcedureConfig } from '../../../engine/index.js';

/** Seconds between the start of a path's deadline and its firing, per place in the path (1st, 2nd, …). */
export const DEADLINE_STEP_SECONDS = 6;

/** One path to capture. */
export interface PathPlan {
  procedure: string;
  version: number;
  /** File name without extension: the path's events, e.g. `submit_request-documents_after-nachforderung`. */
  name: string;
  steps: PathStep[];
  /** The definition the case starts on (the catalogue's, or with short deadlines). */
  definition: ProcedureConfig;
  /** Deadline events renamed by the short durations: catalogue event type → event type in this case. */
  deadlines: Record<string, string>;
  final: string;
}

const TIMER = /^xstate\.after\.([^.]+)\.([^.]+)\.(.+)$/;

/** `SUBMIT_DOCUMENTS` → `submit-documents`; a deadline → `after-<its state>`; a sample index → `-s1`. */
function stepName(step: PathStep): string {
  const timer = TIMER.exec(step.event.type);
  const base = timer ? `after-${timer[3]!.split('.').slice(-2).join('-')}` : step.event.type.toLowerCase().replaceAll('_', '-');
  return step.sample !== undefined ? `${base}-s${step.sample}` : base;
}

/** The state node of a deadline event (`xstate.after.P1M.<machine>.<state path>`). */
function stateNode(def: ProcedureConfig, statePath: string): Record<string, unknown> {
  let node = def.machine as unknown as { states?: Record<string, unknown> };
  for (const key of statePath.split('.')) {
    node = node.states?.[key] as typeof node;
    if (!node) throw new Error(`${def.id}: no state ${statePath}`);
  }
  return node as Record<string, unknown>;
}

/**
 * A copy of `def` in which each deadline the path fires lasts `DEADLINE_STEP_SECONDS` × its place
 * among the fired ones (exact seconds, not a Frist); deadlines the path does not fire keep their
 * legal length and never fire during the capture.
 */
function withFiredDeadlines(def: ProcedureConfig, steps: PathStep[]): { definition: ProcedureConfig; deadlines: Record<string, string> } {
  const definition = structuredClone(def);
  const deadlines: Record<string, string> = {};
  for (const step of steps) {
    const timer = TIMER.exec(step.event.type);
    if (!timer || deadlines[step.event.type]) continue;
    const [, duration, machine, statePath] = timer;
    const short = `PT${DEADLINE_STEP_SECONDS * (Object.keys(deadlines).length + 1)}S`;
    const node = stateNode(definition, statePath!);
    const after = node.after as Record<string, unknown>;
    node.after = Object.fromEntries(Object.entries(after).map(([d, t]) => [d === duration ? short : d, t]));
    deadlines[step.event.type] = `xstate.after.${short}.${machine}.${statePath}`;
  }
  return { definition, deadlines };
}

/** Every path of every procedure of the catalogue, in catalogue and path order. */
export function planPaths(catalogue: Map<string, ProcedureConfig>): PathPlan[] {
  const plans: PathPlan[] = [];
  for (const def of catalogue.values()) {
    const report = generatePaths(def);
    if (report.truncated) throw new Error(`${def.id}: path generation was cut short; raise maxPaths/maxDepth`);
    const names = new Set<string>();
    report.paths.forEach((path: CasePath) => {
      const name = path.steps.map(stepName).join('_');
      if (names.has(name)) throw new Error(`${def.id}: two paths named ${name}`);
      names.add(name);
      plans.push({ procedure: def.id, version: def.version, name, steps: path.steps, ...withFiredDeadlines(def, path.steps), final: JSON.stringify(path.final) });
    });
  }
  return plans;
}
