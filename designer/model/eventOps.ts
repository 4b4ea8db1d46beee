import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** An event's name: upper case, digits and `_` (the meta-schema's rule). */
export const EVENT_NAME = /^[A-Z][A-Z0-9_]{0,62}$/;

const eventsOf = (def: JsonObject): JsonObject => {
  def.events = { ...objectAt(def.events) };
  return def.events as JsonObject;
};

/** Adds an event fired by `by` (role names), with a title and optionally the form it submits. */
export function addEvent(def: JsonObject, name: string, by: string[], title: { de: string; en: string }, form?: string): void {
  if (!EVENT_NAME.test(name)) throw new Error(`invalid event name ${name}`);
  const events = eventsOf(def);
  if (Object.hasOwn(events, name)) throw new Error(`event ${name} exists`);
  events[name] = { by, ...(form ? { form } : {}), title };
}

/** What firing an event needs signed: nothing, the citizen's signature, or the authority's seal on the result. */
export const SIGNATURES = ['none', 'citizen', 'seal'] as const;

/** One of SIGNATURES. */
export type Signature = (typeof SIGNATURES)[number];

/** Whether `n` is a quorum the meta-schema allows: a whole number of persons from 1 to 9. */
export const isQuorum = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 9;

/** A change of an event; `null` removes the key (the engine's default applies). */
export interface EventPatch {
  by?: string[];
  form?: string | null;
  title?: { de: string; en: string };
  signature?: Signature | null;
  /** `false`: the data goes to the e-file only, not into the case (a sealed bid). */
  keepData?: boolean | null;
  /** How many different persons must fire the event (1–9; a value outside is refused). */
  quorum?: number | null;
}

/** Changes who may fire an event, its form, title, signature, whether it keeps its data and its quorum (other fields stay). */
export function updateEvent(def: JsonObject, name: string, patch: EventPatch): void {
  if (patch.quorum != null && !isQuorum(patch.quorum)) throw new Error(`invalid quorum ${patch.quorum}`);
  if (patch.signature != null && !SIGNATURES.includes(patch.signature)) throw new Error(`invalid signature ${String(patch.signature)}`);
  const events = eventsOf(def);
  const event = { ...objectAt(events[name]) };
  if (patch.by) event.by = patch.by;
  if (patch.title) event.title = patch.title;
  for (const key of ['form', 'signature', 'keepData', 'quorum'] as const) {
    if (patch[key] === null) delete event[key];
    else if (patch[key] !== undefined) event[key] = patch[key];
  }
  events[name] = event;
}

/** Deletes an event; transitions on it stay, for the problems panel to name. */
export function deleteEvent(def: JsonObject, name: string): void {
  delete eventsOf(def)[name];
}
