// Debian's Chromium driven by playwright-core: never a browser that a test tool downloads. The
// bootstrap installs the package (scripts/lib/systemTools.mjs); CHROMIUM_PATH overrides.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { projectRoot } from '../../../scripts/index.js';
import { findChromium } from '../../../scripts/lib/systemTools.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts headless Chromium; fails with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: `apt-get install chromium` (npm test installs it as root) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}

/** Where the browser tests write screenshots for people to look at (ignored by git). */
export const SCREENSHOT_DIR = join(projectRoot, '.data/screenshots');

/** Saves a full-page screenshot as `<name>.png` in SCREENSHOT_DIR. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`), fullPage: true });
}

/** The WCAG 2.1 A/AA rules of axe-core. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A/AA) on the page and expects no violation; says which ones otherwise. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/**
 * Screenshots of the page as it is, in German and English at 1280 and 375 px wide (the language
 * chosen as a person would keep it, then the page reloaded until `ready` shows); German at
 * 1280 px again afterwards.
 */
export async function screenshotAllSizes(page: Page, name: string, ready: string): Promise<void> {
  const show = async (lang: 'de' | 'en', width: number) => {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate((l) => { localStorage.setItem('amtsweg.language', l); }, lang);
    await page.reload();
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
  };
  for (const lang of ['de', 'en'] as const) {
    for (const width of [1280, 375]) {
      await show(lang, width);
      await screenshot(page, `${name}-${lang}-${width}`);
    }
  }
  await show('de', 1280);
}

/**
 * Opens the file dialog with a key press (on a focused file input) and answers it with `file`.
 * Playwright turns Chromium's file-dialog interception on and off as listeners come and go, and
 * does so without waiting: a `waitForEvent('filechooser')` raced with the key press can lose, so the
 * real (headless, invisible) dialog opens and the event never comes — seen once in CI on a second
 * choice. A listener kept for the page's life keeps interception on before the key is pressed.
 */
export async function chooseFileByKey(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, key = 'Space'): Promise<void> {
  if (!intercepted.has(page)) {
    intercepted.add(page);
    page.on('filechooser', () => {});
    // The listener's subscription is sent without waiting; a round trip to the page orders it first.
    await page.evaluate('0');
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(key)]);
  await chooser.setFiles(file);
}
const intercepted = new WeakSet<Page>();
