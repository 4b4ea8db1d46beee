import { isObject, objectAt } from './json.js';
import type { JsonObject } from './json.js';
import { findState, stateAt } from './stateTree.js';
import { rawList, setEntry } from './transitions.js';
import type { TransitionRef } from './transitions.js';

/** Where effects run: the actions of a transition, or a state's entry or exit. */
export type EffectPlace = { kind: 'transition'; ref: TransitionRef } | { kind: 'entry' | 'exit'; state: string };

/** The effects at a place (read only; empty when there are none or the place is gone). */
export function listEffects(def: JsonObject, place: EffectPlace): JsonObject[] {
  return readList(def, place).map(objectAt);
}

function readList(def: JsonObject, place: EffectPlace): unknown[] {
  const state = findState(def, place.kind === 'transition' ? place.ref.source : place.state);
  if (!state) return [];
  if (place.kind !== 'transition') {
    const list = state[place.kind];
    return Array.isArray(list) ? list : [];
  }
  const raw = rawList(state, place.ref.trigger)[place.ref.index];
  const actions = isObject(raw) ? raw.actions : undefined;
  return Array.isArray(actions) ? actions : [];
}

/** Changes the effect list at a place in the draft; an empty list removes the field. */
function change(def: JsonObject, place: EffectPlace, fn: (list: unknown[]) => void): void {
  if (place.kind !== 'transition') {
    const state = stateAt(def, place.state);
    const list = Array.isArray(state[place.kind]) ? [...(state[place.kind] as unknown[])] : [];
    fn(list);
    if (list.length) state[place.kind] = list;
    else delete state[place.kind];
    return;
  }
  const state = stateAt(def, place.ref.source);
  const alternatives = rawList(state, place.ref.trigger);
  const raw = alternatives[place.ref.index];
  if (raw === undefined) throw new Error('no such transition');
  const transition: JsonObject = typeof raw === 'string' ? { target: raw } : { ...(raw as JsonObject) };
  const list = Array.isArray(transition.actions) ? [...(transition.actions as unknown[])] : [];
  fn(list);
  if (list.length) transition.actions = list;
  else delete transition.actions;
  alternatives[place.ref.index] = transition;
  setEntry(state, place.ref.trigger, alternatives);
}

const checkIndex = (list: unknown[], index: number) => {
  if (index < 0 || index >= list.length) throw new Error(`no effect ${index}`);
};

/** Appends an effect of `type` (with `params` when given); returns its index. */
export function addEffect(def: JsonObject, place: EffectPlace, type: string, params?: JsonObject): number {
  if (!type) throw new Error('effect type missing');
  let index = 0;
  change(def, place, (list) => { index = list.push({ type, ...(params ? { params } : {}) }) - 1; });
  return index;
}

/** Replaces an effect's params (an empty object or `undefined` removes them); its other fields stay. */
export function setEffectParams(def: JsonObject, place: EffectPlace, index: number, params: JsonObject | undefined): void {
  change(def, place, (list) => {
    checkIndex(list, index);
    const effect = { ...objectAt(list[index]) };
    if (params && Object.keys(params).length) effect.params = params;
    else delete effect.params;
    list[index] = effect;
  });
}

/** Removes an effect. */
export function removeEffect(def: JsonObject, place: EffectPlace, index: number): void {
  change(def, place, (list) => { checkIndex(list, index); list.splice(index, 1); });
}

/** Moves an effect up (-1) or down (+1): effects run in order. Returns its new index. */
export function moveEffect(def: JsonObject, place: EffectPlace, index: number, by: -1 | 1): number {
  const to = index + by;
  change(def, place, (list) => {
    checkIndex(list, index);
    checkIndex(list, to);
    [list[index], list[to]] = [list[to], list[index]];
  });
  return to;
}
