import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, focus moves to the new page's `h1` (or `main`), so keyboard and
 * screen-reader users start at the top of the new content — as after a full page load. Not on
 * the first load, where the browser starts at the document and the skip link is first. Compares
 * paths rather than counting runs, so React's StrictMode (effects twice) changes nothing.
 */
export function FocusOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    // After React painted the new page.
    const id = requestAnimationFrame(() => {
      shown.current = pathname;
      const h1 = document.querySelector<HTMLElement>('main h1');
      const target = h1 ?? document.getElementById('main');
      if (h1 && !h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      target?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [pathname]);
  return null;
}
