import { isObject, objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** A state in the tree: `id` is the dot path (`pruefung.stellungnahmen`), as the engine names it. */
export interface StateNode {
  id: string;
  name: string;
  parent?: string;
  depth: number;
  config: JsonObject;
}

/** The machine object of a definition (created when missing). */
export function machineOf(def: JsonObject): JsonObject {
  if (!isObject(def.machine)) def.machine = { initial: '', states: {} };
  const machine = def.machine as JsonObject;
  if (!isObject(machine.states)) machine.states = {};
  return machine;
}

/** Every state in document order, parents before children. */
export function listStates(def: JsonObject): StateNode[] {
  const out: StateNode[] = [];
  const visit = (siblings: JsonObject, parent: string | undefined, depth: number) => {
    for (const [name, raw] of Object.entries(siblings)) {
      const id = parent ? `${parent}.${name}` : name;
      const config = objectAt(raw);
      out.push({ id, name, depth, config, ...(parent ? { parent } : {}) });
      visit(objectAt(config.states), id, depth + 1);
    }
  };
  visit(objectAt(objectAt(def.machine).states), undefined, 0);
  return out;
}

/** The object holding a state's siblings (`states` of its parent or of the machine). */
export function siblingsOf(def: JsonObject, parent: string | undefined): JsonObject {
  let holder = machineOf(def);
  for (const name of parent ? parent.split('.') : []) {
    const state = objectAt(objectAt(holder.states)[name]);
    if (!isObject(state.states)) state.states = {};
    holder = state;
  }
  return holder.states as JsonObject;
}

/** The state config at `id`; throws when there is none (an edit on a stale selection). */
export function stateAt(def: JsonObject, id: string): JsonObject {
  const names = id.split('.');
  const last = names.pop()!;
  const state = siblingsOf(def, names.length ? names.join('.') : undefined)[last];
  if (!isObject(state)) throw new Error(`no state ${id}`);
  return state;
}

/** The state config at `id` without changing anything; undefined when there is none. */
export function findState(def: JsonObject, id: string): JsonObject | undefined {
  let holder: JsonObject = objectAt(def.machine);
  let state: unknown;
  for (const name of id.split('.')) {
    state = objectAt(holder.states)[name];
    if (!isObject(state)) return undefined;
    holder = state;
  }
  return state as JsonObject;
}

/** The parent id of a state id. */
export const parentOf = (id: string): string | undefined => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined);

/** The last name of a state id. */
export const nameOf = (id: string): string => id.slice(id.lastIndexOf('.') + 1);

/** Which state a transition's target text names, seen from `source` (sibling name or `#path`). */
export function resolveTarget(def: JsonObject, source: string, target: string): string | undefined {
  const ids = new Set(listStates(def).map((s) => s.id));
  if (target.startsWith('#')) return ids.has(target.slice(1)) ? target.slice(1) : undefined;
  const parent = parentOf(source);
  const id = parent ? `${parent}.${target}` : target;
  return ids.has(id) ? id : undefined;
}

/** The shortest target text that names `target` from `source`: the sibling name, else `#path`. */
export function targetText(source: string, target: string): string {
  return parentOf(source) === parentOf(target) ? nameOf(target) : `#${target}`;
}
