import { useCallback, useSyncExternalStore } from 'react';

const CHANGED = 'amtsweg:inbox-seen';
const keyOf = (sub: string) => `amtsweg.workbench.inboxSeen.${sub}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * When this clerk last looked at their inbox (the newest notice then, an ISO instant, or ''),
 * kept in this browser only: it marks what is new, in the header's count and on the page.
 */
export function useInboxSeen(sub: string): [string, (newest: string) => void] {
  const seen = useSyncExternalStore(subscribe, () => localStorage.getItem(keyOf(sub)) ?? '');
  const markSeen = useCallback((newest: string) => {
    if (newest <= (localStorage.getItem(keyOf(sub)) ?? '')) return;
    localStorage.setItem(keyOf(sub), newest);
    window.dispatchEvent(new Event(CHANGED));
  }, [sub]);
  return [seen, markSeen];
}
