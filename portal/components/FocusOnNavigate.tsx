import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, focus moves to the new page's `h1` (or `main`), so keyboard and
 * screen-reader users start at the top of the new content — as after a full page load. Not on
 * the first load, where the browser starts at the document and the skip link is first.
 */
export function FocusOnNavigate() {
  const { pathname } = useLocation();
  // The path focus was last handled for: StrictMode runs effects twice on mount, so a "first
  // run" flag would be spent by the first run and the second would steal focus on page load.
  const handled = useRef(pathname);
  useEffect(() => {
    if (handled.current === pathname) return;
    // After React painted the new page.
    const id = requestAnimationFrame(() => {
      handled.current = pathname;
      const h1 = document.querySelector<HTMLElement>('main h1');
      const target = h1 ?? document.getElementById('main');
      if (h1 && !h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      target?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [pathname]);
  return null;
}
