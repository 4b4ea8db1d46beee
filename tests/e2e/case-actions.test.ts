// The events a citizen may send now, each with its form (issue 10): after the trade office asks
// for documents, Erika — keyboard only — opens her case, chooses "Unterlagen nachreichen", meets
// the error summary first, chooses a file (a renamed program is refused at the field, a file can
// be removed) and sends it once; the case page then shows the new step and the e-file the file. axe finds nothing on the action page before and after the mistake, in German and English.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueDefinition, example, settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { chooseFileByKey, expectNoAxeViolations, launchChromium, screenshot, screenshotAllSizes } from './support/chromium.js';
import { tabToSelector } from './support/keyboard.js';

const suite = useCaseSuite('e2e-case-actions');
const def = catalogueDefinition('gewerbeanmeldung');
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchChromium();
  caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
  suite.caseIds.push(caseId);
  expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, { as: 'erika' })).status).toBe(200);
  const requested = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, { as: 'clerk-gewerbe' });
  expect(requested, JSON.stringify(requested.body)).toMatchObject({ status: 200, body: { state: 'nachforderung' } });
  await settled(suite.services.client.workflow.getHandle(caseId));
});
afterAll(async () => { await browser?.close(); });

/** The value shown for a fact of the case page ("Verfahrensschritt", "Stand"). */
const fact = (page: Page, term: string) => page.locator('.kern-description-list-item').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd').innerText();

describe('events with a form on the case page, by keyboard', () => {
  it('lets Erika send the documents the trade office asked for, once, and shows the new step', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    let posts = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith(`/api/cases/${caseId}/events`)) posts++; });
    await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent('/vorgaenge')}`);
    await page.locator('#identity').selectOption('erika');
    await page.locator('#identity').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Meine Vorgänge' }).waitFor();

    await tabToSelector(page, `a[href="/vorgaenge/${caseId}"]`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung' }).waitFor();
    const stepBefore = await fact(page, 'Verfahrensschritt');
    await tabToSelector(page, `a[href="/vorgaenge/${caseId}/aktion/SUBMIT_DOCUMENTS"]`);
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Unterlagen nachreichen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Unterlagen nachreichen' }).waitFor();
    await page.locator('form.app-form').waitFor();
    await expect.poll(() => page.title()).toMatch(/^Unterlagen nachreichen/);
    await expectNoAxeViolations(page, 'action page');
    await screenshotAllSizes(page, 'case-action', 'form.app-form');

    // Sending nothing: the summary takes focus and the title says there is an error.
    await tabToSelector(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('.app-error-summary').waitFor();
    expect(await page.evaluate("document.activeElement?.classList.contains('app-error-summary') ?? false")).toBe(true);
    await expect.poll(() => page.title()).toMatch(/^Fehler: /);
    await expectNoAxeViolations(page, 'action page with errors');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `case-action-error-de-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // The file field says what it takes; a program renamed to .pdf is refused at the field (its
    // first bytes are no PDF), then the real file is chosen — all from the keyboard.
    await tabToSelector(page, '#root_dokumente');
    const hint = await page.locator('#root_dokumente-allowed').innerText();
    expect(hint).toBe('PDF, PNG oder JPEG, höchstens 512 KB');
    expect(await page.locator('#root_dokumente').getAttribute('aria-describedby')).toContain('root_dokumente-allowed');
    const choose = (file: { name: string; mimeType: string; buffer: Buffer }) => chooseFileByKey(page, file);
    await choose({ name: 'erlaubnis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 kein PDF') });
    await page.locator('#root_dokumente-file-error').filter({ hasText: 'Dieser Dateityp ist nicht erlaubt. Erlaubt: PDF, PNG oder JPEG.' }).waitFor();
    expect(await page.locator('#root_dokumente').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'file refused at the field');
    const pdf = Buffer.from('%PDF-1.7\n% Erlaubnis nach § 34d GewO\n');
    await page.locator('#root_dokumente').focus();
    await choose({ name: 'erlaubnis-34d.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('status').filter({ hasText: 'Ausgewählt: erlaubnis-34d.pdf (1 KB)' }).waitFor();
    expect(await page.locator('#root_dokumente-file-error').count()).toBe(0);
    await screenshot(page, 'case-action-file-chosen-de-1280');
    // Removed by keyboard, focus back on the file field; chosen again.
    await tabToSelector(page, 'button.kern-btn--tertiary');
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Datei erlaubnis-34d.pdf entfernen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'erlaubnis-34d.pdf' }).count()).toBe(0);
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('root_dokumente');
    await choose({ name: 'erlaubnis-34d.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('status').filter({ hasText: 'erlaubnis-34d.pdf' }).waitFor();
    await expectNoAxeViolations(page, 'file chosen');
    await tabToSelector(page, 'button[type=submit]');
    // A double press sends once (one Idempotency-Key per visit, and the button waits).
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await page.waitForURL(`**/vorgaenge/${caseId}`);
    await page.getByRole('status').filter({ hasText: '„Unterlagen nachreichen“ ist bei der Behörde eingegangen.' }).waitFor();
    await expect.poll(() => fact(page, 'Verfahrensschritt')).not.toBe(stepBefore);
    expect(await page.locator(`a[href="/vorgaenge/${caseId}/aktion/SUBMIT_DOCUMENTS"]`).count()).toBe(0);
    const view = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'erika' })).body as { state: unknown; history: { type: string }[] };
    expect(view.state).toBe('pruefung');
    expect(view.history.filter((h) => h.type === 'SUBMIT_DOCUMENTS')).toHaveLength(1);
    expect(posts).toBe(1);
    // The file is in the e-file: its name, type and exact bytes.
    const attachments = async () => ((await suite.api.call('GET', `/api/cases/${caseId}/documents`, undefined, { as: 'erika' })).body as { kind: string; fileName: string; mediaType: string; sha256: string }[])
      .filter((d) => d.kind === 'attachment').map(({ fileName, mediaType, sha256 }) => ({ fileName, mediaType, sha256 }));
    await expect.poll(attachments, { timeout: 30_000 }).toEqual([{ fileName: 'erlaubnis-34d.pdf', mediaType: 'application/pdf', sha256: createHash('sha256').update(pdf).digest('hex') }]);
    await expectNoAxeViolations(page, 'case page after sending');
    await screenshot(page, 'case-action-sent-de-1280');

    // The action page of an event the case no longer accepts says so.
    await page.goto(`${suite.api.url}/vorgaenge/${caseId}/aktion/SUBMIT_DOCUMENTS`);
    await page.getByText('gerade nicht möglich').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
