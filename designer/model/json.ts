/** A definition as plain JSON: the designer edits only what it knows and keeps every other field. */
export type JsonObject = { [key: string]: unknown };

/** Whether a value is a plain JSON object. */
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at `v`, or an empty one (tolerant reads of drafts that are not valid yet). */
export const objectAt = (v: unknown): JsonObject => (isObject(v) ? v : {});

/** Renames a key of an object in place of the old one, so the document's order stays. */
export function renameKey(obj: JsonObject, from: string, to: string): JsonObject {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));
}

/** The definition as the server gets it: unchanged input saves to the same bytes. */
export const serializeDefinition = (definition: JsonObject): string => JSON.stringify(definition);
