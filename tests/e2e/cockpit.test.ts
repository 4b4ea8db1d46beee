// The Datencockpit in Chromium (issue 10): after a clerk reads Erika's Gewerbeanmeldung with a
// purpose and asks her for consent to a gated category, Erika — keyboard only — finds the read in
// her Zugriffsprotokoll, grants the request, changes a setting that survives a reload, meets the
// error summary, and switches to English. axe (WCAG 2.1 A/AA) on every part, logged in and out;
// screenshots of every part in German and English at 1280 and 375 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { tabTo } from './support/keyboard.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const PURPOSE = 'Prüfung der Gewerbeanmeldung';
const PARTS = ['postfach', 'zugriffe', 'einwilligungen', 'daten', 'einstellungen'] as const;
const H1 = {
  de: { postfach: 'Postfach', zugriffe: 'Zugriffsprotokoll', einwilligungen: 'Einwilligungen', daten: 'Meine Daten', einstellungen: 'Einstellungen' },
  en: { postfach: 'Inbox', zugriffe: 'Access log', einwilligungen: 'Consents', daten: 'My data', einstellungen: 'Settings' },
};

const suite = useCaseSuite('e2e-cockpit');
let browser: Browser;
let caseId = '';
const consentIds: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  // Gewerbeanmeldung with a permit: its category `nachweise` needs Erika's consent (definitions/gewerbeanmeldung).
  const def = catalogueDefinition('gewerbeanmeldung');
  caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
  suite.caseIds.push(caseId);
  const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: testIso(-86_400 * 30).slice(0, 10) } };
  expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data }, erika)).status).toBe(200);
  expect((await suite.api.call('GET', `/api/cases/${caseId}?purpose=${encodeURIComponent(PURPOSE)}`, undefined, clerk)).status).toBe(200);
  await waitFor('access-log entry', 10_000, async () => {
    expect((await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body).toHaveLength(1);
  });
  // Two requests: one Erika grants in the browser, one stays open for the screenshots.
  for (const note of ['Erlaubnis nach § 34d GewO', 'Nachweis der Eintragung']) {
    const asked = await suite.api.call('POST', `/api/cases/${caseId}/consent-requests`, { categories: ['nachweise'], purpose: 'nachweispruefung', note, duration: 'P7D' }, clerk);
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    consentIds.push(asked.body.id);
  }
});
afterAll(async () => { await browser?.close(); });

/** A fresh browser context in `language`, logged in as Erika through the dev IdP page, at `returnTo`. */
async function loggedIn(language: 'de' | 'en', width: number, returnTo: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((lng) => { if (!localStorage.getItem('amtsweg.language')) localStorage.setItem('amtsweg.language', lng); }, language);
  const page = await context.newPage();
  await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator('#identity').selectOption('erika');
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith(returnTo));
  return { context, page };
}

/** The focused element's id, else its text. */
const focused = (page: Page) => page.evaluate<string>("document.activeElement?.id || document.activeElement?.innerText?.trim() || ''");

describe('Datencockpit', () => {
  it('lets Erika, by keyboard only, see the clerk\'s read, grant consent, keep a setting and switch to English', async () => {
    const { context, page } = await loggedIn('de', 1280, '/cockpit');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Postfach');
    expect(new URL(page.url()).pathname).toBe('/cockpit/postfach');

    await tabTo(page, 'Zugriffsprotokoll', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Zugriffsprotokoll');
    await expect.poll(() => page.title()).toMatch(/^Zugriffsprotokoll – /);
    expect(await page.getByRole('link', { name: 'Zugriffsprotokoll' }).getAttribute('aria-current')).toBe('page');
    const row = page.getByRole('row').nth(1);
    await row.waitFor();
    for (const text of ['Gewerbeamt', 'clerk-gewerbe', PURPOSE, 'Allgemeine Verfahrensdaten', caseId]) expect(await row.innerText()).toContain(text);

    await tabTo(page, 'Einwilligungen', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Einwilligungen');
    await page.getByText('Erlaubnis nach § 34d GewO').waitFor();
    // The category's name comes from the procedure's texts, a query after the consents.
    await expect.poll(() => page.getByText('Erlaubnisse und Nachweise').count()).toBeGreaterThan(0);
    expect(await page.getByText('7 Tage').count()).toBeGreaterThan(0);
    await tabTo(page, 'Einwilligung erteilen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Einwilligung erteilen?' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('consent-dialog-title');
    expect(await dialog.innerText()).toContain('Gewerbeamt darf dann für 7 Tage diese Daten sehen: Erlaubnisse und Nachweise');
    await expectNoAxeViolations(page, 'consent dialog');
    await screenshot(page, 'cockpit-einwilligungen-dialog-de-1280');
    await tabTo(page, 'Ja, Einwilligung erteilen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Sie haben die Einwilligung erteilt.');
    expect(await dialog.count()).toBe(0);
    expect(await page.getByText('Erteilt', { exact: true }).count()).toBe(1);
    const consents = (await suite.api.call('GET', '/api/me/consents', undefined, erika)).body as { id: string; status: string }[];
    expect(consents.filter((c) => consentIds.includes(c.id)).map((c) => c.status).toSorted()).toEqual(['granted', 'open']);

    await tabTo(page, 'Einstellungen', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Einstellungen');
    await page.getByRole('group', { name: 'Wie möchten Sie Nachrichten erhalten?' }).waitFor();
    // E-mail without an address: the server refuses, the summary takes focus and leads to the field.
    await tabTo(page, 'E-Mail');
    await page.keyboard.press('Space');
    await tabTo(page, 'Einstellungen speichern');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
    await summary.waitFor();
    await expect.poll(() => page.title()).toMatch(/^Fehler: Einstellungen – /);
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toContain('Es gibt ein Problem');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('settings-email');
    expect(await page.locator('#settings-email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'settings with an error');
    await screenshot(page, 'cockpit-einstellungen-fehler-de-1280');
    await page.keyboard.type('erika@example.org');
    await tabTo(page, /^Bei jedem Zugriff/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Einstellungen speichern');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ihre Einstellungen sind gespeichert.' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Einstellungen – /);

    await page.reload();
    await page.locator('#settings-email').waitFor();
    expect(await page.locator('#settings-email').inputValue()).toBe('erika@example.org');
    expect(await page.locator('#settings-channel-email').isChecked()).toBe(true);
    expect(await page.locator('#settings-notify').isChecked()).toBe(true);
    expect((await suite.api.call('GET', '/api/me/preferences', undefined, erika)).body).toMatchObject({ channels: ['portal', 'email'], email: 'erika@example.org', notifyOnAccess: true, language: 'de' });

    // The language preference: saved, and the portal switches with it.
    await page.locator('#settings-language-de').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#settings-language-en').isChecked()).toBe(true);
    await tabTo(page, 'Einstellungen speichern');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Your settings are saved.' }).waitFor();
    expect(await page.locator('h1').innerText()).toBe('Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await suite.api.call('GET', '/api/me/preferences', undefined, erika)).body.language).toBe('en');
    await context.close();
  });

  it('passes axe on every part in German and English at 1280 and 375 px, and writes screenshots', async () => {
    for (const language of ['de', 'en'] as const) {
      for (const width of [1280, 375]) {
        const { context, page } = await loggedIn(language, width, '/cockpit/postfach');
        for (const part of PARTS) {
          await page.goto(`${suite.api.url}/cockpit/${part}`, { waitUntil: 'networkidle' });
          await expect.poll(() => page.locator('h1').innerText()).toBe(H1[language][part]);
          await expect.poll(() => page.getByText(/^(Wird geladen|Loading) …$/).count()).toBe(0);
          expect(await page.locator('h1').count()).toBe(1);
          await expectNoAxeViolations(page, `cockpit ${part} (${language}, ${width} px)`);
          // Nothing wider than the screen: the access log stacks, case numbers wrap.
          expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
          await screenshot(page, `cockpit-${part}-${language}-${width}`);
        }
        await context.close();
      }
    }
  });

  it('links Meine Daten and the inbox to where the data is stored, and Erika can open each link', async () => {
    const { context, page } = await loggedIn('de', 1280, '/cockpit/daten');
    await page.getByRole('heading', { name: 'Gewerbeamt' }).waitFor();
    expect(await page.getByText('Identitätsdaten, Kontaktdaten, Angaben zum Betrieb, Erlaubnisse und Nachweise').count()).toBe(1);
    const caseLink = page.locator('main').getByRole('link', { name: `Gewerbeanmeldung ${caseId}` });
    expect(await caseLink.getAttribute('href')).toBe(`/vorgaenge/${caseId}`);
    await page.goto(`${suite.api.url}/cockpit/postfach`);
    await page.getByRole('heading', { name: 'Eingangsbestätigung: Gewerbeanmeldung' }).waitFor();
    const hrefs = async () => Promise.all((await page.locator('main a[href^="/api/"]').all()).map(async (a) => (await a.getAttribute('href'))!));
    const stored = await hrefs();
    await page.goto(`${suite.api.url}/cockpit/daten`);
    await caseLink.waitFor();
    stored.push(...await hrefs());
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const href of stored) expect((await page.request.get(suite.api.url + href)).status(), href).toBe(200);
    await context.close();
  });

  it('explains each part to a visitor who is not logged in and links to the login that comes back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const part of PARTS) {
      await page.goto(`${suite.api.url}/cockpit/${part}`);
      await expect.poll(() => page.locator('h1').innerText()).toBe(H1.de[part]);
      const login = page.getByRole('link', { name: 'Anmelden, um fortzufahren' });
      expect(await login.getAttribute('href')).toBe(`/auth/login?returnTo=${encodeURIComponent(`/cockpit/${part}`)}`);
      await expectNoAxeViolations(page, `cockpit ${part} logged out`);
    }
    await screenshot(page, 'cockpit-logged-out-de-1280');
    await context.close();
  });
});
