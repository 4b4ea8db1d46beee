// Messages in the portal (issue 10): Erika writes to the authority about her case by keyboard
// alone, meets the error summary first, sends a message with a file and sees the confirmation
// with its receipt verified; axe finds nothing before and after, in German and English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueDefinition, example, settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { chooseFileByKey, expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { tabToSelector } from './support/keyboard.js';

const suite = useCaseSuite('e2e-messages');
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchChromium();
  caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
  suite.caseIds.push(caseId);
  const submit = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data: example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung') }, { as: 'erika' });
  expect(submit.status).toBe(200);
  await settled(suite.services.client.workflow.getHandle(caseId));
});
afterAll(async () => { await browser?.close(); });

// Strings, not functions: the test code is type-checked without the DOM library.
const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby') || ''");

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `messages-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('messages on the case page, by keyboard', () => {
  it('lets Erika write to the authority, fix a mistake, send a file and see the verified receipt', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(`/vorgaenge/${caseId}/nachrichten`)}`);
    await page.locator('#identity').selectOption('erika');
    await page.locator('#identity').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nachrichten zum Vorgang' }).waitFor();
    await page.getByText('Zu diesem Vorgang gibt es noch keine Nachrichten.').waitFor();
    await expectNoAxeViolations(page, 'messages page');
    await shoot(page, 'de-empty');

    // Sending nothing: the summary takes focus, its link leads to the text field.
    await tabToSelector(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    const summary = page.locator('.kern-alert--danger');
    await summary.waitFor();
    expect(await focusedId(page)).toBe('message-error-summary-title');
    await expect.poll(() => page.title()).toMatch(/^Fehler: /);
    await expectNoAxeViolations(page, 'messages page with errors');
    await shoot(page, 'de-error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('message-text');
    await page.keyboard.type('Guten Tag,\nanbei die Gewerbeerlaubnis.');

    // The file input opens the (here simulated) file dialog from the keyboard.
    await tabToSelector(page, '#message-files');
    await chooseFileByKey(page, { name: 'erlaubnis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% Gewerbeerlaubnis\n') });
    await page.getByText('erlaubnis.pdf (1 KB)').waitFor();
    await tabToSelector(page, 'button[type=submit]');
    // A double press sends once (one Idempotency-Key per message, and the button waits).
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    const confirmation = page.getByRole('status').filter({ hasText: 'Ihre Nachricht wurde übermittelt' });
    await confirmation.waitFor();
    expect(await page.evaluate("document.activeElement?.classList.contains('kern-alert--success')")).toBe(true);
    await confirmation.locator('[data-receipt-check=valid]').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Ihre Nachricht' }).waitFor();
    await page.locator('article [data-receipt-check=valid]').waitFor();
    expect(await page.getByRole('link', { name: 'erlaubnis.pdf' }).count()).toBe(1);
    expect((await suite.services.store.messagesOf(caseId)).length).toBe(1);
    await expectNoAxeViolations(page, 'messages page after sending');
    await shoot(page, 'de-sent');

    await tabToSelector(page, 'button.app-language');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Messages about the case' }).waitFor();
    await page.getByText('Checked: the authority\'s signature is valid, the content unchanged').first().waitFor();
    await expectNoAxeViolations(page, 'messages page in English');
    await shoot(page, 'en-sent');
    expect(problems).toEqual([]);
    await context.close();
  });
});
