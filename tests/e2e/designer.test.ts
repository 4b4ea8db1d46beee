// The designer in Chromium (issue 12), keyboard only, no drag: a designer builds a procedure from
// scratch in the text view (states, events, a transition with a guard, a deadline, a form with two
// fields, a receipt effect), sees the dead end and a guard error in the problems panel, chooses one
// (focus lands on the field), fixes them, simulates the procedure to its end with the clock, saves
// and asks to publish; a second designer reviews the diff and approves (four eyes); then a citizen
// finds the new procedure in the portal and submits it. axe (WCAG 2.1 A/AA) on every page;
// screenshots in German at 1280 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, designerPage, press, reach, typeInto } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { fillAllPages, submitAndConfirm } from './support/applyFlow.js';
import { focused } from './support/keyboard.js';
import { portalLogin } from './support/portalLogin.js';

const suite = useCaseSuite('e2e-designer');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const h1 = (page: Page) => page.locator('h1').innerText();

/** A designer's browser, logged in through the dev IdP page, at `path`. */
const loggedIn = (who: string, path = '/designer/'): Promise<Page> => designerPage(browser, suite.api.url, path, { who });

describe('Designer', () => {
  it('shows "Kein Zugang" to anyone but a designer', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await expect.poll(() => h1(page)).toBe('Kein Zugang zum Designer');
    await page.context().close();
  });

  it('lets a designer build, check, fix, save and publish a procedure by keyboard only', async () => {
    const page = await loggedIn('designer');
    await expect.poll(() => h1(page)).toBe('Verfahren');
    await page.getByTestId('procedures').waitFor();
    expect(await page.getByTestId('procedures').innerText()).toContain('anfrage');
    await expectNoAxeViolations(page, 'procedures');
    await screenshot(page, 'designer-verfahren-de-1280');

    await typeInto(page, 'new-id', 'parkausweis');
    await typeInto(page, 'new-titleDe', 'Parkausweis für Anwohner');
    await typeInto(page, 'new-titleEn', 'Residents\' parking permit');
    await typeInto(page, 'new-legalBasis', '§ 45 StVO');
    await press(page, 'Verfahren anlegen');
    await expect.poll(() => h1(page)).toBe('Parkausweis für Anwohner – Entwurf der Fassung 1');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Keine Probleme gefunden.' }).count()).toBe(1);

    // States and an event from the forms, no drag.
    await typeInto(page, 'add-state-name', 'pruefung');
    await typeInto(page, 'add-state-de', 'In Prüfung');
    await press(page, 'Zustand hinzufügen');
    await page.locator('#st-pruefung').waitFor();
    await typeInto(page, 'add-state-name', 'genehmigt');
    await typeInto(page, 'add-state-de', 'Genehmigt');
    await choose(page, 'add-state-kind', 'final');
    await press(page, 'Zustand hinzufügen');
    await page.locator('#st-genehmigt').waitFor();
    await typeInto(page, 'add-event-name', 'GENEHMIGEN');
    await typeInto(page, 'add-event-de', 'Genehmigen');
    await choose(page, 'add-event-role', 'clerk');
    await press(page, 'Ereignis hinzufügen');
    await page.locator('#ev-GENEHMIGEN').waitFor();

    // Submitting now leads into the review, which nobody can leave yet: a dead end.
    await choose(page, 'tr-entwurf-on-SUBMIT-0-target', 'pruefung');
    const stuck = page.locator('.dz-problem').filter({ hasText: 'Im Zustand „pruefung“ darf keine Rolle handeln' });
    await stuck.waitFor();
    await expectNoAxeViolations(page, 'editor with problems');
    await screenshot(page, 'designer-probleme-de-1280');
    await press(page, /^Fehler: Im Zustand „pruefung“/);
    await expect.poll(async () => (await focused(page)).id).toBe('st-pruefung-name');
    expect(await page.locator('#st-pruefung').getAttribute('data-selected')).toBe('true');

    // The fix: the clerk approves (with a guard), or after three months the case moves on.
    await choose(page, 'add-transition-source', 'pruefung');
    await choose(page, 'add-transition-event', 'GENEHMIGEN');
    await choose(page, 'add-transition-target', 'genehmigt');
    await press(page, 'Übergang hinzufügen');
    await page.locator('#tr-pruefung-on-GENEHMIGEN-0').waitFor();
    await choose(page, 'add-transition-kind', 'after');
    await typeInto(page, 'add-transition-delay', 'P3M', false);
    await expect.poll(() => page.locator('#add-transition-delay-words').innerText()).toBe('Das sind 3 Monate.');
    await choose(page, 'add-transition-target', 'eingereicht');
    await press(page, 'Übergang hinzufügen');
    await page.locator('#tr-pruefung-after-P3M-0').waitFor();
    await expect.poll(() => stuck.count()).toBe(0);

    // A guard that reads a form the procedure does not have: an error that names the field.
    await typeInto(page, 'tr-pruefung-on-GENEHMIGEN-0-guard', '{"==": [{"var": "data.antrag.art"}, "anwohner"]}');
    const guardProblem = page.locator('.dz-problem').filter({ hasText: 'data.antrag.art' });
    await guardProblem.waitFor();
    await press(page, /^Fehler: Die Bedingung liest „data\.antrag\.art“/);
    await expect.poll(async () => (await focused(page)).id).toBe('tr-pruefung-on-GENEHMIGEN-0-guard');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{"!!": [{"var": "case.id"}]}');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Keine Probleme gefunden.' }).count()).toBe(1);
    expect(await page.locator('#tr-pruefung-after-P3M-0-trigger-words').innerText()).toBe('Das sind 3 Monate.');

    // A finding about the procedure itself leads to its settings.
    await typeInto(page, 'set-legalBasis', '');
    await page.locator('.dz-problem').filter({ hasText: '/legalBasis' }).waitFor();
    await press(page, /^Fehler: .*legalBasis/);
    await expect.poll(async () => (await focused(page)).id).toBe('set-legalBasis');
    await page.keyboard.type('§ 45 Abs. 1b StVO');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Keine Probleme gefunden.' }).count()).toBe(1);

    // The citizen's form: two fields from the palette, a generated example; SUBMIT carries it and gives a receipt.
    await typeInto(page, 'add-form-name', 'antrag');
    await typeInto(page, 'add-form-de', 'Antrag auf einen Parkausweis');
    await press(page, 'Formular hinzufügen');
    await typeInto(page, 'fm-antrag-palette-label', 'Kennzeichen', false);
    await press(page, 'Text hinzufügen');
    await typeInto(page, 'fm-antrag-palette-label', 'Anzahl der Fahrzeuge', false);
    await press(page, 'Ganze Zahl hinzufügen');
    await reach(page, '#fm-antrag-f-kennzeichen-required');
    await page.keyboard.press('Space');
    await press(page, 'Beispiel erzeugen');
    await expect.poll(() => page.locator('#fm-antrag-examples-status').innerText()).toBe('1 Beispiel, gültig.');
    await choose(page, 'ev-SUBMIT-form', 'antrag');
    await choose(page, 'effects-place', 't|entwurf|SUBMIT|0');
    await choose(page, 'add-effect-type', 'receipt');
    await press(page, 'Wirkung hinzufügen');
    await expect.poll(() => page.getByTestId('effects-status').innerText()).toContain('hinzugefügt');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Keine Probleme gefunden.' }).count()).toBe(1);

    // Simulated to its end: the citizen submits with the example, then the clock runs to the three-month deadline.
    await page.locator('#sim-now-title').focus();
    await press(page, 'SUBMIT mit Beispieldaten senden');
    const live = () => page.locator('#simulation [aria-live="polite"]').innerText();
    await expect.poll(live).toMatch(/^Neuer Stand: pruefung\./);
    await press(page, 'Bis zur nächsten Frist');
    await expect.poll(live).toMatch(/^Neuer Stand: eingereicht\./);
    expect(await page.locator('.sim-now').innerText()).toContain('Endzustand');
    expect(await page.locator('.sim-log').innerText()).toContain('Frist abgelaufen: 3 Monate (pruefung)');
    await expectNoAxeViolations(page, 'simulated to the end');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const saved = (await suite.api.call('GET', '/api/definitions/parkausweis', undefined, { as: 'designer' })).body.at(-1).content;
    expect(Object.keys(saved.forms.antrag.schema.properties)).toEqual(['kennzeichen', 'anzahlDerFahrzeuge']);
    expect(saved.events.SUBMIT.form).toBe('antrag');
    expect(saved.machine.states.pruefung).toEqual({
      meta: { title: { de: 'In Prüfung', en: 'In Prüfung' } },
      on: { GENEHMIGEN: { target: 'genehmigt', guard: { '!!': [{ var: 'case.id' }] } } },
      after: { P3M: { target: 'eingereicht' } },
    });
    await expectNoAxeViolations(page, 'editor');
    await screenshot(page, 'designer-textansicht-de-1280');

    expect(await page.getByTestId('diff').innerText()).toContain('pruefung → GENEHMIGEN');
    await press(page, 'Veröffentlichung beantragen');
    await page.getByRole('status').filter({ hasText: 'Die Veröffentlichung ist beantragt.' }).waitFor();
    expect((await suite.api.call('GET', '/api/procedures/parkausweis')).status).toBe(404);

    // Four eyes: another designer reviews the same diff and approves.
    const reviewer = await loggedIn('designer-2', '/designer/verfahren/parkausweis');
    await expect.poll(() => h1(reviewer)).toBe('Parkausweis für Anwohner – Entwurf der Fassung 1');
    await reviewer.getByTestId('diff').waitFor();
    expect(await reviewer.getByTestId('diff').innerText()).toContain('pruefung → after P3M');
    await expectNoAxeViolations(reviewer, 'review');
    await screenshot(reviewer, 'designer-diff-freigabe-de-1280');
    await press(reviewer, 'Fassung 1 freigeben und veröffentlichen');
    await reviewer.getByRole('status').filter({ hasText: 'Fassung 1 ist veröffentlicht.' }).waitFor();
    expect((await suite.api.call('GET', '/api/procedures/parkausweis')).status).toBe(200);
    await page.context().close();
    await reviewer.context().close();

    // A citizen finds the new procedure in the portal's catalogue and submits it; the receipt is verified.
    const citizen = await (await browser.newContext()).newPage();
    await citizen.context().addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
    await portalLogin(citizen, suite.api.url, 'erika', '/');
    await citizen.getByLabel('Leistung suchen').fill('Parkausweis');
    await citizen.getByRole('link', { name: /Parkausweis für Anwohner/ }).first().click();
    await citizen.getByRole('link', { name: 'Antrag starten' }).click();
    await citizen.waitForURL(/\/antrag\/[0-9a-f-]{36}/);
    const caseId = /\/antrag\/([0-9a-f-]{36})/.exec(citizen.url())![1]!;
    suite.caseIds.push(caseId);
    const procedure = (await suite.api.call('GET', '/api/procedures/parkausweis')).body as { forms: { antrag: { schema: Record<string, unknown> } } };
    await fillAllPages(citizen, procedure.forms.antrag.schema, { kennzeichen: 'M-AW 2026', anzahlDerFahrzeuge: 1 });
    await submitAndConfirm(citizen, caseId);
    const view = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'erika' })).body as { state: unknown };
    expect(JSON.stringify(view.state)).toContain('pruefung');
    await citizen.context().close();
  }, 300_000); // some 66 s alone; timed out at 120 s in a CI run on a loaded machine

  it('keeps a designer\'s edits when another designer saved the draft first (412), and saves them over it on request', async () => {
    const draft = { ...(await suite.api.call('GET', '/api/procedures/anfrage')).body, id: 'zwei-bearbeiter' };
    expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
    const page = await loggedIn('designer', '/designer/verfahren/zwei-bearbeiter');
    await page.locator('#st-submitted-title').waitFor();
    // Meanwhile designer-2 saves a new title.
    const opened = await suite.api.call('GET', '/api/definitions/zwei-bearbeiter', undefined, { as: 'designer-2' });
    const theirs = { ...opened.body.at(-1).content, title: { de: 'Von Deniz', en: 'By Deniz' } };
    expect((await suite.api.call('PUT', '/api/definitions/zwei-bearbeiter', theirs, { as: 'designer-2', headers: { 'if-match': opened.headers.get('etag')! } })).status).toBe(200);

    await typeInto(page, 'st-submitted-title', 'In Bearbeitung (geprüft)');
    await press(page, 'Entwurf speichern');
    const conflict = page.getByTestId('save-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('designer-2 hat den Entwurf gespeichert');
    await expect.poll(() => page.evaluate<string>("document.activeElement?.getAttribute('data-testid') ?? ''")).toBe('save-conflict');
    await expectNoAxeViolations(page, 'save conflict');
    await screenshot(page, 'designer-konflikt-de-1280');
    expect(await page.locator('#st-submitted-title').inputValue()).toBe('In Bearbeitung (geprüft)');
    await press(page, 'Meine Fassung speichern');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const stored = (await suite.api.call('GET', '/api/definitions/zwei-bearbeiter', undefined, { as: 'designer' })).body.at(-1).content;
    expect(stored.machine.states.submitted.meta.title.de).toBe('In Bearbeitung (geprüft)');
    expect(stored.title.de).toBe('Allgemeine Anfrage an eine Behörde');
    // Narrow screens (320 px and 200 % zoom fall under the same layout): tables stack, no violation.
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page, 'editor at 375 px');
    await screenshot(page, 'designer-editor-de-375');
    await page.context().close();
  });
});
