import { useEffect, useRef } from 'react';
import { tinykeys } from 'tinykeys';
import { ignoreShortcut } from './ignoreShortcut.js';
import { useShortcutsEnabled } from './shortcutSetting.js';

/**
 * Binds keys (tinykeys syntax: `j`, `[Shift]+?`, `g q`) on the window while the shortcuts are
 * on; silent while the person types, with Ctrl/Alt/Meta, or inside a dialog (ignoreShortcut).
 */
export function useShortcuts(bindings: Record<string, () => void>): void {
  const enabled = useShortcutsEnabled();
  const current = useRef(bindings);
  useEffect(() => { current.current = bindings; });
  const keys = Object.keys(bindings).join('\n');
  useEffect(() => {
    if (!enabled) return undefined;
    const handlers = Object.fromEntries(keys.split('\n').map((key) => [key, (event: KeyboardEvent) => {
      event.preventDefault();
      current.current[key]?.();
    }]));
    return tinykeys(window, handlers, { ignore: ignoreShortcut });
  }, [enabled, keys]);
}
