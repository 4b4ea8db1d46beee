import type { StateValue } from 'xstate';
import { createCaseMachine } from './createCaseMachine.js';
import type { CaseEvent } from './createCaseMachine.js';
import { issue } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { formSamples, sampleProblem } from './formSamples.js';
import type { FormCheck } from './formSamples.js';
import { inspectGuard } from './inspectGuard.js';
import { leafGraph } from './leafGraph.js';
import { activeStates, passedStates } from './passedStates.js';
import { resolveDefinition } from './resolveDefinition.js';
import type { ProcedureDefinition } from './resolveDefinition.js';
import { acceptedEvents, checkEvent, startCase, transitionCase } from './transition.js';
import type { Effect, Step } from './transition.js';
import type { ProcedureConfig } from './types.js';

/** One step of a generated path: the event sent and what the engine returned. */
export interface PathStep {
  event: CaseEvent;
  /** Which of the form's samples the event carries (0-based), when the form has several. */
  sample?: number;
  state: StateValue;
  /** States the step passed through without stopping (transient states, left by an eventless transition). */
  passed?: string[];
  effects: Effect[];
  timers: { start: string[]; cancel: string[] };
  transitions: string[];
}

/** A path from the initial state to a final state. */
export interface CasePath {
  final: StateValue;
  steps: PathStep[];
}

/** Share of states and transitions that the generated paths reach; `missing` lists the rest. */
export interface Coverage {
  reached: number;
  total: number;
  missing: string[];
}

/** All simple paths of a definition and the coverage they reach. */
export interface PathReport {
  initial: { state: StateValue; effects: Effect[] };
  paths: CasePath[];
  coverage: { states: Coverage; transitions: Coverage };
  /** True when `maxPaths` or `maxDepth` cut the search short. */
  truncated: boolean;
  /**
   * Why paths stop short, for the author: events a reached state accepts that were never sent
   * because their form has no valid sample input (`form-no-sample`), and guarded transitions no
   * path took whose event's form has no `examples` (`guard-no-example`).
   */
  unsent: DefinitionIssue[];
}

/** Options of `generatePaths`; `at` is the (fixed) time of every event. */
export interface PathOptions {
  at?: string;
  maxPaths?: number;
  maxDepth?: number;
  /** How sample data is checked (default: the engine's `validateForm`; the browser gives its own). */
  validateForm?: FormCheck;
}

type Node = { step: Step; timers: Map<string, string> };

function nodeKey(node: Node): string {
  const { value, context } = node.step.snapshot;
  return JSON.stringify([value, context.data, [...node.timers.keys()].sort()]);
}

/**
 * Guarded transitions no path took that read a form without `examples` (as `event.data.…` or
 * `data.<form>.…`): the one generated sample satisfies at most one branch, so the author must
 * show the data for the others.
 */
function unexampledGuards(def: ProcedureDefinition, reached: Set<string>, unsent: Map<string, string[]>): DefinitionIssue[] {
  const unexampled = (form: string | undefined) => {
    if (form !== undefined && unsent.has(form)) return false; // explained as form-no-sample
    const examples = form !== undefined ? def.forms[form]?.schema.examples : undefined;
    return form !== undefined && Object.hasOwn(def.forms, form) && !(Array.isArray(examples) && examples.length);
  };
  return def.transitions.flatMap((t) => {
    if (reached.has(t.id) || t.guard === undefined || typeof t.guard !== 'object') return [];
    const eventForm = t.trigger.kind === 'event' ? def.events[t.trigger.event]?.form : undefined;
    const read = inspectGuard(t.guard).vars.map(({ path }) => path.split('.')).map(([root, second]) => (root === 'event' ? eventForm : root === 'data' ? second : undefined));
    const form = read.find(unexampled);
    if (form === undefined) return [];
    return [issue(`${t.id}/guard`, 'guard-no-example',
      `Kein Pfad nimmt diesen Übergang: seine Bedingung liest das Formular „${form}“, das keine \`examples\` hat, und die eine erzeugte Probe erfüllt sie nicht. Tragen Sie unter \`examples\` eine Eingabe ein, die sie erfüllt.`,
      `No path takes this transition: its guard reads form "${form}", which has no \`examples\`, and the one generated sample does not satisfy it. Add under \`examples\` an input that satisfies it.`)];
  });
}

/**
 * Generates every simple path from the initial state to a final state by driving the real
 * engine (`startCase`, `checkEvent`, `transitionCase`): each event the state accepts is fired by
 * its first role with each sample of its form (`formSamples`), and each pending deadline is
 * fired. A targetless transition (a loop on the same state) is taken once per path. The engine
 * takes eventless transitions within a step; the states a step passed through count as reached.
 * Reports which states and transitions the paths reach.
 */
export function generatePaths(config: ProcedureConfig, options: PathOptions = {}): PathReport {
  const at = options.at ?? '2026-01-05T08:00:00.000Z';
  const maxPaths = options.maxPaths ?? 1000;
  const maxDepth = options.maxDepth ?? 40;
  const def = resolveDefinition(config);
  const machine = createCaseMachine(config);
  const start = startCase(machine, { id: 'simulation', procedure: def.id, version: def.version }, at);
  const graph = leafGraph(def);
  const passed = (step: Step, initial?: string) => passedStates(def, graph, step, initial);
  const timersAfter = (timers: Map<string, string>, step: Step, fired?: string) => {
    const next = new Map(timers);
    if (fired) next.delete(fired);
    for (const id of step.timers.cancel) next.delete(id);
    for (const t of step.timers.start) next.set(t.id, t.event.type);
    return next;
  };
  const root: Node = { step: start, timers: timersAfter(new Map(), start) };

  type Candidate = { event: CaseEvent; timer?: string; sample?: number };
  const unsent = new Map<string, string[]>();
  const candidates = (node: Node): Candidate[] => {
    const out: Candidate[] = [];
    for (const type of acceptedEvents(def, node.step.snapshot)) {
      const event = def.events[type]!;
      const actor = { id: `sim-${event.by[0]!}`, role: event.by[0]! };
      const samples = event.form !== undefined ? formSamples(def.forms, event.form, options.validateForm) : [undefined];
      if (!samples.length) unsent.set(event.form!, [...new Set([...(unsent.get(event.form!) ?? []), type])]);
      samples.forEach((data, i) => out.push({ event: { type, at, actor, ...(data ? { data } : {}) }, ...(samples.length > 1 ? { sample: i } : {}) }));
    }
    for (const [id, type] of node.timers) out.push({ event: { type, at }, timer: id });
    return out;
  };

  const paths: CasePath[] = [];
  const reachedStates = new Set<string>([...activeStates(start), ...passed(start, def.machine.initial)]);
  const reachedTransitions = new Set<string>();
  let truncated = false;
  const trail: { node: Node; step?: PathStep }[] = [];
  const onPath = new Set<string>();
  const usedLoops = new Set<string>();

  const visit = (node: Node, step: PathStep | undefined) => {
    if (paths.length >= maxPaths) return void (truncated = true);
    trail.push({ node, ...(step ? { step } : {}) });
    const key = nodeKey(node);
    onPath.add(key);
    if (node.step.snapshot.status === 'done') {
      const steps = trail.flatMap((t) => (t.step ? [t.step] : []));
      paths.push({ final: node.step.snapshot.value, steps });
      for (const t of trail) activeStates(t.node.step).forEach((s) => reachedStates.add(s));
      for (const s of steps) {
        s.transitions.forEach((t) => reachedTransitions.add(t));
        s.passed?.forEach((id) => reachedStates.add(id));
      }
    } else if (trail.length > maxDepth) {
      truncated = true;
    } else {
      const seen = new Set<string>();
      for (const { event, timer, sample } of candidates(node)) {
        if (!timer && !checkEvent(def, node.step.snapshot, event, event.actor).ok) continue;
        const next = transitionCase(machine, node.step.snapshot, event);
        const child: Node = { step: next, timers: timersAfter(node.timers, next, timer) };
        const childKey = nodeKey(child);
        const loop = `${key}|${event.type}`;
        const edge = `${childKey}|${next.transitions.join(',')}`;
        if (seen.has(edge) || (childKey === key ? usedLoops.has(loop) : onPath.has(childKey))) continue;
        seen.add(edge);
        if (childKey === key) usedLoops.add(loop);
        const through = passed(next);
        const pathStep: PathStep = {
          event, ...(sample !== undefined ? { sample } : {}), state: next.snapshot.value, ...(through.length ? { passed: through } : {}),
          effects: next.effects, transitions: next.transitions,
          timers: { start: next.timers.start.map((t) => t.id), cancel: next.timers.cancel },
        };
        if (childKey === key) onPath.delete(key);
        visit(child, pathStep);
        if (childKey === key) {
          onPath.add(key);
          usedLoops.delete(loop);
        }
      }
    }
    trail.pop();
    onPath.delete(key);
  };
  visit(root, undefined);

  const coverage = (all: string[], reached: Set<string>): Coverage => ({
    reached: all.filter((x) => reached.has(x)).length, total: all.length, missing: all.filter((x) => !reached.has(x)),
  });
  return {
    initial: { state: start.snapshot.value, effects: start.effects },
    paths,
    coverage: { states: coverage(def.states.map((s) => s.id), reachedStates), transitions: coverage(def.transitions.map((t) => t.id), reachedTransitions) },
    truncated,
    unsent: [
      ...[...unsent].flatMap(([form, events]) => sampleProblem(def.forms, form, events) ?? []),
      ...unexampledGuards(def, reachedTransitions, unsent),
    ],
  };
}
