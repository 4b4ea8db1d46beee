import { issue } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import type { ProcedureDefinition, StateInfo } from './resolveDefinition.js';

/**
 * Static analysis of the statechart over its leaf states: unreachable states, final states no
 * path reaches, states where a case would be stuck (no role may act, no deadline runs) and
 * states from which no final state can be reached. Parallel regions are treated independently
 * (each region's completion is assumed to lead to the parallel state's `onDone`).
 */
export function analyseGraph(def: ProcedureDefinition): DefinitionIssue[] {
  const found: DefinitionIssue[] = [];
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
  const successors = new Map<string, string[]>();
  for (const leaf of leaves) {
    const scope = [leaf, ...ancestors(leaf)];
    const out = def.transitions.filter((t) => t.trigger.kind !== 'done' && scope.some((s) => s.id === t.source) && t.target);
    if (leaf.kind === 'final' && leaf.parent) {
      // A final child completes its parent (or, in a region, the parallel state above it).
      const parent = byId.get(leaf.parent)!;
      const owner = parent.parent && byId.get(parent.parent)?.kind === 'parallel' ? byId.get(parent.parent)! : parent;
      out.push(...def.transitions.filter((t) => t.trigger.kind === 'done' && (t.source === parent.id || t.source === owner.id) && t.target));
    }
    successors.set(leaf.id, out.flatMap((t) => enter(t.target!)));
  }

  const rootInitial = def.machine.initial;
  const reached = new Set<string>();
  const queue = byId.has(rootInitial) ? enter(rootInitial) : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(successors.get(id) ?? []));
  }
  const reachedNodes = new Set([...reached].flatMap((id) => [id, ...ancestors(byId.get(id)!).map((a) => a.id)]));

  const finishes = new Set(leaves.filter((s) => s.kind === 'final' && !s.parent).map((s) => s.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const leaf of leaves) {
      if (!finishes.has(leaf.id) && (successors.get(leaf.id) ?? []).some((n) => finishes.has(n))) {
        finishes.add(leaf.id);
        changed = true;
      }
    }
  }

  for (const s of def.states) {
    if (!reachedNodes.has(s.id)) {
      found.push(s.kind === 'final'
        ? issue(s.pointer, 'final-unreachable', `Kein Pfad erreicht den Endzustand „${s.id}“.`, `No path reaches the final state "${s.id}".`)
        : issue(s.pointer, 'state-unreachable', `Der Zustand „${s.id}“ ist nicht erreichbar.`, `State "${s.id}" is unreachable.`));
      continue;
    }
    if (s.children.length || s.kind === 'final') continue;
    const scope = [s, ...ancestors(s)];
    const canAct = scope.some((a) => Object.keys(a.config.on ?? {}).length > 0 || Object.keys(a.config.after ?? {}).length > 0);
    if (!canAct) {
      found.push(issue(s.pointer, 'state-stuck', `Im Zustand „${s.id}“ darf keine Rolle handeln und keine Frist läuft: der Vorgang bliebe für immer stehen.`, `In state "${s.id}" no role may act and no deadline runs: a case would be stuck forever.`));
    } else if (!finishes.has(s.id)) {
      found.push(issue(s.pointer, 'state-no-exit', `Vom Zustand „${s.id}“ führt kein Weg zu einem Endzustand.`, `There is no way from state "${s.id}" to a final state.`));
    }
  }
  return found;
}
