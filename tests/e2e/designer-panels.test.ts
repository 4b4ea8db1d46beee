// The designer's panels in Chromium (issue 12), keyboard only: a designer adds a staff role of
// another authority, lets an event be fired by it, adds a notify effect to a transition by
// filling the parameter form generated from the effect's schema, marks a data category as
// consent-gated and saves; the saved definition (read through the API) holds all of it, the
// problems panel shows no new error, axe finds nothing at 1280 px and at 320 px.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, designerPage, press, reach, typeInto } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { SCREENSHOT_DIR, expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-panels', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const focusedId = async (page: Page) => (await focused(page)).id;
const errorCount = (page: Page) => page.locator('.dz-problem--error').count();

/** A designer's browser, logged in through the dev IdP page, at `path`. */
const loggedIn = (who: string, path: string): Promise<Page> => designerPage(browser, suite.api.url, path, { who });

describe('Designer panels', () => {
  it('adds a role, lets it fire an event, adds a notify effect with generated params, gates a category, and saves all of it', async () => {
    const draft = { ...(await suite.api.call('GET', '/api/procedures/anfrage')).body, id: 'panels-probe' };
    expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
    const page = await loggedIn('designer', '/designer/verfahren/panels-probe');
    await page.locator('#role-clerk').waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Keine Probleme gefunden|Fehler, / }).count()).toBe(1);
    const errorsBefore = await errorCount(page);

    // "Auf dieser Seite": a link per section; following one puts focus on that section's heading.
    const menu = page.getByRole('navigation', { name: 'Auf dieser Seite' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Probleme', 'Diagramm', 'Angaben zum Verfahren', 'Zustände', 'Rollen', 'Externe Empfänger',
      'Ereignisse', 'Formulare', 'Übergänge', 'Wirkungen', 'Datenkategorien und Einwilligung', 'Einwilligungszwecke', 'Dokumente und Benachrichtigungen',
      'Simulation', 'Veröffentlichen']);
    await reach(page, 'Wirkungen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('effects-title');

    // A staff role of another authority; focus lands on its new row.
    await typeInto(page, 'add-role-name', 'fireAuthority');
    await typeInto(page, 'add-role-de', 'Brandschutzdienststelle');
    await typeInto(page, 'add-role-authority', 'brandschutz');
    await press(page, 'Rolle hinzufügen');
    await page.locator('#role-fireAuthority').waitFor();
    await expect.poll(() => focusedId(page)).toBe('role-fireAuthority-de');
    await typeInto(page, 'role-fireAuthority-en', 'Fire protection office');

    // The event ANSWER may now be fired by it, too; its English title changes.
    await reach(page, '#ev-ANSWER-by-fireAuthority');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#ev-ANSWER-by-fireAuthority').isChecked()).toBe(true);
    await typeInto(page, 'ev-ANSWER-title-en', 'Reply');

    // A notify effect on submitted → ANSWER, its form generated from the notify schema.
    await choose(page, 'effects-place', 't|submitted|ANSWER|0');
    await choose(page, 'add-effect-type', 'notify');
    await press(page, 'Wirkung hinzufügen');
    await page.locator('#effect-params').waitFor();
    expect(await page.locator('#effect-params').innerText()).toContain('Empfänger');
    await expect.poll(() => focusedId(page)).toBe('effect_to');
    // Applying without the required recipient is refused by the schema.
    await press(page, 'Parameter übernehmen');
    await expect.poll(() => page.locator('#effect-params .kern-error').count()).toBeGreaterThan(0);
    await expect.poll(() => errorCount(page)).toBeGreaterThan(errorsBefore);
    // A recipient that does not exist is the checker's to catch. With another place of the panel
    // shown, choosing that problem brings the effect's place back, opens its form and focuses the field.
    await typeInto(page, 'effect_to', 'feuerwehr');
    await press(page, 'Parameter übernehmen');
    await expect.poll(() => page.getByRole('button', { name: /„feuerwehr“ ist weder eine Rolle noch ein Empfänger/ }).count()).toBe(1);
    await choose(page, 'effects-place', 'entry|answered');
    await press(page, /„feuerwehr“ ist weder eine Rolle noch ein Empfänger/);
    await expect.poll(() => focusedId(page)).toBe('effect_to');
    expect(await page.locator('#effects-place').inputValue()).toBe('t|submitted|ANSWER|0');
    await typeInto(page, 'effect_to', 'fireAuthority');
    await press(page, 'Parameter übernehmen');
    await expect.poll(() => page.getByTestId('effects-status').innerText()).toBe('Die Parameter von Benachrichtigen sind übernommen.');
    await expect.poll(() => focusedId(page)).toBe('effect-0-edit');
    expect(await page.locator('#effect-0').innerText()).toContain('Empfänger: fireAuthority');
    await expect.poll(() => errorCount(page)).toBe(errorsBefore);

    // A consent-gated data category.
    await typeInto(page, 'add-category-name', 'einkommen');
    await typeInto(page, 'add-category-de', 'Einkommen');
    await press(page, 'Datenkategorie hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('cat-einkommen-de');
    await reach(page, '#cat-einkommen-consent');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#cat-einkommen-consent').isChecked()).toBe(true);

    // Templates: a notification's German text, and a new document template written in both languages.
    await typeInto(page, 'note-anfrage-beantwortet-body-de', 'Ihre Anfrage {{case.reference}} ist beantwortet.');
    await typeInto(page, 'add-document-name', 'antwortschreiben');
    await typeInto(page, 'add-document-de', 'Antwortschreiben');
    await press(page, 'Dokumentvorlage hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('doc-antwortschreiben-kind');
    await expect.poll(() => errorCount(page)).toBeGreaterThan(errorsBefore); // tenor and reasons are missing
    for (const [part, de, en] of [['tenor', 'Ihre Anfrage ist beantwortet.', 'Your enquiry is answered.'], ['reasons', 'Siehe Antwort.', 'See the answer.']] as const) {
      await typeInto(page, `doc-antwortschreiben-${part}-de`, de);
      await typeInto(page, `doc-antwortschreiben-${part}-en`, en);
    }
    await expect.poll(() => errorCount(page)).toBe(errorsBefore);

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const saved = (await suite.api.call('GET', '/api/definitions/panels-probe', undefined, { as: 'designer' })).body.at(-1).content;
    expect(saved.roles.fireAuthority).toEqual({ kind: 'staff', title: { de: 'Brandschutzdienststelle', en: 'Fire protection office' }, authority: 'brandschutz' });
    expect(saved.events.ANSWER).toEqual({ by: ['clerk', 'fireAuthority'], form: 'antwort', title: { de: 'Beantworten', en: 'Reply' } });
    expect(saved.machine.states.submitted.on.ANSWER).toEqual({ target: 'answered', actions: [{ type: 'notify', params: { to: 'fireAuthority' } }] });
    expect(saved.dataCategories).toEqual({ einkommen: { title: { de: 'Einkommen', en: 'Einkommen' }, consentRequired: true } });
    expect(saved.notifications['anfrage-beantwortet'].body).toEqual({ ...draft.notifications['anfrage-beantwortet'].body, de: 'Ihre Anfrage {{case.reference}} ist beantwortet.' });
    expect(saved.documents).toEqual({ antwortschreiben: {
      kind: 'mitteilung', title: { de: 'Antwortschreiben', en: 'Antwortschreiben' },
      tenor: { de: 'Ihre Anfrage ist beantwortet.', en: 'Your enquiry is answered.' }, reasons: { de: 'Siehe Antwort.', en: 'See the answer.' },
    } });
    // Everything else of the procedure is as it was.
    expect(saved.forms).toEqual(draft.forms);
    expect(saved.machine.states.answered).toEqual(draft.machine.states.answered);
    expect(await errorCount(page)).toBe(errorsBefore);

    // Copy a state with everything in it and paste it next to it — by button, then by Ctrl+C / Ctrl+V
    // in its row; Ctrl+Z takes a paste back. Nothing needs the mouse.
    await press(page, /^Kopieren\s*\(submitted\)$/);
    await expect.poll(() => page.getByTestId('clipboard-status').innerText()).toMatch(/^„submitted“ ist kopiert/);
    await press(page, /^Einfügen\s*\(submitted\)$/);
    await expect.poll(() => focusedId(page)).toBe('st-submittedKopie-name');
    expect(await page.getByTestId('clipboard-status').innerText()).toBe('Als „submittedKopie“ eingefügt.');
    await expect.poll(() => page.locator('#tr-submittedKopie-on-ANSWER-0-target').inputValue()).toBe('answered');
    await reach(page, '#st-answered-type');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.getByTestId('clipboard-status').innerText()).toMatch(/^„answered“ ist kopiert/);
    await page.keyboard.press('Control+v');
    await expect.poll(() => focusedId(page)).toBe('st-answeredKopie-name');
    await reach(page, '#st-answeredKopie-type'); // out of the text fields: Ctrl+Z there is the field's own undo
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#st-answeredKopie').count()).toBe(0);
    expect(await page.locator('#st-submittedKopie').count()).toBe(1);

    await expectNoAxeViolations(page, 'editor with panels');
    await page.locator('#roles-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'designer-panels-de-1280');
    await page.locator('section[aria-labelledby=templates-title]').screenshot({ path: join(SCREENSHOT_DIR, 'designer-templates-de-1280.png') });
    await press(page, /^Parameter bearbeiten/);
    await page.locator('#effect-params').waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page, 'panels at 320 px');
    await page.locator('#effects-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'designer-panels-wirkungen-de-320');
    await page.context().close();
  }, 300_000); // some 60 s alone; the Tab walks on this long page slow down on a loaded machine

  it('previews each template over sample data in both languages, following the text as it is edited', async () => {
    const procedure = (await suite.api.call('GET', '/api/procedures/anfrage')).body;
    const draft = { ...procedure, id: 'preview-probe', documents: { antwortschreiben: {
      kind: 'mitteilung', title: { de: 'Antwortschreiben', en: 'Reply' },
      tenor: { de: 'Ihre Anfrage ist beantwortet.', en: 'Your enquiry “{{data.anfrage.betreff}}” is answered.' }, reasons: { de: 'Siehe Antwort.', en: 'See the answer.' },
    } } };
    expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
    const page = await loggedIn('designer', '/designer/verfahren/preview-probe');
    await page.locator('#doc-antwortschreiben').waitFor();
    await reach(page, 'Dokumente und Benachrichtigungen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('templates-title');

    // A notification: subject and body as the runtime fills them in, German and English.
    await press(page, 'Vorschau von anfrage-beantwortet mit Beispieldaten');
    const noteDe = page.getByTestId('note-anfrage-beantwortet-preview-de');
    await expect.poll(() => noteDe.innerText()).toMatch(/^Betreff\s+Antwort auf Ihre Anfrage „Parkausweis für Anwohner“ \(BEISPIEL-2026-000123\)\s+Text\s+Sehr geehrte Damen und Herren,/);
    expect(await noteDe.innerText()).not.toContain('{{');
    expect(await page.getByTestId('note-anfrage-beantwortet-preview-en').innerText()).toContain('Answer to your enquiry “Parkausweis für Anwohner” (BEISPIEL-2026-000123)');

    // A document: the preview follows an edit of its tenor.
    await press(page, 'Vorschau von antwortschreiben mit Beispieldaten');
    expect(await page.getByTestId('doc-antwortschreiben-preview-en').innerText()).toMatch(/Tenor \(Entscheidung\)\s+Your enquiry “Parkausweis für Anwohner” is answered\./);
    await typeInto(page, 'doc-antwortschreiben-tenor-de', 'Ihre Anfrage „{{data.anfrage.betreff}}“ vom {{case.receivedAt}} ist beantwortet.');
    await expect.poll(() => page.getByTestId('doc-antwortschreiben-preview-de').innerText()).toMatch(/Ihre Anfrage „Parkausweis für Anwohner“ vom \d{1,2}\. \S+ \d{4} um \d{2}:\d{2} Uhr ist beantwortet\./);
    await expectNoAxeViolations(page, 'template previews');
    await page.locator('#doc-antwortschreiben-preview').screenshot({ path: join(SCREENSHOT_DIR, 'designer-template-preview-de-1280.png') });
    await page.context().close();

    // English at 320 px: the same previews, nothing for axe to find.
    const en = await designerPage(browser, suite.api.url, '/designer/verfahren/preview-probe', { language: 'en', width: 320 });
    await en.locator('#doc-antwortschreiben').waitFor();
    await en.locator('#doc-antwortschreiben-preview > summary').focus();
    expect(await en.locator('#doc-antwortschreiben-preview > summary').innerText()).toBe('Preview of antwortschreiben with sample data');
    await en.keyboard.press('Enter');
    await expect.poll(() => en.getByTestId('doc-antwortschreiben-preview-de').innerText()).toContain('Operative part (decision)');
    await expectNoAxeViolations(en, 'template preview at 320 px, English');
    await en.locator('#doc-antwortschreiben-preview').screenshot({ path: join(SCREENSHOT_DIR, 'designer-template-preview-en-320.png') });
    await en.context().close();
  });
});
