import type { Browser, Page } from 'playwright-core';

/**
 * A fresh German browser context at 1280 px, logged in through the dev IdP page as `who` (like
 * a person: choose the identity, press the button), at `/workbench/`.
 */
export async function workbenchLogin(browser: Browser, baseUrl: string, who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent('/workbench/')}`);
  await page.locator('#identity').selectOption(who);
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith('/workbench'));
  return page;
}
