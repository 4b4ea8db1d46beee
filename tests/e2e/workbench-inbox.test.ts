// The workbench's inbox, bulk assignment and saved filters in Chromium (issue 11), keyboard
// only, as a clerk of the trade office: the new cases and a message for Erika's case show in the inbox, in words,
// and its link opens the case, where the clerk takes it ("Zuständigkeit"); two cases chosen in
// the queue go to a colleague in one action, confirmed in a dialog, with a report that takes focus; a saved filter
// comes back as a link. axe (WCAG 2.1 A/AA) on the inbox and after the bulk action;
// screenshots in German at 1280 and 320 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { tabTo } from './support/keyboard.js';
import { portalLogin } from './support/portalLogin.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const suite = useCaseSuite('e2e-workbench-inbox');
let browser: Browser;
const cases: string[] = [];
const refOf = (id: string) => id.slice(0, 8).toUpperCase();

beforeAll(async () => {
  browser = await launchChromium();
  const data = example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung');
  for (let i = 0; i < 2; i++) {
    const id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id as string;
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data }, erika)).status).toBe(200);
    cases.push(id);
  }
  suite.caseIds.push(...cases);
  // Erika writes to the trade office: the notice goes to the authority's inbox.
  expect((await suite.api.call('POST', `/api/cases/${cases[0]}/messages`, { text: 'Ist meine Anmeldung vollständig?' }, erika)).status).toBe(201);
  // Each submission put a "new case" notice there before.
  await waitFor('the new cases and the message in the trade office\'s inbox', 30_000, async () => {
    const inbox = (await suite.api.call('GET', '/api/inbox', undefined, clerk)).body as { caseId: string; kind: string }[];
    expect(inbox.map((n) => `${n.kind} ${n.caseId}`).sort()).toEqual([`message ${cases[0]}`, `newCase ${cases[0]}`, `newCase ${cases[1]}`].sort());
  });
});
afterAll(async () => { await browser?.close(); });

/** A fresh German browser at 1280 px, logged in through the dev IdP page as `who`, at /workbench/. */
async function loggedIn(who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
  const page = await context.newPage();
  await portalLogin(page, suite.api.url, who, '/workbench/');
  await page.waitForURL((url) => url.pathname.startsWith('/workbench'));
  return page;
}

const h1 = (page: Page) => page.locator('h1').innerText();

/** Screenshots at 320 px (and back to 1280 px): the page must not scroll sideways there. */
async function narrow(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  await screenshot(page, `${name}-de-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('Workbench inbox, bulk assignment and saved filters', () => {
  it('shows the notice for Erika\'s case in the inbox, in words, and opens the case from it', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await expect.poll(() => h1(page)).toBe('Vorgänge');
    await page.getByRole('link', { name: /^Posteingang \(3 neu\)$/ }).waitFor();
    await tabTo(page, 'Posteingang (3 neu)');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Posteingang');
    await expect.poll(() => page.title()).toMatch(/^Posteingang – /);
    const notice = page.getByTestId('inbox-notice').filter({ hasText: `Vorgang ${refOf(cases[0]!)} öffnen` }).first();
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('Nachricht eingegangen · an die Behörde');
    expect(text).toMatch(/Eingegangen am \d+\. \S+ \d{4}/);
    // Each submission is a new case for the trade office, told in words.
    const fresh = page.getByTestId('inbox-notice').filter({ hasText: `Vorgang ${refOf(cases[1]!)} öffnen` });
    expect(await fresh.count()).toBe(1);
    expect(await fresh.innerText()).toContain('Neuer Vorgang · an die Behörde');
    expect(await fresh.innerText()).toContain('Neuer Vorgang: Gewerbeanmeldung');
    // Seen now: the header link no longer counts it.
    await expect.poll(() => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: /^Posteingang/ }).innerText()).toBe('Posteingang');
    await expectNoAxeViolations(page, 'inbox');
    await screenshot(page, 'workbench-posteingang-de-1280');
    await narrow(page, 'workbench-posteingang');

    await tabTo(page, `Vorgang ${refOf(cases[0]!)} öffnen`);
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Zweck des Zugriffs');
    expect(new URL(page.url()).pathname).toBe(`/workbench/vorgaenge/${cases[0]}`);
    // "Zuständigkeit" on the case: nobody yet, then me.
    await tabTo(page, 'Prüfung des Antrags');
    await page.keyboard.press('Space');
    await tabTo(page, 'Vorgang öffnen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('case-assignee').innerText(), { timeout: 30_000 }).toBe('niemand');
    await tabTo(page, 'Mir zuweisen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Zuständigkeit ist geändert: mir (Gerda Gewerbe (Gewerbeamt)).' }).waitFor();
    await expect.poll(() => page.getByTestId('case-assignee').innerText()).toBe('mir (Gerda Gewerbe (Gewerbeamt))');
    await expectNoAxeViolations(page, 'case with its responsibility');
    await page.context().close();
  });

  it('assigns two chosen cases to a colleague in one action and reports it, focus on the report', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await page.locator('tbody tr').first().waitFor();
    for (const id of cases) {
      await tabTo(page, `Vorgang ${refOf(id)} auswählen`);
      await page.keyboard.press('Space');
    }
    await page.getByRole('status').filter({ hasText: '2 Vorgänge ausgewählt' }).waitFor();
    await tabTo(page, '#bulk-colleague');
    await page.keyboard.type('Gustav');
    expect(await page.locator('#bulk-colleague').inputValue()).toBe('clerk-gewerbe-2');
    await tabTo(page, 'Kollegin/Kollegen zuweisen');
    await page.keyboard.press('Enter');
    // It asks first, in a dialog that says how many go to whom; Esc cancels, focus comes back.
    const dialog = page.getByRole('dialog', { name: 'Vorgänge zuweisen?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('2 ausgewählte Vorgänge werden zugewiesen an: Gustav Gewerbe');
    expect(await page.evaluate('document.activeElement?.id')).toBe('bulk-confirm-title');
    await expectNoAxeViolations(page, 'bulk assignment confirmation');
    await screenshot(page, 'workbench-sammelzuweisung-bestaetigen-de-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Kollegin/Kollegen zuweisen');
    // Cancelled: nothing changed (the first case is still the clerk's own from the test before).
    expect((await suite.api.call('GET', `/api/cases/${cases[0]}/assignment`, undefined, clerk)).body).toMatchObject({ assignee: 'clerk-gewerbe' });
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, 'Zuweisen');
    await page.keyboard.press('Enter');
    const report = page.getByTestId('bulk-report');
    await report.filter({ hasText: 'Alle 2 Vorgänge sind zugewiesen an: Gustav Gewerbe (Gewerbeamt).' }).waitFor();
    expect(await page.evaluate('document.activeElement?.dataset?.testid')).toBe('bulk-report');
    for (const id of cases) {
      expect((await suite.api.call('GET', `/api/cases/${id}/assignment`, undefined, clerk)).body).toMatchObject({ assignee: 'clerk-gewerbe-2', assignedBy: 'clerk-gewerbe' });
      await expect.poll(() => page.locator('tbody tr').filter({ hasText: refOf(id) }).innerText()).toContain('Gustav Gewerbe');
    }
    await expectNoAxeViolations(page, 'queue after the bulk action');
    await screenshot(page, 'workbench-sammelzuweisung-de-1280');
    await narrow(page, 'workbench-sammelzuweisung');
    await page.context().close();
  });

  it('saves the current filter under a name and opens it again from its link', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await page.locator('tbody tr').first().waitFor();
    await tabTo(page, '#filter-procedure');
    await page.keyboard.type('Gewerbe');
    await tabTo(page, 'Filter anwenden');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('verfahren') === 'gewerbeanmeldung');
    await tabTo(page, '#saved-name');
    await page.keyboard.type('Gewerbeanmeldungen');
    await tabTo(page, 'Filter speichern');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Der Filter „Gewerbeanmeldungen“ ist gespeichert.' }).waitFor();
    const stored = (await suite.api.call('GET', '/api/staff/saved-filters', undefined, clerk)).body as { name: string; query: string }[];
    expect(stored).toEqual([expect.objectContaining({ name: 'Gewerbeanmeldungen', query: 'verfahren=gewerbeanmeldung' })]);

    // Back to the unfiltered queue, then the saved filter's link.
    await tabTo(page, 'Filter zurücksetzen');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('verfahren'));
    await tabTo(page, 'Gewerbeanmeldungen', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('verfahren') === 'gewerbeanmeldung');
    await expect.poll(() => page.locator('#filter-procedure').inputValue()).toBe('gewerbeanmeldung');
    await expectNoAxeViolations(page, 'queue with a saved filter');
    await screenshot(page, 'workbench-gespeicherter-filter-de-1280');

    await tabTo(page, 'Gespeicherten Filter „Gewerbeanmeldungen“ löschen', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Der Filter „Gewerbeanmeldungen“ ist gelöscht.' }).waitFor();
    expect((await suite.api.call('GET', '/api/staff/saved-filters', undefined, clerk)).body).toEqual([]);
    await page.context().close();
  });

  it('offers a statement authority no assignment of the lead authority\'s case, and its request in the inbox', async () => {
    const bau = catalogueDefinition('baugenehmigung');
    const id = (await suite.api.call('POST', '/api/cases', { procedure: 'baugenehmigung' }, erika)).body.id as string;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: example(bau, 'bauantrag') }, erika)).status).toBe(200);
    const asked = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'CONFIRM_COMPLETE', data: {} }, { as: 'clerk-bau' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    await waitFor('the statement request in the fire protection\'s inbox', 30_000, async () => {
      expect(((await suite.api.call('GET', '/api/inbox', undefined, { as: 'clerk-brandschutz' })).body as { caseId: string }[]).some((n) => n.caseId === id)).toBe(true);
    });
    const page = await loggedIn('clerk-brandschutz');
    const row = page.locator('tbody tr').filter({ hasText: refOf(id) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Andere Behörde: Sie geben nur eine Stellungnahme ab.');
    expect(await page.locator('tbody input[type=checkbox]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ausgewählte Vorgänge' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'queue of a statement authority');
    await tabTo(page, /^Posteingang/);
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('inbox-notice').filter({ hasText: `Vorgang ${refOf(id)} öffnen` });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('an die Behörde');
    await page.context().close();
  });

  it('says so when the inbox is empty', async () => {
    const page = await loggedIn('clerk-melde');
    // The queue is drawn: the header is complete, and the inbox link keeps its focus from here on.
    await expect.poll(() => h1(page)).toBe('Vorgänge');
    await tabTo(page, 'Posteingang');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/workbench/inbox');
    await page.getByTestId('inbox-empty').filter({ hasText: 'Ihr Posteingang ist leer.' }).waitFor();
    await expectNoAxeViolations(page, 'empty inbox');
    await page.context().close();
  });
});
