import { isObject, objectAt, renameKey } from './json.js';
import type { JsonObject } from './json.js';
import { findState, listStates, resolveTarget } from './stateTree.js';

/** What fires a transition: an event, a deadline (`after` an ISO 8601 duration), or none (`always`). */
export type Trigger = { kind: 'event'; event: string } | { kind: 'after'; delay: string } | { kind: 'always' };

/** Where a transition is: its source state, trigger, and place among guarded alternatives. */
export interface TransitionRef {
  source: string;
  trigger: Trigger;
  index: number;
}

/** One transition as the text view lists it. */
export interface TransitionRow extends TransitionRef {
  /** How many alternatives share source and trigger (guarded alternatives in order). */
  count: number;
  target?: string;
  /** The state the target names, when it names one. */
  targetId?: string;
  guard?: unknown;
  config: JsonObject;
}

const triggerHolder = (trigger: Trigger) => (trigger.kind === 'event' ? 'on' : trigger.kind);
const triggerKey = (trigger: Trigger) => (trigger.kind === 'event' ? trigger.event : trigger.kind === 'after' ? trigger.delay : undefined);

/** The transitions of an entry as objects (a bare target name reads as `{ target }`). */
const entries = (entry: unknown): JsonObject[] =>
  (Array.isArray(entry) ? entry : entry === undefined ? [] : [entry]).map((t) => (typeof t === 'string' ? { target: t } : objectAt(t)));

/** The raw entry (string, object or list) of one trigger of a state. */
export function entryOf(state: JsonObject, trigger: Trigger): unknown {
  const key = triggerKey(trigger);
  return key === undefined ? state[triggerHolder(trigger)] : objectAt(state[triggerHolder(trigger)])[key];
}

/** Writes (or with `undefined`, removes) the entry of one trigger; one alternative is stored without a list. */
export function setEntry(state: JsonObject, trigger: Trigger, list: unknown[] | undefined): void {
  const holder = triggerHolder(trigger);
  const key = triggerKey(trigger);
  const value = !list || list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
  if (key === undefined) {
    if (value === undefined) delete state[holder];
    else state[holder] = value;
    return;
  }
  const map = { ...objectAt(state[holder]) };
  if (value === undefined) delete map[key];
  else map[key] = value;
  if (Object.keys(map).length) state[holder] = map;
  else delete state[holder];
}

/** The raw alternatives of one trigger (strings stay strings, so untouched ones keep their form). */
export const rawList = (state: JsonObject, trigger: Trigger): unknown[] => {
  const entry = entryOf(state, trigger);
  return Array.isArray(entry) ? [...entry] : entry === undefined ? [] : [entry];
};

/** Every transition of the statechart in document order (events, deadlines, eventless). */
export function listTransitions(def: JsonObject): TransitionRow[] {
  const rows: TransitionRow[] = [];
  for (const state of listStates(def)) {
    const triggers: Trigger[] = [
      ...Object.keys(objectAt(state.config.on)).map((event) => ({ kind: 'event', event }) as const),
      ...Object.keys(objectAt(state.config.after)).map((delay) => ({ kind: 'after', delay }) as const),
      ...(state.config.always !== undefined ? [{ kind: 'always' } as const] : []),
    ];
    for (const trigger of triggers) {
      const list = entries(entryOf(state.config, trigger));
      list.forEach((config, index) => {
        const target = typeof config.target === 'string' ? config.target : undefined;
        const targetId = target === undefined ? undefined : resolveTarget(def, state.id, target);
        rows.push({
          source: state.id, trigger, index, count: list.length, config,
          ...(target !== undefined ? { target } : {}), ...(targetId ? { targetId } : {}), ...(config.guard !== undefined ? { guard: config.guard } : {}),
        });
      });
    }
  }
  return rows;
}

/** Renames the key of an `on` event or `after` deadline in place (its alternatives go along). */
export function renameTriggerKey(state: JsonObject, trigger: Trigger, to: string): void {
  const holder = triggerHolder(trigger);
  const from = triggerKey(trigger);
  if (from === undefined || !isObject(state[holder])) return;
  state[holder] = renameKey(state[holder] as JsonObject, from, to);
}

/** The JSON pointer of a transition, as the engine's findings name it. */
export function transitionPointer(def: JsonObject, ref: TransitionRef): string {
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const statePointer = `/machine/states/${ref.source.split('.').map(esc).join('/states/')}`;
  const key = triggerKey(ref.trigger);
  const base = `${statePointer}/${triggerHolder(ref.trigger)}${key === undefined ? '' : `/${esc(key)}`}`;
  return Array.isArray(entryOf(findState(def, ref.source) ?? {}, ref.trigger)) ? `${base}/${ref.index}` : base;
}
