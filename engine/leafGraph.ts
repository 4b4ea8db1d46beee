import type { ProcedureDefinition, StateInfo, TransitionInfo } from './resolveDefinition.js';

/** A way out of a leaf state: the transition (its own or an ancestor's) and the leaves it enters. */
export interface LeafEdge {
  transition: TransitionInfo;
  to: string[];
}

/**
 * The statechart as a graph over its leaf states, the states a case actually stands in.
 * Parallel regions count independently: the final leaf of a region leads to the parallel
 * state's `onDone`, as if the other regions were done.
 */
export interface LeafGraph {
  byId: Map<string, StateInfo>;
  leaves: StateInfo[];
  /** The leaves a case stands in when it starts (before any eventless transition). */
  initial: string[];
  /**
   * Per leaf, every transition that can leave it: its eventless ones first, in the order XState
   * tries them (the leaf's own, then its ancestors'), then the rest in document order. A
   * transient leaf keeps only the eventless ones up to the first unguarded one.
   */
  edges: Map<string, LeafEdge[]>;
  /** Leaves reachable from the start over any edge, guards assumed satisfiable. */
  reached: Set<string>;
  /** Leaves no case rests in: an unguarded eventless (`always`) transition leaves them at once. */
  transient: Set<string>;
  /** Parent, grandparent, … of a state. */
  ancestors(s: StateInfo): StateInfo[];
  /** The leaves entered when a transition targets state `id` (initial children, every region). */
  enter(id: string): string[];
}

/** Whether a guard is absent or the literal `true`: the transition is taken unconditionally. */
export const unguarded = (t: TransitionInfo): boolean => t.guard === undefined || t.guard === true;

/** Builds the leaf graph of a resolved definition. */
export function leafGraph(def: ProcedureDefinition): LeafGraph {
  const byId = new Map(def.states.map((s) => [s.id, s]));
  const ancestors = (s: StateInfo): StateInfo[] => (s.parent ? [byId.get(s.parent)!, ...ancestors(byId.get(s.parent)!)] : []);
  const enter = (id: string): string[] => {
    const s = byId.get(id)!;
    if (s.kind === 'parallel') return s.children.flatMap(enter);
    if (s.kind === 'compound' || s.children.length) {
      const initial = s.config.initial !== undefined ? `${s.id}.${s.config.initial}` : undefined;
      return initial && byId.has(initial) ? enter(initial) : [];
    }
    return [id];
  };
  const leaves = def.states.filter((s) => s.children.length === 0);
  const edges = new Map<string, LeafEdge[]>();
  const transient = new Set<string>();
  for (const leaf of leaves) {
    const scope = [leaf, ...ancestors(leaf)].map((s) => s.id);
    const eventless = scope.flatMap((id) => def.transitions.filter((t) => t.trigger.kind === 'always' && t.source === id));
    const fallback = eventless.findIndex(unguarded);
    let out = def.transitions.filter((t) => t.trigger.kind !== 'done' && t.trigger.kind !== 'always' && scope.includes(t.source));
    if (leaf.kind === 'final' && leaf.parent) {
      // A final child completes its parent (or, in a region, the parallel state above it).
      const parent = byId.get(leaf.parent)!;
      const owner = parent.parent && byId.get(parent.parent)?.kind === 'parallel' ? byId.get(parent.parent)! : parent;
      out.push(...def.transitions.filter((t) => t.trigger.kind === 'done' && (t.source === parent.id || t.source === owner.id)));
    }
    if (fallback >= 0) {
      transient.add(leaf.id);
      out = eventless.slice(0, fallback + 1);
    } else {
      out = [...eventless, ...out];
    }
    edges.set(leaf.id, out.map((t) => ({ transition: t, to: t.target ? enter(t.target) : [] })));
  }
  const initial = byId.has(def.machine.initial) ? enter(def.machine.initial) : [];
  const reached = new Set<string>();
  const queue = [...initial];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const edge of edges.get(id) ?? []) queue.push(...edge.to);
  }
  return { byId, leaves, initial, edges, reached, transient, ancestors, enter };
}
