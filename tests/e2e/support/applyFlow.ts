import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fillForm } from './fillForm.js';

/** Fills every page of an application in the portal with `data` until the check-answers page shows. */
export async function fillAllPages(page: Page, schema: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  for (let step = 0; step < 20 && !page.url().endsWith('/pruefen'); step++) {
    await page.locator('form.app-form, main a.kern-btn--primary').first().waitFor();
    if (!(await page.locator('form.app-form').count())) {
      await page.locator('main a.kern-btn--primary').click();
      await page.locator('form.app-form').waitFor();
    }
    const before = page.url();
    await fillForm(page, schema, data);
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.waitForURL((u) => u.href !== before);
    // The router draws the next page a moment after the URL changed: wait for it, not the old page's h1.
    const step = /\/schritt\/(\d+)$/.exec(page.url())?.[1];
    await (step ? page.getByText(new RegExp(`^Schritt ${step} von \\d+:`)) : page.locator('h1')).waitFor();
  }
  await page.getByRole('heading', { level: 1, name: 'Angaben prüfen' }).waitFor();
}

/** Submits on the check page and waits for the confirmation with the receipt verified. */
export async function submitAndConfirm(page: Page, caseId: string, click: 'click' | 'dblclick' = 'click'): Promise<void> {
  await page.getByRole('button', { name: 'Antrag verbindlich absenden' })[click]();
  await page.waitForURL(`**/antrag/${caseId}/bestaetigung`);
  await expect.poll(() => page.locator('#case-reference').innerText()).toBe(caseId);
  await page.locator('#receipt-verification').waitFor({ timeout: 60_000 });
  expect(await page.locator('#receipt-verification').innerText()).toMatch(/Geprüft: Die Eingangsbestätigung ist echt/);
  expect(await page.getByRole('link', { name: /Eingangsbestätigung herunterladen/ }).getAttribute('href')).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
}
