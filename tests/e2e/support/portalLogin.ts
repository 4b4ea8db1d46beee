import type { Page } from 'playwright-core';

/** Logs in through the development IdP's page like a person: the login link, the identity, the button. */
export async function portalLogin(page: Page, baseUrl: string, user: string, returnTo: string): Promise<void> {
  await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await loginOnIdpPage(page, user);
}

/** On the IdP's page (after a redirect to it): choose the identity and press the button. */
export async function loginOnIdpPage(page: Page, user: string): Promise<void> {
  await page.locator('#identity').selectOption(user);
  await page.locator('button[type=submit], input[type=submit]').first().click();
}
