// Keyboard-only driving of a page, as a person without a mouse does it: Tab until the wanted
// control has focus (so it must be reachable in the tab order), then keys.
import type { Page } from 'playwright-core';

// Run in the page (a string: the test's TypeScript project has no DOM types).
const FOCUSED = `(() => { const el = document.activeElement; if (!el) return { id: '', tag: '', type: '', name: '' };
  const label = (el.labels && el.labels[0] && el.labels[0].innerText) || el.getAttribute('aria-label') || el.innerText || '';
  return { id: el.id, tag: el.tagName, type: el.type || '', name: label.trim(), href: el.getAttribute('href') || '' }; })()`;

/** What has focus: id, tag, input type, accessible-ish name (label, aria-label or text), link target. */
export interface Focused { id: string; tag: string; type: string; name: string; href: string }

/** The focused element. */
export const focused = (page: Page) => page.evaluate<Focused>(FOCUSED);

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches `name` (or its id is
 * `#id`, or its link target is `href=/path`); fails after `max` presses — the control is then
 * not reachable by keyboard.
 */
export async function tabTo(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    const hit = typeof name !== 'string' ? name.test(f.name)
      : name.startsWith('#') ? f.id === name.slice(1) : name.startsWith('href=') ? f.href === name.slice(5) : f.name === name;
    if (hit) return f;
  }
  throw new Error(`nothing focusable named ${String(name)} within ${max} × ${key}`);
}

/** Presses Tab until the element matching the CSS `selector` has focus; fails after `max` presses. */
export async function tabToSelector(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
