import type { JsonObject } from './json.js';
import { stateAt } from './stateTree.js';
import { rawList, renameTriggerKey, setEntry } from './transitions.js';
import type { Trigger, TransitionRef } from './transitions.js';

/** Adds a transition at the end of its trigger's alternatives (a second one makes them a list). */
export function addTransition(def: JsonObject, source: string, trigger: Trigger, target: string): TransitionRef {
  const state = stateAt(def, source);
  const list = rawList(state, trigger);
  list.push({ target });
  setEntry(state, trigger, list);
  return { source, trigger, index: list.length - 1 };
}

/** The transition's object, turning a bare target name into `{ target }` for editing. */
function edit(def: JsonObject, ref: TransitionRef, change: (t: JsonObject) => void): void {
  const state = stateAt(def, ref.source);
  const list = rawList(state, ref.trigger);
  const raw = list[ref.index];
  if (raw === undefined) throw new Error('no such transition');
  const t = typeof raw === 'string' ? { target: raw } : { ...(raw as JsonObject) };
  change(t);
  list[ref.index] = t;
  setEntry(state, ref.trigger, list);
}

/** Sets the target (a sibling name or `#path`); an empty one makes the transition targetless. */
export function setTarget(def: JsonObject, ref: TransitionRef, target: string): void {
  edit(def, ref, (t) => {
    if (target) t.target = target;
    else delete t.target;
  });
}

/** Sets a JSON Logic guard; `undefined` removes it. */
export function setGuard(def: JsonObject, ref: TransitionRef, guard: unknown): void {
  edit(def, ref, (t) => {
    if (guard === undefined) delete t.guard;
    else t.guard = guard;
  });
}

/** Deletes one transition; a single remaining alternative is stored without its list. */
export function deleteTransition(def: JsonObject, ref: TransitionRef): void {
  const state = stateAt(def, ref.source);
  const list = rawList(state, ref.trigger);
  list.splice(ref.index, 1);
  setEntry(state, ref.trigger, list);
}

/** Moves a guarded alternative up (-1) or down (+1): the first whose guard holds wins. */
export function moveAlternative(def: JsonObject, ref: TransitionRef, by: -1 | 1): TransitionRef {
  const state = stateAt(def, ref.source);
  const list = rawList(state, ref.trigger);
  const to = ref.index + by;
  if (to < 0 || to >= list.length) return ref;
  [list[ref.index], list[to]] = [list[to], list[ref.index]];
  setEntry(state, ref.trigger, list);
  return { ...ref, index: to };
}

/**
 * Changes what fires a transition (another event, a deadline, eventless). A deadline alone on its
 * duration keeps its place when only the duration changes; otherwise it moves to the end of the
 * new trigger's alternatives.
 */
export function setTrigger(def: JsonObject, ref: TransitionRef, trigger: Trigger): TransitionRef {
  const state = stateAt(def, ref.source);
  const list = rawList(state, ref.trigger);
  const sameKind = ref.trigger.kind === trigger.kind && trigger.kind !== 'always';
  if (sameKind && list.length === 1 && rawList(state, trigger).length === 0) {
    renameTriggerKey(state, ref.trigger, trigger.kind === 'event' ? trigger.event : (trigger as { delay: string }).delay);
    return { ...ref, trigger, index: 0 };
  }
  const [moved] = list.splice(ref.index, 1);
  setEntry(state, ref.trigger, list);
  const into = rawList(state, trigger);
  into.push(moved);
  setEntry(state, trigger, into);
  return { source: ref.source, trigger, index: into.length - 1 };
}
