import { useState } from 'react';
import { ShortcutHelp } from './ShortcutHelp.js';
import { useShortcuts } from './useShortcuts.js';

/** The case links of the queue, one per row (each row's first cell is the real link; no clickable rows). */
const CASE_LINKS = '.wb-table tbody th[scope="row"] a';
/** What `/` focuses: a search field where the page has one, else the first filter. */
const SEARCH = '[data-shortcut="search"], #filter-procedure';

/** Moves the focus `step` rows from the focused case link (from the first when none has it). */
function moveSelection(step: number): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(CASE_LINKS)];
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = at < 0 ? 0 : Math.min(links.length - 1, Math.max(0, at + step));
  links[next]!.focus();
  links[next]!.scrollIntoView({ block: 'nearest' });
}

/**
 * The queue's shortcuts: `j`/`k` select the next/previous case (its link takes the focus, so
 * Enter opens it as any link), `o` opens the selected one, `/` goes to the filters, `?` shows the help.
 */
export function QueueShortcuts() {
  const [help, setHelp] = useState(false);
  useShortcuts({
    j: () => moveSelection(1),
    k: () => moveSelection(-1),
    o: () => {
      const active = document.activeElement;
      if (active instanceof HTMLAnchorElement && active.matches(CASE_LINKS)) active.click();
    },
    '[Shift]+/': () => document.querySelector<HTMLElement>(SEARCH)?.focus(),
    '[Shift]+?': () => setHelp(true),
  });
  return <ShortcutHelp scope="queue" open={help} onOpenChange={setHelp} />;
}
