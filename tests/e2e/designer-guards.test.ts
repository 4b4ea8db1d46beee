// The visual guard builder in Chromium (issue 12), keyboard only: a designer opens a new draft of
// the catalogue's Gewerbeanmeldung, builds "Anzahl der Beschäftigten ist mindestens 10" on the
// transition whose event carries the form, sees only the fields that exist at each transition,
// switches to the JSON Logic text and back, and saves; the stored definition holds the JSON
// Logic. A guard the builder cannot show stays text. axe (WCAG 2.1 A/AA) at 1280 and 320 px.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, designerPage, reach } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { SCREENSHOT_DIR, expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-guards', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const options = (page: Page, id: string) => page.locator(`#${id} option`).evaluateAll((els) => els.map((o) => (o as unknown as { value: string }).value));
const SUBMIT = 'tr-entwurf-on-SUBMIT-0-guard';
const DOCUMENTS = 'tr-nachforderung-on-SUBMIT_DOCUMENTS-0-guard';
const draftGuard = async () => (await suite.api.call('GET', '/api/definitions/gewerbeanmeldung', undefined, { as: 'designer' })).body.at(-1).content.machine.states;

/** A designer's browser, logged in through the dev IdP page, at `path`. */
const loggedIn = (path: string, language = 'de', width = 1280): Promise<Page> => designerPage(browser, suite.api.url, path, { language: language as 'de' | 'en', width });

describe('Designer guard builder', () => {
  it('builds a guard from the fields at the transition, by keyboard, and saves it as JSON Logic', async () => {
    const page = await loggedIn('/designer/verfahren/gewerbeanmeldung');
    await reach(page, 'Neuen Entwurf aus der veröffentlichten Fassung anlegen');
    await page.keyboard.press('Enter');
    await page.locator(`#${SUBMIT}`).waitFor();

    // A guard the builder cannot show stays as text, with a note why; nothing is lost.
    const confirm = page.locator('#tr-pruefung-on-CONFIRM-0-guard');
    expect(await confirm.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    expect(JSON.parse(await confirm.inputValue())).toHaveProperty('or');
    expect(await page.locator('#tr-pruefung-on-CONFIRM-0 .dz-guard-field').innerText()).toContain('kann der Baukasten nicht darstellen');

    // Where the form is submitted, its fields are event.data; nothing is stored before.
    await reach(page, `#${SUBMIT}-root-add-rule`);
    await page.keyboard.press('Enter');
    const field = `${SUBMIT}-0-fields`;
    await page.locator(`#${field}`).waitFor();
    const atSubmit = await options(page, field);
    expect(atSubmit).toContain('event.data.beschaeftigte');
    expect(atSubmit.every((o) => o.startsWith('event.data.'))).toBe(true);
    expect(atSubmit).not.toContain('event.data.betriebsanschrift'); // a group, not a value
    await choose(page, field, 'event.data.beschaeftigte');
    await choose(page, `${SUBMIT}-0-operators`, '>=');
    expect(await options(page, `${SUBMIT}-0-operators`)).not.toContain('contains');
    await reach(page, `#${SUBMIT}-0-value-editor`);
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Ungespeicherte');

    // After the request for documents, the forms stored before are data.<form>; its own form has no scalar field.
    await reach(page, `#${DOCUMENTS}-root-add-rule`);
    await page.keyboard.press('Enter');
    await page.locator(`#${DOCUMENTS}-0-fields`).waitFor();
    const atDocuments = await options(page, `${DOCUMENTS}-0-fields`);
    expect(atDocuments).toEqual(expect.arrayContaining(['data.anmeldung.beschaeftigte', 'data.nachforderung.frist']));
    expect(atDocuments.some((o) => o.startsWith('event.data.') || o.startsWith('data.bestaetigung.'))).toBe(false);
    expect(await page.locator(`#${DOCUMENTS}-0-fields optgroup`).first().getAttribute('label')).toMatch(/^Bereits gespeichert: /);
    await expectNoAxeViolations(page, 'guard builder');
    await page.locator('#tr-entwurf-on-SUBMIT-0').screenshot({ path: join(SCREENSHOT_DIR, 'designer-bedingung-baukasten-de-1280.png') });
    await reach(page, `#${DOCUMENTS}-0-remove-rule`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${DOCUMENTS}-0-fields`).count()).toBe(0);

    // The same guard as text, and back. (The removed rule's button took focus with it: back to the
    // transitions through "Auf dieser Seite", as a keyboard user would.)
    await reach(page, 'Übergänge');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('transitions-title');
    await reach(page, `#${SUBMIT}-astext`);
    await page.keyboard.press('Space');
    expect(JSON.parse(await page.locator(`textarea#${SUBMIT}`).inputValue())).toEqual({ '>=': [{ var: 'event.data.beschaeftigte' }, 10] });
    await page.keyboard.press('Space');
    await page.locator(`#${SUBMIT}-0-value-editor`).waitFor();
    expect(await page.locator(`#${SUBMIT}-0-value-editor`).inputValue()).toBe('10');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const states = await draftGuard();
    expect(states.entwurf.on.SUBMIT.guard).toEqual({ '>=': [{ var: 'event.data.beschaeftigte' }, 10] });
    expect(states.entwurf.on.SUBMIT.actions).toHaveLength(2);
    expect(states.nachforderung.on.SUBMIT_DOCUMENTS.guard).toBeUndefined();
    expect(states.pruefung.on.CONFIRM.guard).toHaveProperty('or');
    expect((await focused(page)).id).toBe(`${SUBMIT}-astext`);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.locator(`#${SUBMIT}-0-value-editor`).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'guard builder at 320 px');
    await page.locator('#tr-entwurf-on-SUBMIT-0').screenshot({ path: join(SCREENSHOT_DIR, 'designer-bedingung-baukasten-de-320.png') });
    await screenshot(page, 'designer-bedingung-de-320');
    // Nothing of the builder sticks out at 320 px (CSS pixels of the row's controls).
    const widest = await page.locator('#tr-entwurf-on-SUBMIT-0 .dz-guard-field *').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('labels every control in English too, and reads the saved guard back into the builder', async () => {
    const page = await loggedIn('/designer/verfahren/gewerbeanmeldung', 'en', 320);
    const value = page.locator(`#${SUBMIT}-0-value-editor`);
    await value.waitFor();
    expect(await value.inputValue()).toBe('10');
    const label = (id: string) => page.locator(`label[for="${id}"]`).innerText();
    expect(await label(`${SUBMIT}-0-fields`)).toBe('Field');
    expect(await label(`${SUBMIT}-0-operators`)).toBe('Comparison');
    expect(await label(`${SUBMIT}-0-value-editor`)).toBe('Value');
    expect(await label(`${SUBMIT}-root-combinators`)).toBe('Combine with');
    expect(await page.locator(`#${SUBMIT}-0-operators option:checked`).innerText()).toBe('is at least');
    expect(await page.locator(`#${SUBMIT}-0-fields optgroup`).first().getAttribute('label')).toMatch(/^This event: /);
    expect(await page.locator(`#${SUBMIT}-root-add-rule`).innerText()).toBe('Add rule');
    await expectNoAxeViolations(page, 'guard builder in English at 320 px');
    await screenshot(page, 'designer-editor-en-320');
    // The editor's top in English at 1280 px: section menu, problems, diagram.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate('window.scrollTo(0, 0)');
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first().innerText()).toBe('Problems');
    await expectNoAxeViolations(page, 'editor in English at 1280 px');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'designer-editor-en-1280.png') });
    await page.context().close();
  });
});
