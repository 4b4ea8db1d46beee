import type { JsonObject } from './json.js';

/** The procedure's own settings the text view edits (others stay as they are). */
export const SETTINGS = ['title', 'legalBasis', 'authority', 'retention', 'description', 'authorityTitle', 'fee', 'assuranceLevel', 'leika'] as const;

/** Settings a procedure may leave out: emptied, they are removed rather than stored empty. */
const OPTIONAL = new Set<string>(['retention', 'description', 'authorityTitle', 'fee', 'assuranceLevel', 'leika']);

/** Sets a top-level setting in place (a new key goes to the end); emptied (both languages), an optional one is removed. */
export function setSetting(def: JsonObject, key: (typeof SETTINGS)[number], value: string | { de: string; en: string }): void {
  const empty = typeof value === 'string' ? value === '' : !value.de && !value.en;
  if (empty && OPTIONAL.has(key)) delete def[key];
  else def[key] = value;
}
