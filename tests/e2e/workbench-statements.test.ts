// Issue 11, Baugenehmigung in Chromium, keyboard only: the fire-protection clerk sees the case
// in the queue while its statement is requested, opens it with a purpose, gives the statement
// through the action form, and then loses sight of it — gone from the queue, and its address
// says "no longer accessible to you" (the API's 403 `no-longer-involved`), not an error.
// axe (WCAG 2.1 A/AA) on every page; screenshots in German at 1280 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { tabTo } from './support/keyboard.js';
import { workbenchLogin } from './support/workbenchLogin.js';

const suite = useCaseSuite('e2e-workbench-statements');
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchChromium();
  const bau = catalogueDefinition('baugenehmigung');
  caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'baugenehmigung' }, { as: 'erika' })).body.id;
  suite.caseIds.push(caseId);
  for (const [type, data, as] of [['SUBMIT', example(bau, 'bauantrag'), 'erika'], ['CONFIRM_COMPLETE', {}, 'clerk-bau']] as const) {
    const res = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type, data }, { as });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});
afterAll(async () => { await browser?.close(); });

/** Logged in as `who` at /workbench/ (German, 1280 px). */
const loggedIn = (who: string): Promise<Page> => workbenchLogin(browser, suite.api.url, who);

const h1 = (page: Page) => page.locator('h1').innerText();
const GONE = 'Vorgang für Sie nicht mehr zugänglich';

describe('Workbench: statements of other authorities (Baugenehmigung)', () => {
  it('lets fire protection give its statement by keyboard, and then the case is gone for it', async () => {
    const page = await loggedIn('clerk-brandschutz');
    const ref = caseId.slice(0, 8).toUpperCase();
    await expect.poll(() => h1(page)).toBe('Vorgänge');
    const row = page.locator('tbody tr').filter({ hasText: ref });
    await row.waitFor();
    expect(await row.innerText()).toContain('Stellungnahme Brandschutz angefragt, Stellungnahme Denkmalschutz angefragt');
    // The building authority distributes its work, not fire protection: nothing to assign here.
    expect(await row.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page, 'queue of fire protection');
    await screenshot(page, 'workbench-stellungnahme-vorgaenge-de-1280');

    await tabTo(page, `Vorgang ${ref} öffnen`);
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Zweck des Zugriffs');
    // Asked for a statement, fire protection is offered that purpose first.
    const purposes = page.getByRole('group', { name: 'Wozu öffnen Sie den Vorgang?' }).getByRole('radio');
    await expect.poll(() => purposes.first().getAttribute('id')).toBe('purpose-stellungnahme');
    await expectNoAxeViolations(page, 'purpose of fire protection');
    await tabTo(page, 'Stellungnahme zum Antrag');
    await page.keyboard.press('Space');
    await tabTo(page, 'Vorgang öffnen');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe(`Baugenehmigung (Bayern) – Vorgang ${ref}`);
    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'erika' })).body as { caseId: string; officer: string; purpose: string }[];
    expect(log).toContainEqual(expect.objectContaining({ caseId, officer: 'clerk-brandschutz', purpose: 'Stellungnahme zum Antrag' }));
    // Only the statement of its own role is offered, not the building authority's decision.
    const actions = page.locator('section[aria-labelledby="case-actions"]');
    await actions.getByRole('button', { name: 'Stellungnahme Brandschutz' }).waitFor();
    expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Stellungnahme Brandschutz']);
    // Messages are between Erika and the building authority.
    expect(await page.getByRole('heading', { name: 'Nachrichten' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case of fire protection');
    await screenshot(page, 'workbench-stellungnahme-vorgang-de-1280');

    await tabTo(page, 'Stellungnahme Brandschutz');
    await page.keyboard.press('Enter');
    const choice = await tabTo(page, /^(Keine Bedenken|Ergebnis der Stellungnahme)/);
    if (choice.tag === 'select') await page.locator(':focus').selectOption('keine-bedenken');
    else await page.keyboard.press('Space');
    await expectNoAxeViolations(page, 'statement form');
    await screenshot(page, 'workbench-stellungnahme-formular-de-1280');
    await tabTo(page, 'Stellungnahme Brandschutz');
    await page.keyboard.press('Enter');

    // The statement renders no document: no preview step; once given, the case is no longer the clerk's to read.
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe(GONE);
    await expect.poll(() => page.title()).toMatch(new RegExp(`^${GONE}`));
    await expectNoAxeViolations(page, 'case no longer accessible');
    await screenshot(page, 'workbench-stellungnahme-abgegeben-de-1280');
    const history = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'erika' })).body as { history: { type: string; actor?: { id: string } }[] };
    expect(history.history.at(-1)).toMatchObject({ type: 'FIRE_STATEMENT', actor: { id: 'clerk-brandschutz' } });

    await tabTo(page, 'Zurück zu den Vorgängen');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Vorgänge');
    // The queue shows what it held before and asks the server again at once.
    await expect.poll(() => page.locator('tbody tr').filter({ hasText: ref }).count(), { timeout: 15_000 }).toBe(0);
    await page.locator('#queue-count').waitFor();
    await expectNoAxeViolations(page, 'queue after the statement');

    // Its address, opened again: the reason at once, before any purpose (nothing read, nothing logged).
    const reads = (await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'erika' })).body.length as number;
    await page.goto(`${suite.api.url}/workbench/vorgaenge/${caseId}`);
    await expect.poll(() => h1(page)).toBe(GONE);
    expect((await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'erika' })).body).toHaveLength(reads);
    await page.context().close();
  });
});
