import type { LeafGraph } from './leafGraph.js';
import type { ProcedureDefinition, TransitionInfo } from './resolveDefinition.js';

/** The form whose data a transition's event stores in the case (`data.<form>`), if any. */
function storedForm(def: ProcedureDefinition, t: TransitionInfo): string | undefined {
  if (t.trigger.kind !== 'event' || !Object.hasOwn(def.events, t.trigger.event)) return undefined;
  const event = def.events[t.trigger.event]!;
  return event.keepData === false ? undefined : event.form;
}

/**
 * Per transition (JSON pointer), the forms whose data may be in the case (`data.<form>`) when
 * its guard is evaluated: those an event stored on some path from the start to its source. A
 * transition's own event stores its form only after the guard (the guard reads it as
 * `event.data`); an eventless transition after it sees it. Inside a parallel state, whatever
 * the other regions' events store counts too. Transitions no path takes are missing.
 */
export function formsAvailable(def: ProcedureDefinition, graph: LeafGraph): Map<string, Set<string>> {
  const before = new Map<string, Set<string>>(graph.initial.map((id) => [id, new Set<string>()]));
  const queue = [...graph.initial];
  while (queue.length) {
    const leaf = queue.shift()!;
    const known = before.get(leaf)!;
    for (const { transition, to } of graph.edges.get(leaf) ?? []) {
      const stored = storedForm(def, transition);
      // A transition without target stays where it is, with the data it stored.
      for (const target of transition.targetName === undefined ? [leaf] : to) {
        const forms = before.get(target) ?? new Set<string>();
        const size = forms.size;
        known.forEach((f) => forms.add(f));
        if (stored) forms.add(stored);
        if (!before.has(target) || forms.size > size) {
          before.set(target, forms);
          queue.push(target);
        }
      }
    }
  }

  const regionForms = (parallel: string) => def.transitions.flatMap((t) => {
    const form = t.source === parallel || t.source.startsWith(`${parallel}.`) ? storedForm(def, t) : undefined;
    return form ? [form] : [];
  });
  const available = new Map<string, Set<string>>();
  for (const [leaf, forms] of before) {
    const parallels = graph.ancestors(graph.byId.get(leaf)!).filter((a) => a.kind === 'parallel');
    const here = new Set([...forms, ...parallels.flatMap((p) => regionForms(p.id))]);
    for (const { transition } of graph.edges.get(leaf) ?? []) {
      const seen = available.get(transition.id) ?? new Set<string>();
      here.forEach((f) => seen.add(f));
      available.set(transition.id, seen);
    }
  }
  return available;
}
