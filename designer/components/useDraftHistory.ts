import { useCallback, useMemo, useRef, useState } from 'react';
import { applyEdit, redo, serializeDefinition, startHistory, undo } from '../model/index.js';
import type { EditHistory, JsonObject } from '../model/index.js';

/** The edited draft with undo, redo and whether it differs from what was last saved. */
export function useDraftHistory(initial: JsonObject) {
  const [history, setHistory] = useState<EditHistory>(() => startHistory(initial));
  const current = useRef(history);
  current.current = history;
  const [savedText, setSavedText] = useState(() => serializeDefinition(initial));
  const [refused, setRefused] = useState(false);
  const set = useCallback((next: EditHistory) => {
    current.current = next;
    setHistory(next);
  }, []);
  /** One undo step; the edit runs now, so a refused one (it throws) changes nothing. */
  const edit = useCallback((fn: (draft: JsonObject) => void) => {
    try {
      set(applyEdit(current.current, fn));
      setRefused(false);
      return true;
    } catch {
      setRefused(true);
      return false;
    }
  }, [set]);
  const dirty = useMemo(() => serializeDefinition(history.present) !== savedText, [history.present, savedText]);
  return {
    definition: history.present, edit, dirty, refused,
    canUndo: history.past.length > 0, canRedo: history.future.length > 0,
    undo: () => set(undo(current.current)), redo: () => set(redo(current.current)),
    markSaved: (text: string) => setSavedText(text),
  };
}
