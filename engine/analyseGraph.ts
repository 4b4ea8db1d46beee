import { issue } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { checkEventless } from './checkEventless.js';
import type { LeafGraph } from './leafGraph.js';
import type { ProcedureDefinition } from './resolveDefinition.js';

/**
 * Static analysis of the statechart over its leaf states (`leafGraph`): unreachable states,
 * final states no path reaches, states where a case would be stuck (no role may act, no
 * deadline runs, and no eventless transition leaves — or only guarded ones, which may all fail)
 * and states from which no final state can be reached; eventless circles, eventless transitions
 * without target and transitions a transient state shadows (`checkEventless`). Reachability
 * follows every transition, eventless ones included, as if each guard could hold.
 */
export function analyseGraph(def: ProcedureDefinition, graph: LeafGraph): { errors: DefinitionIssue[]; warnings: DefinitionIssue[] } {
  const { byId, leaves, edges, reached, transient, ancestors } = graph;
  const { errors, warnings } = checkEventless(def, graph);
  const reachedNodes = new Set([...reached].flatMap((id) => [id, ...ancestors(byId.get(id)!).map((a) => a.id)]));

  const finishes = new Set(leaves.filter((s) => s.kind === 'final' && !s.parent).map((s) => s.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const leaf of leaves) {
      if (!finishes.has(leaf.id) && (edges.get(leaf.id) ?? []).some((e) => e.to.some((n) => finishes.has(n)))) {
        finishes.add(leaf.id);
        changed = true;
      }
    }
  }

  for (const s of def.states) {
    if (!reachedNodes.has(s.id)) {
      errors.push(s.kind === 'final'
        ? issue(s.pointer, 'final-unreachable', `Kein Pfad erreicht den Endzustand „${s.id}“.`, `No path reaches the final state "${s.id}".`)
        : issue(s.pointer, 'state-unreachable', `Der Zustand „${s.id}“ ist nicht erreichbar.`, `State "${s.id}" is unreachable.`));
      continue;
    }
    if (s.children.length || s.kind === 'final') continue;
    const out = edges.get(s.id) ?? [];
    const last = out.at(-1)?.transition;
    if (!last) {
      errors.push(issue(s.pointer, 'state-stuck', `Im Zustand „${s.id}“ darf keine Rolle handeln und keine Frist läuft: der Vorgang bliebe für immer stehen.`, `In state "${s.id}" no role may act and no deadline runs: a case would be stuck forever.`));
    } else if (last.trigger.kind === 'always' && !transient.has(s.id)) {
      // Only guarded eventless transitions: when none holds, nothing else can ever move the case.
      errors.push(issue(`${byId.get(last.source)!.pointer}/always`, 'always-no-fallback', `Im Zustand „${s.id}“ gilt vielleicht keine Bedingung der ereignislosen Übergänge; dann darf keine Rolle handeln und keine Frist läuft: der Vorgang bliebe für immer stehen. Die letzte Alternative braucht keine Bedingung.`, `In state "${s.id}" it may be that no guard of the eventless transitions holds; then no role may act and no deadline runs: a case would be stuck forever. Leave the guard off the last alternative.`));
    } else if (!finishes.has(s.id)) {
      errors.push(issue(s.pointer, 'state-no-exit', `Vom Zustand „${s.id}“ führt kein Weg zu einem Endzustand.`, `There is no way from state "${s.id}" to a final state.`));
    }
  }
  return { errors, warnings };
}
