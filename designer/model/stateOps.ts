import { objectAt, renameKey } from './json.js';
import type { JsonObject } from './json.js';
import { restoreTargets, snapshotTargets } from './retarget.js';
import { machineOf, nameOf, parentOf, siblingsOf, stateAt } from './stateTree.js';

/** A state's name: starts lower-case, letters and digits (the meta-schema's rule). */
export const STATE_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

/** The object that holds `initial` for the children of `parent` (the machine at the top). */
const initialHolder = (def: JsonObject, parent: string | undefined) => (parent ? stateAt(def, parent) : machineOf(def));

function checkName(def: JsonObject, parent: string | undefined, name: string) {
  if (!STATE_NAME.test(name)) throw new Error(`invalid state name ${name}`);
  if (Object.hasOwn(siblingsOf(def, parent), name)) throw new Error(`state ${name} exists`);
}

/** Adds a state under `parent` (top level when undefined); the first child becomes the initial one. */
export function addState(def: JsonObject, parent: string | undefined, name: string, title?: { de: string; en: string }): void {
  checkName(def, parent, name);
  const siblings = siblingsOf(def, parent);
  siblings[name] = title ? { meta: { title } } : {};
  const holder = initialHolder(def, parent);
  if (!holder.initial) holder.initial = name;
}

/** A free name for a copy of `name` among `siblings`: `<name>Kopie`, then `<name>Kopie2`, … (letters and digits only, at most 63). */
function copyName(siblings: JsonObject, name: string): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? 'Kopie' : `Kopie${n}`;
    const candidate = `${name.slice(0, 63 - suffix.length)}${suffix}`;
    if (!Object.hasOwn(siblings, candidate)) return candidate;
  }
}

/**
 * Pastes a copied state — its whole subtree, with its transitions, effects and titles — under
 * `parent` (top level when undefined) as `<name>Kopie` (`Kopie2`, … when taken) and returns that
 * name; the first child becomes the initial one. Targets inside the copy stay as written: a
 * sibling name now means the new place's sibling, and one that does not exist there is reported
 * by the checker like any other.
 */
export function pasteState(def: JsonObject, parent: string | undefined, name: string, config: JsonObject): string {
  const siblings = siblingsOf(def, parent);
  const pasted = copyName(siblings, name);
  siblings[pasted] = structuredClone(config);
  const holder = initialHolder(def, parent);
  if (!holder.initial) holder.initial = pasted;
  return pasted;
}

/** Renames a state; every transition and `initial` that named it names it again. */
export function renameState(def: JsonObject, id: string, name: string): void {
  const parent = parentOf(id);
  const old = nameOf(id);
  if (old === name) return;
  checkName(def, parent, name);
  const targets = snapshotTargets(def);
  const holder = parent ? stateAt(def, parent) : machineOf(def);
  holder.states = renameKey(objectAt(holder.states), old, name);
  if (holder.initial === old) holder.initial = name;
  const to = parent ? `${parent}.${name}` : name;
  restoreTargets(def, targets, id, to);
}

/** Deletes a state with its children; transitions into it stay, for the problems panel to name. */
export function deleteState(def: JsonObject, id: string): void {
  const parent = parentOf(id);
  const siblings = siblingsOf(def, parent);
  delete siblings[nameOf(id)];
  const holder = initialHolder(def, parent);
  if (holder.initial === nameOf(id)) {
    const next = Object.keys(siblings)[0];
    if (next) holder.initial = next;
    else if (parent) delete holder.initial;
    else holder.initial = '';
  }
  if (parent && Object.keys(siblings).length === 0) delete stateAt(def, parent).states;
}

/** Moves a state (with its children) under another parent; arrows keep pointing where they did. */
export function reparentState(def: JsonObject, id: string, parent: string | undefined): void {
  if (parent === id || parent?.startsWith(`${id}.`)) throw new Error('a state cannot move into itself');
  if (parentOf(id) === parent) return;
  const name = nameOf(id);
  checkName(def, parent, name);
  const targets = snapshotTargets(def);
  const config = stateAt(def, id);
  deleteState(def, id);
  siblingsOf(def, parent)[name] = config;
  const holder = initialHolder(def, parent);
  if (!holder.initial) holder.initial = name;
  restoreTargets(def, targets, id, parent ? `${parent}.${name}` : name);
}

/** Sets a state's kind; `atomic` removes the explicit type. */
export function setStateType(def: JsonObject, id: string, type: 'atomic' | 'compound' | 'parallel' | 'final'): void {
  const state = stateAt(def, id);
  if (type === 'atomic' || (type === 'compound' && state.states)) delete state.type;
  else state.type = type;
}

/** Sets a state's title in German and English (`meta.title`). */
export function setStateTitle(def: JsonObject, id: string, title: { de: string; en: string }): void {
  const state = stateAt(def, id);
  state.meta = { ...objectAt(state.meta), title };
}

/** Makes a child the initial state of its parent (or of the machine). */
export function setInitial(def: JsonObject, id: string): void {
  initialHolder(def, parentOf(id)).initial = nameOf(id);
}
