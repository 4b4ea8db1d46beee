import { createContext, useContext } from 'react';
import type { JsonObject } from '../model/index.js';

/** What the text view's parts share: the definition, one way to edit it, and what is selected. */
export interface EditorApi {
  definition: JsonObject;
  /** Applies an edit as one undo step; false (and a message) when the edit was refused. */
  edit(fn: (draft: JsonObject) => void): boolean;
  /** The row chosen from the problems panel (or by the canvas), by its element id. */
  selectedRow: string | undefined;
  language: 'de' | 'en';
}

/** The editor's shared state; set by the editor page. */
export const EditorContext = createContext<EditorApi | null>(null);

/** The editor's shared state (inside the editor page only). */
export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the editor page');
  return api;
}
