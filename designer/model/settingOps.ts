import type { JsonObject } from './json.js';

/** The procedure's own settings the text view edits (others stay as they are). */
export const SETTINGS = ['title', 'legalBasis', 'authority', 'retention'] as const;

/** Sets a top-level setting in place (a new key goes to the end); empty text removes an optional one. */
export function setSetting(def: JsonObject, key: (typeof SETTINGS)[number], value: string | { de: string; en: string }): void {
  if (value === '' && key === 'retention') delete def[key];
  else def[key] = value;
}
