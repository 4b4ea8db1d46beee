// The workbench's deadline extension, keyboard shortcuts and history (issue 11), keyboard only:
// a clerk extends a running Frist once with a reason (§ 42a Abs. 2 VwVfG) and sees it, a refused
// second extension shows in words, the citizen's portal shows it too; the queue is driven with
// j/k/o, / and ?, which stay silent while typing and once switched off; the history lists the
// clerk's read. axe (WCAG 2.1 A/AA) on the dialogs; screenshots in German at 1280 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeadlineEnd } from '../../engine/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const suite = useCaseSuite('e2e-workbench-deadlines');
let browser: Browser;
/** Two cases with a running Frist (documents requested), one without. */
const ids = { extend: '', refused: '', plain: '' };
const DEADLINE = 'xstate.after.P1M.gewerbeanmeldung.nachforderung';

async function submittedCase(requestDocuments: boolean): Promise<string> {
  const def = catalogueDefinition('gewerbeanmeldung');
  const id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id as string;
  suite.caseIds.push(id);
  expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { ...example(def, 'anmeldung'), erlaubnispflichtig: false } }, erika)).status).toBe(200);
  if (requestDocuments) {
    const asked = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, clerk);
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  browser = await launchChromium();
  ids.extend = await submittedCase(true);
  ids.refused = await submittedCase(true);
  ids.plain = await submittedCase(false);
});
afterAll(async () => { await browser?.close(); });

/** A fresh German browser at 1280 px, logged in through the dev IdP page as `who`, at `path`. */
async function loggedIn(who: string, path = '/workbench/'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
  const page = await context.newPage();
  await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(path)}`);
  await page.locator('#identity').selectOption(who);
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith(path.replace(/\/$/, '')));
  return page;
}

const h1 = (page: Page) => page.locator('h1').innerText();
const ref = (id: string) => id.slice(0, 8).toUpperCase();
/** The last day of a deadline as the workbench writes it ("14. Januar 2027"). */
const germanDay = (dueAt: string) => new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${readDeadlineEnd(dueAt).day}T12:00:00Z`));

/** Opens a case from the queue by keyboard, with the purpose "Prüfung des Antrags". */
async function openCase(page: Page, id: string): Promise<void> {
  await page.locator('tbody tr').first().waitFor();
  await tabTo(page, `Vorgang ${ref(id)} öffnen`);
  await page.keyboard.press('Enter');
  await expect.poll(() => h1(page), { timeout: 15_000 }).toBe('Zweck des Zugriffs');
  await tabTo(page, 'Prüfung des Antrags');
  await page.keyboard.press('Space');
  await tabTo(page, 'Vorgang öffnen');
  await page.keyboard.press('Enter');
  await expect.poll(() => h1(page), { timeout: 15_000 }).toBe(`Gewerbeanmeldung – Vorgang ${ref(id)}`);
}

describe('Workbench deadlines, shortcuts and history', () => {
  it('extends a Frist once with a reason, shows it to clerk and citizen, and lists the read in the history', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await openCase(page, ids.extend);
    const before = (await suite.api.call('GET', `/api/cases/${ids.extend}`, undefined, erika)).body as { deadlines: { id: string; dueAt: string }[] };
    const previous = before.deadlines.find((d) => d.id === DEADLINE)!.dueAt;

    await tabTo(page, `Frist verlängern, die am ${germanDay(previous)} endet`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Frist verlängern' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('§ 42a Abs. 2 VwVfG');
    await expectNoAxeViolations(page, 'extension dialog');
    await screenshot(page, 'workbench-frist-verlaengern-dialog-de-1280');
    // Without a reason: the error, beside the field, which takes the focus.
    await tabTo(page, 'Frist verlängern');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Begründen Sie die Verlängerung' }).waitFor();
    expect((await focused(page)).id).toBe('extend-reason');
    await expectNoAxeViolations(page, 'extension dialog with an error');
    await page.keyboard.type('Das Gutachten der IHK steht noch aus.');
    await tabTo(page, 'Frist verlängern');
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: 'Die Frist ist verlängert' }).waitFor();
    expect(await dialog.count()).toBe(0);
    const after = (await suite.api.call('GET', `/api/cases/${ids.extend}`, undefined, erika)).body as { deadlines: { id: string; dueAt: string; extended?: { reason: string; previousDueAt: string } }[] };
    const moved = after.deadlines.find((d) => d.id === DEADLINE)!;
    expect(moved.extended).toMatchObject({ reason: 'Das Gutachten der IHK steht noch aus.', previousDueAt: previous });
    expect(Date.parse(moved.dueAt)).toBeGreaterThan(Date.parse(previous));
    const item = page.getByTestId('deadline');
    await expect.poll(() => item.innerText(), { timeout: 10_000 }).toContain(`endet am ${germanDay(moved.dueAt)}`);
    expect(await item.innerText()).toContain(`Einmal verlängert am`);
    expect(await item.innerText()).toContain(`(bisheriges Ende: ${germanDay(previous)}). Grund: Das Gutachten der IHK steht noch aus.`);
    // Once only: no second offer, and the server refuses one.
    expect(await page.getByRole('button', { name: /^Frist verlängern/ }).count()).toBe(0);
    const again = await suite.api.call('POST', `/api/cases/${ids.extend}/deadlines/${DEADLINE}/extension`, { by: 'P1W', reason: 'Noch einmal' }, clerk);
    expect([again.status, again.body.code]).toEqual([409, 'deadline-already-extended']);

    // The history: the clerk's read with its purpose, and the extension, in words.
    const history = page.getByTestId('case-history');
    await expect.poll(() => history.innerText(), { timeout: 15_000 }).toContain('Gelesen von Gerda Gewerbe (Gewerbeamt), Zweck: Prüfung des Antrags');
    await expect.poll(() => history.innerText(), { timeout: 15_000 }).toContain(`Frist verlängert bis ${germanDay(moved.dueAt)}. Grund: Das Gutachten der IHK steht noch aus.`);
    await expectNoAxeViolations(page, 'case after the extension');
    await screenshot(page, 'workbench-frist-verlaengert-de-1280');
    await page.context().close();

    // Erika sees the new end and the reason in the portal.
    const portal = await loggedIn('erika', `/vorgaenge/${ids.extend}`);
    const shown = portal.getByTestId('deadline-extended');
    await shown.waitFor({ timeout: 30_000 });
    expect(await shown.innerText()).toContain('Grund: Das Gutachten der IHK steht noch aus.');
    await portal.context().close();
  });

  it('says in words why an extension was refused (extended meanwhile)', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await openCase(page, ids.refused);
    await tabTo(page, /^Frist verlängern, die am/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Frist verlängern' });
    await dialog.waitFor();
    await tabTo(page, 'Grund der Verlängerung');
    await page.keyboard.type('Stellungnahme fehlt');
    // A colleague extends it first.
    expect((await suite.api.call('POST', `/api/cases/${ids.refused}/deadlines/${DEADLINE}/extension`, { by: 'P1W', reason: 'Kollegin war schneller' }, clerk)).status).toBe(200);
    await tabTo(page, 'Frist verlängern');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Die Frist wurde nicht verlängert: Diese Frist wurde bereits einmal verlängert (§ 42a Abs. 2 Satz 3 VwVfG).' }).waitFor();
    await expectNoAxeViolations(page, 'extension dialog refused');
    // The dialog fits 320 px (200 % zoom of 640 px).
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await expectNoAxeViolations(page, 'extension dialog at 320 px');
    await screenshot(page, 'workbench-frist-verlaengern-abgelehnt-de-320');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('deadline').innerText(), { timeout: 10_000 }).toContain('Grund: Kollegin war schneller');
    await page.context().close();
  });

  it('moves through the queue with j/k/o, / and ?, never while typing, and not once switched off', async () => {
    const page = await loggedIn('clerk-gewerbe');
    const links = page.locator('tbody th[scope="row"] a');
    await links.nth(2).waitFor();
    expect(await links.count()).toBe(3);
    const hrefs = await Promise.all([0, 1, 2].map(async (i) => (await links.nth(i).getAttribute('href'))!));

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
    await help.waitFor();
    expect(await help.innerText()).toMatch(/j\s+Nächsten Vorgang auswählen/);
    await expectNoAxeViolations(page, 'shortcut help');
    await screenshot(page, 'workbench-tastenkuerzel-dialog-de-1280');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press('j');
    expect((await focused(page)).href).toBe(hrefs[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect((await focused(page)).href).toBe(hrefs[2]);
    await page.keyboard.press('k');
    expect((await focused(page)).href).toBe(hrefs[1]);
    await screenshot(page, 'workbench-vorgaenge-auswahl-de-1280');

    // "/" goes to the filters; typing there is typing, not a shortcut.
    await page.keyboard.press('/');
    expect((await focused(page)).id).toBe('filter-procedure');
    await tabTo(page, '#filter-deadline');
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    expect((await focused(page)).id).toBe('filter-deadline');
    expect(await help.count()).toBe(0);

    // o opens the selected case; g q comes back.
    await tabTo(page, `href=${hrefs[1]}`);
    await page.keyboard.press('o');
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe('Zweck des Zugriffs');
    expect(new URL(page.url()).pathname).toBe(hrefs[1]);
    await page.keyboard.press('g');
    await page.keyboard.press('q');
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe('Vorgänge');

    // Switched off in the help dialog: the keys do nothing, also after a reload.
    await page.keyboard.press('?');
    await help.waitFor();
    await tabTo(page, 'Tastenkürzel verwenden');
    await page.keyboard.press('Space');
    await help.getByRole('status').filter({ hasText: 'ausgeschaltet' }).waitFor();
    await page.keyboard.press('Escape');
    await page.reload();
    await links.first().waitFor();
    await page.keyboard.press('j');
    expect((await focused(page)).href).not.toBe(hrefs[0]);
    await page.keyboard.press('?');
    await page.keyboard.press('/');
    expect(await help.count()).toBe(0);
    expect((await focused(page)).id).not.toBe('filter-procedure');
    // The button stays, to turn them on again.
    await tabTo(page, 'Tastenkürzel (ausgeschaltet)');
    await page.keyboard.press('Enter');
    await help.waitFor();
    await tabTo(page, 'Tastenkürzel verwenden');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await tabTo(page, `href=${hrefs[0]}`);
    await page.keyboard.press('j');
    expect((await focused(page)).href).toBe(hrefs[1]);
    await page.context().close();
  });
});
