// External recipients, consent purposes and life situations in the designer (Chromium), keyboard
// only: a designer jumps to each section through "Auf dieser Seite", adds a recipient (a role's
// name is refused) and a consent purpose, adds two life situations and reorders them (an empty
// second one and a repeated text are refused; the problems panel leads to the empty entry), and
// saves; the definition read through the API holds all of it and nothing else changed. Then the
// same in English. axe finds nothing at 1280 px and at 320 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designerPage, press, reach, typeInto } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-parties', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const focusedId = async (page: Page) => (await focused(page)).id;
const errorCount = (page: Page) => page.locator('.dz-problem--error').count();
const savedDraft = async (id: string) => (await suite.api.call('GET', `/api/definitions/${id}`, undefined, { as: 'designer' })).body.at(-1).content;

/** Opens a copy of the catalogue's "anfrage" as draft `id` in `language`, once its problems are checked. */
async function openDraft(id: string, language: 'de' | 'en'): Promise<{ page: Page; draft: Record<string, any>; errorsBefore: number }> {
  const draft = { ...(await suite.api.call('GET', '/api/procedures/anfrage')).body, id };
  expect((await suite.api.call('POST', '/api/definitions', draft, { as: 'designer' })).status).toBe(201);
  const page = await designerPage(browser, suite.api.url, `/designer/verfahren/${id}`, { language });
  await page.locator('#role-clerk').waitFor();
  await expect.poll(() => page.getByRole('status').filter({ hasText: /Keine Probleme gefunden|Fehler, |No problems found|errors?, / }).count()).toBe(1);
  return { page, draft, errorsBefore: await errorCount(page) };
}

/**
 * Types over the field that has focus — reached by the Tab that left the one before it, or put
 * back by a refused add (typeInto would Tab away first and walk the page back to it) — and
 * leaves it by Tab when `leave`.
 */
async function typeHere(page: Page, id: string, text: string, leave = true) {
  await expect.poll(() => focusedId(page)).toBe(id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  if (leave) await page.keyboard.press('Tab');
}

/**
 * Follows a link of the section menu: back to it by Shift+Tab (it sits above every section),
 * Enter, and the section's heading has focus.
 */
async function jump(page: Page, link: string, heading: string) {
  await tabTo(page, link, 'Shift+Tab', 400);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe(heading);
}

describe('Designer: recipients, consent purposes, life situations', () => {
  it('adds a recipient, a consent purpose and two life situations, reorders them and saves all of it', async () => {
    const { page, draft, errorsBefore } = await openDraft('parties-probe', 'de');
    const menu = page.getByRole('navigation', { name: 'Auf dieser Seite' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Probleme', 'Diagramm', 'Angaben zum Verfahren', 'Zustände', 'Rollen', 'Externe Empfänger',
      'Ereignisse', 'Formulare', 'Übergänge', 'Wirkungen', 'Datenkategorien und Einwilligung', 'Einwilligungszwecke', 'Dokumente und Benachrichtigungen',
      'Simulation', 'Veröffentlichen']);

    // Life situations, in the settings: "Kontakt zur Verwaltung" is there; two more are added.
    await reach(page, 'Angaben zum Verfahren');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('settings-title');
    expect(await page.locator('label[for=ls-0-de]').innerText()).toBe('Lebenslage 1 (Deutsch)');
    for (const [index, de, en] of [[1, 'Umzug', 'Moving house'], [2, 'Familie', 'Family']] as const) {
      await press(page, 'Lebenslage hinzufügen');
      await expect.poll(() => focusedId(page)).toBe(`ls-${index}-de`);
      await page.keyboard.type(de);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe(`ls-${index}-en`);
      await page.keyboard.type(en);
      await page.keyboard.press('Tab');
    }
    // An empty entry is a problem until filled in, and a second empty one is refused.
    await press(page, 'Lebenslage hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('ls-3-de');
    await expect.poll(() => errorCount(page)).toBeGreaterThan(errorsBefore);
    await press(page, 'Lebenslage hinzufügen');
    await expect.poll(() => page.locator('#ls-add-error').innerText()).toBe('Lebenslage 4 ist noch leer: Füllen Sie sie zuerst aus.');
    expect(await page.locator('#ls-4').count()).toBe(0);
    // The problems panel (above, on the way back) leads to the empty entry's field.
    await tabTo(page, /\/lifeSituations\/3\/de/, 'Shift+Tab', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('ls-3-de');
    expect(await page.locator('#ls-3').getAttribute('data-selected')).toBe('true');
    // A text another entry has is refused at the field and stays unsaved.
    await page.keyboard.type('Umzug');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#ls-3-de-error').innerText()).toBe('Lebenslage 2 hat denselben Text.');
    expect(await page.locator('#ls-3-de').getAttribute('aria-invalid')).toBe('true');
    await press(page, /^Entfernen\s*\(Lebenslage 4\)$/);
    await expect.poll(() => focusedId(page)).toBe('life-situations-title');
    await expect.poll(() => errorCount(page)).toBe(errorsBefore);
    // "Familie" to the top: focus stays on the moved entry's button.
    await press(page, /^Nach oben\s*\(Familie\)$/);
    await expect.poll(() => focusedId(page)).toBe('ls-1-up');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('ls-0-down');
    expect(await page.getByTestId('life-situations-status').innerText()).toBe('Familie ist jetzt Lebenslage 1.');
    expect(await page.locator('#ls-0-de').inputValue()).toBe('Familie');

    // An external recipient: a role's name is refused; the new row's legal basis takes focus.
    await jump(page, 'Externe Empfänger', 'recipients-title');
    expect(await page.locator('section[aria-labelledby=recipients-title] p.kern-body').first().innerText()).toContain('keine Beteiligten');
    await typeInto(page, 'add-recipient-name', 'clerk');
    await press(page, 'Empfänger hinzufügen');
    await expect.poll(() => page.locator('#add-recipient-name-error').innerText()).toContain('„clerk“ ist schon eine Rolle');
    await typeHere(page, 'add-recipient-name', 'finanzamt');
    await typeHere(page, 'add-recipient-de', 'Finanzamt Musterstadt');
    await typeHere(page, 'add-recipient-en', 'Musterstadt tax office', false);
    await press(page, 'Empfänger hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('rcp-finanzamt-legalBasis');
    await page.keyboard.type('§ 138 AO');
    await page.keyboard.press('Tab');

    // A consent purpose.
    await jump(page, 'Einwilligungszwecke', 'consent-purposes-title');
    await typeInto(page, 'add-consent-purpose-name', 'abruf-finanzamt');
    await typeHere(page, 'add-consent-purpose-de', 'Abruf der Steuernummer beim Finanzamt');
    await typeHere(page, 'add-consent-purpose-en', 'Request of the tax number from the tax office', false);
    await press(page, 'Zweck hinzufügen');
    await expect.poll(() => focusedId(page)).toBe('cp-abruf_finanzamt-de');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Gespeichert.');
    const saved = await savedDraft('parties-probe');
    expect(saved.lifeSituations).toEqual([
      { de: 'Familie', en: 'Family' }, { de: 'Kontakt zur Verwaltung', en: 'Contacting the administration' }, { de: 'Umzug', en: 'Moving house' },
    ]);
    expect(saved.recipients).toEqual({ finanzamt: { title: { de: 'Finanzamt Musterstadt', en: 'Musterstadt tax office' }, legalBasis: '§ 138 AO' } });
    expect(saved.consentPurposes).toEqual({ 'abruf-finanzamt': { title: { de: 'Abruf der Steuernummer beim Finanzamt', en: 'Request of the tax number from the tax office' } } });
    const rest = (def: Record<string, unknown>) => Object.fromEntries(Object.entries(def).filter(([k]) => !['lifeSituations', 'recipients', 'consentPurposes'].includes(k)));
    expect(rest(saved)).toEqual(rest(draft));
    expect(await errorCount(page)).toBe(errorsBefore);

    await expectNoAxeViolations(page, 'editor with recipients, consent purposes and life situations');
    await screenshot(page, 'designer-parties-de-1280');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.locator('#life-situations').scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'recipients, consent purposes and life situations at 320 px');
    await screenshot(page, 'designer-parties-de-320');
    await page.context().close();
  });

  it('does the same in English', async () => {
    const { page, errorsBefore } = await openDraft('parties-probe-en', 'en');
    const menu = page.getByRole('navigation', { name: 'On this page' });
    const links = await menu.getByRole('link').allInnerTexts();
    expect(links.slice(links.indexOf('Roles'), links.indexOf('Roles') + 2)).toEqual(['Roles', 'External recipients']);
    expect(links.slice(links.indexOf('Data categories and consent'), links.indexOf('Data categories and consent') + 2)).toEqual(['Data categories and consent', 'Consent purposes']);

    await reach(page, 'About the procedure');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('settings-title');
    expect(await page.locator('label[for=ls-0-en]').innerText()).toBe('Life situation 1 (English)');
    await press(page, 'Add life situation');
    await expect.poll(() => focusedId(page)).toBe('ls-1-de');
    await page.keyboard.type('Umzug');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Moving house');
    await page.keyboard.press('Tab');
    await tabTo(page, /^Move down\s*\(Contacting the administration\)$/, 'Shift+Tab', 20);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('ls-1-up');
    expect(await page.getByTestId('life-situations-status').innerText()).toBe('Contacting the administration is now life situation 2.');

    await jump(page, 'External recipients', 'recipients-title');
    await typeInto(page, 'add-recipient-name', 'chamber');
    await typeHere(page, 'add-recipient-de', 'Industrie- und Handelskammer');
    await typeHere(page, 'add-recipient-en', 'Chamber of commerce', false);
    await press(page, 'Add recipient');
    await expect.poll(() => focusedId(page)).toBe('rcp-chamber-legalBasis');

    await jump(page, 'Consent purposes', 'consent-purposes-title');
    await typeInto(page, 'add-consent-purpose-name', 'Research');
    await press(page, 'Add purpose');
    await expect.poll(() => page.locator('#add-consent-purpose-name-error').innerText()).toContain('must start with a lower-case letter');
    await typeHere(page, 'add-consent-purpose-name', 'research');
    await typeHere(page, 'add-consent-purpose-de', 'Forschung');
    await typeHere(page, 'add-consent-purpose-en', 'Research', false);
    await press(page, 'Add purpose');
    await expect.poll(() => focusedId(page)).toBe('cp-research-de');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Saved.');
    const saved = await savedDraft('parties-probe-en');
    expect(saved.lifeSituations).toEqual([{ de: 'Umzug', en: 'Moving house' }, { de: 'Kontakt zur Verwaltung', en: 'Contacting the administration' }]);
    expect(saved.recipients).toEqual({ chamber: { title: { de: 'Industrie- und Handelskammer', en: 'Chamber of commerce' } } });
    expect(saved.consentPurposes).toEqual({ research: { title: { de: 'Forschung', en: 'Research' } } });
    expect(await errorCount(page)).toBe(errorsBefore);

    await expectNoAxeViolations(page, 'editor in English with recipients, consent purposes and life situations');
    await screenshot(page, 'designer-parties-en-1280');
    await page.context().close();
  });
});
