// The designer's form builder in Chromium (issue 12), keyboard only, no drag: a designer adds a
// form, two fields from the palette, makes one required and puts the other into a consent-gated
// data category, sees both in the live preview (the portal's own renderer), generates a sample,
// saves, and the saved definition holds it all. axe (WCAG 2.1 A/AA) at 1280 and 320 px.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureSkeleton } from '../../designer/model/index.js';
import { choose, designerPage, press, reach, typeInto } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { SCREENSHOT_DIR, expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-forms', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const focusedId = async (page: Page) => (await focused(page)).id;

/** A designer's browser, logged in through the dev IdP page, at `path`. */
const loggedIn = (who: string, path: string): Promise<Page> => designerPage(browser, suite.api.url, path, { who });

describe('Designer form builder', () => {
  it('lets a designer build a form by keyboard, see it in the live preview and save it', async () => {
    const draft = {
      ...procedureSkeleton('formular-test', { de: 'Formulartest', en: 'Form test' }, 'buergeramt', '§ 1 Testgesetz'),
      dataCategories: {
        kontakt: { title: { de: 'Kontaktdaten', en: 'Contact details' } },
        einkommen: { consentRequired: true, title: { de: 'Einkommensdaten', en: 'Income data' } },
      },
    };
    expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
    const page = await loggedIn('designer', '/designer/verfahren/formular-test');
    await page.locator('#add-form-name').waitFor();
    expect(await page.locator('#forms-title').innerText()).toBe('Formulare');

    await typeInto(page, 'add-form-name', 'antrag');
    await typeInto(page, 'add-form-de', 'Antrag auf Förderung');
    await press(page, 'Formular hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-heading');

    // Two fields from the palette: the label first, then the kind's button; focus lands on the new field.
    await typeInto(page, 'fm-antrag-palette-label', 'Familienname', false);
    await press(page, 'Text hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-familienname-key');
    await typeInto(page, 'fm-antrag-palette-label', 'Monatliches Einkommen', false);
    await press(page, 'Zahl hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-monatlichesEinkommen-key');

    await choose(page, 'fm-antrag-f-monatlichesEinkommen-category', 'einkommen');
    expect(await page.locator('#fm-antrag-f-monatlichesEinkommen-category option:checked').innerText()).toBe('Einkommensdaten (einkommen) – nur mit Einwilligung');
    await reach(page, '#fm-antrag-f-familienname-required');
    await page.keyboard.press('Space');
    await typeInto(page, 'fm-antrag-f-familienname-titleEn', 'Surname');

    // Moving by buttons: the income field up, then back down; focus stays on a move button.
    await press(page, '#fm-antrag-f-monatlichesEinkommen-up');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-monatlichesEinkommen-down');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-monatlichesEinkommen-up');

    // The live preview is the portal's renderer: both fields, labelled, in the form's order.
    const preview = page.getByTestId('form-preview');
    await expect.poll(() => preview.getByLabel(/^Familienname/).count()).toBe(1);
    await expect.poll(() => preview.getByLabel(/^Monatliches Einkommen/).count()).toBe(1);
    const labels = await preview.locator('label').allInnerTexts();
    expect(labels.findIndex((l) => l.startsWith('Familienname'))).toBeLessThan(labels.findIndex((l) => l.startsWith('Monatliches Einkommen')));

    // Without a sample the checker warns form-no-sample once an event carries the form; generate one.
    await press(page, 'Beispiel erzeugen');
    await expect.poll(() => page.locator('#fm-antrag-examples-status').innerText()).toBe('1 Beispiel, gültig.');

    await expectNoAxeViolations(page, 'form builder');
    await page.getByTestId('form-editor').screenshot({ path: join(SCREENSHOT_DIR, 'designer-formular-de-1280.png') });
    await screenshot(page, 'designer-formulare-seite-de-1280');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const saved = (await suite.api.call('GET', '/api/definitions/formular-test', undefined, { as: 'designer' })).body.at(-1).content;
    const schema = saved.forms.antrag.schema;
    expect(saved.forms.antrag.title).toEqual({ de: 'Antrag auf Förderung', en: 'Antrag auf Förderung' });
    expect(Object.keys(schema.properties)).toEqual(['familienname', 'monatlichesEinkommen']);
    expect(schema.properties.familienname).toMatchObject({ type: 'string', title: 'Familienname', 'x-i18n': { en: { title: 'Surname' } } });
    expect(schema.properties.monatlichesEinkommen).toMatchObject({ type: 'number', title: 'Monatliches Einkommen', 'x-data-category': 'einkommen' });
    expect(schema.required).toEqual(['familienname']);
    expect(schema.examples).toHaveLength(1);
    expect(schema.examples[0].familienname).toEqual(expect.any(String));

    // A finding about a field leads to it: without a German label the checker warns, the problem focuses the label.
    await typeInto(page, 'fm-antrag-f-monatlichesEinkommen-title', '');
    await press(page, /^Warnung: Das Feld „monatlichesEinkommen“ hat keinen deutschen Titel/);
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-monatlichesEinkommen-title');
    expect(await page.locator('#fm-antrag-f-monatlichesEinkommen').getAttribute('data-selected')).toBe('true');
    await page.keyboard.type('Monatliches Einkommen');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.dz-problem').filter({ hasText: 'keinen deutschen Titel' }).count()).toBe(0);

    // Deleting a field moves focus to the field list's heading.
    await press(page, '#fm-antrag-f-monatlichesEinkommen-delete');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-fields');
    await expect.poll(() => preview.getByLabel(/^Monatliches Einkommen/).count()).toBe(0);

    // A choice and an address group: the preview shows the choices and the group's fields.
    await typeInto(page, 'fm-antrag-palette-label', 'Art der Förderung', false);
    await press(page, 'Auswahl aus einer Liste hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('fm-antrag-f-artDerFoerderung-key');
    await typeInto(page, 'fm-antrag-f-artDerFoerderung-labelsDe', 'Zuschuss\nDarlehen', false);
    await typeInto(page, 'fm-antrag-f-artDerFoerderung-values', 'zuschuss\ndarlehen');
    await expect.poll(() => preview.getByRole('radio', { name: 'Darlehen' }).count()).toBe(1);
    await typeInto(page, 'fm-antrag-palette-label', 'Anschrift', false);
    await press(page, 'Anschrift (Gruppe) hinzufügen');
    await expect.poll(() => preview.getByLabel(/^Postleitzahl/).count()).toBe(1);

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page, 'form builder at 320 px');
    await page.getByTestId('form-editor').screenshot({ path: join(SCREENSHOT_DIR, 'designer-formular-de-320.png') });
    await page.context().close();
  });
});
