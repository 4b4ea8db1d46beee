import type { LeafGraph } from './leafGraph.js';
import type { ProcedureDefinition } from './resolveDefinition.js';
import type { Step } from './transition.js';

/** The active states of a step's snapshot as dot paths (`verfahren`, `verfahren.entscheidung`). */
export function activeStates(step: Step): string[] {
  return (step.snapshot._nodes as { path: string[] }[]).map((n) => n.path.join('.')).filter(Boolean);
}

/**
 * The states a step passed through without stopping: entered by one of its transitions (with
 * the children entered below a target; `initial` for a case's first step) and left again by an
 * eventless one in the same step. In the order entered.
 */
export function passedStates(def: ProcedureDefinition, graph: LeafGraph, step: Step, initial?: string): string[] {
  const targets = step.transitions.flatMap((id) => def.transitions.find((t) => t.id === id)?.target ?? []);
  if (initial !== undefined) targets.unshift(initial);
  const entered = targets.flatMap((target) => graph.enter(target).flatMap((leaf) => {
    const chain = [leaf, ...graph.ancestors(graph.byId.get(leaf)!).map((a) => a.id)];
    return chain.slice(0, chain.indexOf(target) + 1).reverse();
  }));
  const active = new Set(activeStates(step));
  return [...new Set(entered)].filter((s) => !active.has(s));
}
