import { issue } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import type { LeafGraph } from './leafGraph.js';
import type { ProcedureDefinition } from './resolveDefinition.js';

/** Shortest way from `from` to `to` over `next`, both ends included; undefined if there is none. */
function shortestPath(next: Map<string, string[]>, from: string, to: string): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
      return path;
    }
    for (const n of next.get(id) ?? []) {
      if (!previous.has(n)) {
        previous.set(n, id);
        queue.push(n);
      }
    }
  }
  return undefined;
}

/**
 * Checks the eventless (`always`) transitions: none on a final state; each needs a target;
 * they must not lead in a circle — between them nothing changes the case's data, so guards
 * that let a case go round once let it go round forever; and transitions of a transient state
 * (one an unguarded eventless transition leaves at once) never fire (a warning).
 */
export function checkEventless(def: ProcedureDefinition, graph: LeafGraph): { errors: DefinitionIssue[]; warnings: DefinitionIssue[] } {
  const errors: DefinitionIssue[] = [];
  const warnings: DefinitionIssue[] = [];
  for (const s of def.states) {
    if (s.kind === 'final' && s.config.always !== undefined) {
      errors.push(issue(`${s.pointer}/always`, 'always-on-final', `Der Endzustand „${s.id}“ kann keine ereignislosen Übergänge haben: in ihm ist der Vorgang (oder sein Teil) abgeschlossen.`, `Final state "${s.id}" cannot have eventless transitions: in it the case (or its part) is complete.`));
    }
  }
  for (const t of def.transitions) {
    if (t.trigger.kind === 'always' && t.targetName === undefined) {
      errors.push(issue(t.id, 'always-target-missing', `Ein ereignisloser Übergang von „${t.source}“ braucht ein Ziel; ohne Ziel würde er immer wieder genommen.`, `An eventless transition of "${t.source}" needs a target; without one it would be taken again and again.`));
    }
  }

  const next = new Map<string, string[]>();
  const firstEdge = new Map<string, string>();
  for (const [leaf, edges] of graph.edges) {
    for (const { transition, to } of edges) {
      if (transition.trigger.kind !== 'always') continue;
      for (const target of to) {
        next.set(leaf, [...(next.get(leaf) ?? []), target]);
        if (!firstEdge.has(`${leaf}>${target}`)) firstEdge.set(`${leaf}>${target}`, transition.id);
      }
    }
  }
  const reported = new Set<string>();
  for (const [edge, id] of firstEdge) {
    const [from, to] = edge.split('>') as [string, string];
    const back = shortestPath(next, to, from);
    if (!back) continue;
    const circle = [from, ...back];
    const key = [...new Set(circle)].sort().join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    const shown = circle.join(' → ');
    errors.push(issue(id, 'always-loop', `Ereignislose Übergänge führen im Kreis (${shown}). Dazwischen ändern sich die Daten des Vorgangs nicht: ginge ein Vorgang einmal herum, ginge er für immer herum.`, `Eventless transitions lead in a circle (${shown}). Nothing changes the case's data between them: a case that went round once would go round forever.`));
  }

  for (const leaf of graph.transient) {
    const taken = new Set(graph.edges.get(leaf)!.map((e) => e.transition.id));
    for (const t of def.transitions) {
      if (t.source !== leaf || taken.has(t.id)) continue;
      warnings.push(issue(t.id, 'transition-shadowed', `Dieser Übergang wird nie genommen: ein ereignisloser Übergang ohne Bedingung verlässt „${leaf}“ sofort.`, `This transition is never taken: an eventless transition without a guard leaves "${leaf}" at once.`));
    }
  }
  return { errors, warnings };
}
