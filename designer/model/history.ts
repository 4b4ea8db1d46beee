import type { JsonObject } from './json.js';

/** The edited definition with undo and redo: every edit is one step. */
export interface EditHistory {
  past: JsonObject[];
  present: JsonObject;
  future: JsonObject[];
}

/** How many steps undo goes back. */
export const UNDO_LIMIT = 200;

/** A history that starts at `definition` (nothing to undo). */
export const startHistory = (definition: JsonObject): EditHistory => ({ past: [], present: definition, future: [] });

/**
 * Applies an edit to a copy of the present definition (the edit may change its argument; the
 * previous step stays untouched); an edit that throws leaves the history as it was.
 */
export function applyEdit(history: EditHistory, edit: (draft: JsonObject) => void): EditHistory {
  const draft = structuredClone(history.present);
  edit(draft);
  return { past: [...history.past, history.present].slice(-UNDO_LIMIT), present: draft, future: [] };
}

/** One step back. */
export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** One step forward again. */
export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
