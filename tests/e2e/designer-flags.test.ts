// The designer's per-entry flags in Chromium, keyboard only: a designer follows a problem about an
// event's quorum to its field and empties it, marks a citizen role joinable, adds an event and
// sets its signature to the authority's seal and its quorum to 2 (12 is refused beside the field
// first), marks a form public, and saves; the saved definition (read through the API) holds exactly that,
// axe finds nothing at 1280 px and at 320 px, and the English texts are there.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, designerPage, press, reach, typeInto } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-flags', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const focusedId = async (page: Page) => (await focused(page)).id;
const errorCount = (page: Page) => page.locator('.dz-problem--error').count();
const saveStatus = (page: Page) => page.getByTestId('save-status').innerText();

/** Back up to the section menu ("Auf dieser Seite") above every section, follow a link: focus lands on the section's heading. */
async function goToSection(page: Page, link: string, heading: string) {
  await tabTo(page, link, 'Shift+Tab', 400);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe(heading);
}

describe('Designer flags', () => {
  it('sets signature and quorum of an event, makes a citizen role joinable and a form public, and saves all of it', async () => {
    const published = (await suite.api.call('GET', '/api/procedures/anfrage')).body;
    // WITHDRAW comes with a quorum the meta-schema refuses, for the problems panel to name.
    const draft = { ...published, id: 'flags-probe', events: { ...published.events, WITHDRAW: { ...published.events.WITHDRAW, quorum: 12 } } };
    expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
    const page = await designerPage(browser, suite.api.url, '/designer/verfahren/flags-probe');
    await page.locator('#role-applicant').waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Fehler, / }).count()).toBe(1);
    const errorsBefore = await errorCount(page);

    // The problem about WITHDRAW's quorum leads to its field; emptying it removes the key.
    await press(page, /\/events\/WITHDRAW\/quorum/);
    await expect.poll(() => focusedId(page)).toBe('ev-WITHDRAW-quorum');
    expect(await page.locator('#ev-WITHDRAW').getAttribute('data-selected')).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect.poll(() => errorCount(page)).toBe(errorsBefore - 1);

    // Roles: only the citizen role can be joinable.
    await goToSection(page, 'Rollen', 'roles-title');
    expect(await page.locator('#role-clerk-joinable').count()).toBe(0);
    await reach(page, '#role-applicant-joinable');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#role-applicant-joinable').isChecked()).toBe(true);

    // Events: a new event of the clerk, released by two officials under the authority's seal (an
    // event with a quorum carries no form); keepData on and off again leaves no key behind; a
    // quorum of 12 is refused beside the field, 2 is taken.
    await goToSection(page, 'Ereignisse', 'events-title');
    await typeInto(page, 'add-event-name', 'FREIGEBEN');
    await typeInto(page, 'add-event-de', 'Antwort freigeben');
    await choose(page, 'add-event-role', 'clerk');
    await press(page, 'Ereignis hinzufügen');
    await page.locator('#ev-FREIGEBEN').waitFor();
    await goToSection(page, 'Ereignisse', 'events-title');
    await choose(page, 'ev-FREIGEBEN-signature', 'seal');
    expect(await page.locator('#ev-FREIGEBEN-signature').getAttribute('aria-describedby')).toBe('ev-FREIGEBEN-signature-hint');
    expect(await page.locator('#ev-FREIGEBEN-signature-hint').innerText()).toMatch(/^Siegel: /);
    await reach(page, '#ev-FREIGEBEN-keepData');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#ev-FREIGEBEN-keepData').isChecked()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#ev-FREIGEBEN-keepData').isChecked()).toBe(false);
    await typeInto(page, 'ev-FREIGEBEN-quorum', '12');
    await expect.poll(() => page.locator('#ev-FREIGEBEN-quorum-error').innerText()).toBe('Geben Sie eine ganze Zahl von 1 bis 9 ein. Die Angabe ist nicht übernommen.');
    expect(await page.locator('#ev-FREIGEBEN-quorum').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ev-FREIGEBEN-quorum').getAttribute('aria-describedby')).toBe('ev-FREIGEBEN-quorum-hint ev-FREIGEBEN-quorum-error');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('ev-FREIGEBEN-quorum');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#ev-FREIGEBEN-quorum-error').count()).toBe(0);

    // Forms: the first form is open in the builder; its data becomes public, and the hint says so.
    await goToSection(page, 'Formulare', 'forms-title');
    await reach(page, '#fm-anfrage-public');
    expect(await page.locator('#fm-anfrage-public-hint').innerText()).toMatch(/^Achtung: Die Eingaben dieses Formulars werden öffentlich\./);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#fm-anfrage-public').isChecked()).toBe(true);

    await page.keyboard.press('Control+s');
    await expect.poll(() => saveStatus(page)).toBe('Gespeichert.');
    const saved = (await suite.api.call('GET', '/api/definitions/flags-probe', undefined, { as: 'designer' })).body.at(-1).content;
    expect(saved.events).toEqual({
      ...published.events, FREIGEBEN: { by: ['clerk'], title: { de: 'Antwort freigeben', en: 'Antwort freigeben' }, signature: 'seal', quorum: 2 },
    });
    expect(saved.roles).toEqual({ ...published.roles, applicant: { kind: 'citizen', joinable: true } });
    expect(saved.forms).toEqual({ ...published.forms, anfrage: { ...published.forms.anfrage, public: true } });
    expect(saved.machine).toEqual(published.machine);
    expect(await errorCount(page)).toBe(errorsBefore - 1);
    await page.context().close();
  }, 300_000); // some 40 s alone; Tab walks on this long page slow down on a loaded machine

  it('shows the saved flags with no axe violation at 1280 and at 320 px', async () => {
    const page = await designerPage(browser, suite.api.url, '/designer/verfahren/flags-probe');
    await page.locator('#ev-FREIGEBEN').waitFor();
    expect(await page.locator('#role-applicant-joinable').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'editor with flags');
    await page.locator('#events-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'designer-flags-de-1280');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page, 'flags at 320 px');
    await screenshot(page, 'designer-flags-de-320');
    await page.context().close();
  });

  it('names the flags in English', async () => {
    const page = await designerPage(browser, suite.api.url, '/designer/verfahren/flags-probe', { language: 'en' });
    await page.locator('#role-applicant').waitFor();
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Events' }).count()).toBe(1);
    expect(await page.locator('label[for=ev-FREIGEBEN-quorum]').innerText()).toBe('How many different persons must fire it? (optional, 1 to 9)');
    expect(await page.locator('#ev-FREIGEBEN-quorum').inputValue()).toBe('2');
    expect(await page.locator('#ev-FREIGEBEN-signature option:checked').textContent()).toBe('Seal of the authority');
    expect(await page.locator('label[for=role-applicant-joinable]').innerText()).toBe('Any person or company may join');
    expect(await page.locator('label[for=fm-anfrage-public]').innerText()).toBe('Publish the data (contract notice)');
    expect(await page.locator('#fm-anfrage-public-hint').innerText()).toMatch(/^Caution: the input of this form becomes public\./);
    await page.context().close();
  });
});
