// Keyboard steps of the designer's browser tests: log in through the dev IdP page, reach a
// control by Tab, type into a field, choose in a select with the arrow keys, press a button.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabTo } from './keyboard.js';

/** How a designer's browser is opened. */
export interface DesignerBrowser {
  /** The dev IdP identity (default `designer`). */
  who?: string;
  language?: 'de' | 'en';
  /** Viewport width in px (default 1280). */
  width?: number;
  acceptDownloads?: boolean;
}

/** A fresh browser context logged in through the dev IdP page (like a person), at `path` of the designer. */
export async function designerPage(browser: Browser, baseUrl: string, path: string, opts: DesignerBrowser = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, acceptDownloads: opts.acceptDownloads ?? false });
  await context.addInitScript((l) => { localStorage.setItem('amtsweg.language', l); }, opts.language ?? 'de');
  const page = await context.newPage();
  await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(path)}`);
  await page.locator('#identity').selectOption(opts.who ?? 'designer');
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith('/designer'));
  return page;
}

/** Tab (forward, else backward) to a control by `#id` or accessible name. */
export async function reach(page: Page, target: string | RegExp) {
  try { return await tabTo(page, target, 'Tab', 400); } catch { return tabTo(page, target, 'Shift+Tab', 400); }
}

/** Types into a field reached by keyboard (its old text replaced); Tab leaves it (and applies it) when `leave`. */
export async function typeInto(page: Page, id: string, text: string, leave = true) {
  await reach(page, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  if (leave) await page.keyboard.press('Tab');
}

/** Chooses an option of a select (reached by keyboard) with the arrow keys. */
export async function choose(page: Page, id: string, value: string) {
  await reach(page, `#${id}`);
  const current = () => page.evaluate<string>('document.activeElement.value');
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let k = 0; k < 60 && (await current()) !== value; k++) await page.keyboard.press(key);
  }
  expect(await current()).toBe(value);
}

/** Reaches a control by keyboard and presses Enter on it. */
export async function press(page: Page, name: string | RegExp) {
  await reach(page, name);
  await page.keyboard.press('Enter');
}
