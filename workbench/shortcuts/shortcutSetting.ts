import { useSyncExternalStore } from 'react';

/** Where the clerk's choice is kept (this browser, every workbench tab). */
const STORAGE_KEY = 'amtsweg.workbench.shortcuts';
const listeners = new Set<() => void>();

/** Whether the single-key shortcuts are on (default: on; WCAG 2.1.4 lets the clerk turn them off). */
export function shortcutsEnabled(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Turns the shortcuts on or off, kept in localStorage. */
export function setShortcutsEnabled(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it.
  const onStorage = (e: StorageEvent) => { if (e.key === STORAGE_KEY) listener(); };
  window.addEventListener('storage', onStorage);
  return () => { listeners.delete(listener); window.removeEventListener('storage', onStorage); };
}

/** The setting as React state, current across components and tabs. */
export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled, () => true);
}
