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

/** Changes who may fire an event, its form and its title (other fields of the event stay). */
export function updateEvent(def: JsonObject, name: string, patch: { by?: string[]; form?: string | null; title?: { de: string; en: string } }): void {
  const events = eventsOf(def);
  const event = { ...objectAt(events[name]) };
  if (patch.by) event.by = patch.by;
  if (patch.form === null) delete event.form;
  else if (patch.form !== undefined) event.form = patch.form;
  if (patch.title) event.title = patch.title;
  events[name] = event;
}

/** Deletes an event; transitions on it stay, for the problems panel to name. */
export function deleteEvent(def: JsonObject, name: string): void {
  delete eventsOf(def)[name];
}
