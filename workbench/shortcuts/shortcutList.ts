/** Where a shortcut works. */
export type ShortcutScope = 'queue' | 'case';

/** A shortcut as the help dialog lists it: the keys to press (one after the other) and the text key of what it does. */
export interface ShortcutInfo { keys: string[]; does: string }

/** The shortcuts of each page, in the order the help dialog lists them. */
export const SHORTCUTS: Record<ShortcutScope, ShortcutInfo[]> = {
  queue: [
    { keys: ['j'], does: 'next' },
    { keys: ['k'], does: 'previous' },
    { keys: ['o'], does: 'open' },
    { keys: ['/'], does: 'filter' },
    { keys: ['?'], does: 'help' },
  ],
  case: [
    { keys: ['g', 'q'], does: 'queue' },
    { keys: ['?'], does: 'help' },
  ],
};
