// The portal's catalogue, procedure pages, BITV pages and case pages (issue 10) in Chromium: axe
// (WCAG 2.1 A/AA) on every page logged out and as Erika with a submitted case, keyboard only from
// the start page to a procedure, the search, the switch to English; screenshots of each page in
// German and English at 1280 and 375 px (.data/screenshots).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';

const suite = useCaseSuite('e2e-portal-pages');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });
/** Script errors and failed requests of the pages a test opened (a 401 from /api/me is the logged-out answer; no favicon yet). */
const problems: string[] = [];
afterEach(() => { expect(problems.splice(0), 'errors in the page').toEqual([]); });

/** A fresh browser context at `width` px in `language` (the portal remembers the choice in localStorage). */
async function open(width: number, language: 'de' | 'en' = 'de'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((lng) => { if (!localStorage.getItem('amtsweg.language')) localStorage.setItem('amtsweg.language', lng); }, language);
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text()); });
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (res.status() >= 400 && path !== '/favicon.ico' && !(path === '/api/me' && res.status() === 401)) problems.push(`${res.status()} ${path}`);
  });
  return { context, page };
}

/** Logs in like a person: the dev IdP's page, the identity chosen in its select, the button pressed. */
async function login(page: Page, user: string, returnTo: string): Promise<void> {
  await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator('#identity').selectOption(user);
  await Promise.all([page.waitForURL(`${suite.api.url}${returnTo}`), page.locator('form button[type="submit"], form button').first().click()]);
}

/** Goes to `path`, waits for the page's h1 to show `ready` (a text or pattern), checks axe and one h1. */
async function visit(page: Page, path: string, ready: string | RegExp, name: string): Promise<void> {
  await page.goto(`${suite.api.url}${path}`);
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 20_000 }).toMatch(ready);
  // Loaded: no "loading" text left (lists, the definition, signature checks).
  await expect.poll(() => page.locator('main').textContent(), { timeout: 20_000 }).not.toMatch(/Wird geladen|Loading|wird geprüft|Checking the signature/);
  expect(await page.locator('h1').count(), `one h1 on ${path}`).toBe(1);
  // Usable narrow (320 px, or 1280 px at 400 %): nothing wider than the viewport.
  const wider = await page.evaluate<string[]>(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth)
    .map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent ?? '').slice(0, 40))`);
  expect(wider, `nothing wider than the viewport on ${path}`).toEqual([]);
  expect(await page.evaluate<number>('document.documentElement.scrollWidth - innerWidth'), `no horizontal scrolling on ${path}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, `${name} (${path})`);
}

const publicPages: [path: string, de: RegExp, en: RegExp, name: string][] = [
  ['/', /Verwaltungsleistungen online/, /Apply for public services/, 'start'],
  ['/verfahren/gewerbeanmeldung', /^Gewerbeanmeldung$/, /^Business registration$/, 'procedure-gewerbeanmeldung'],
  ['/verfahren/wohnsitzanmeldung', /Wohnsitzanmeldung/, /Registration of residence/, 'procedure-wohnsitzanmeldung'],
  ['/verfahren/vergabe-angebot', /./, /./, 'procedure-vergabe-angebot'],
  ['/leichte-sprache', /Leichter Sprache/, /easy-to-read/, 'easy-language'],
  ['/gebaerdensprache', /Gebärdensprache/, /Sign Language/, 'sign-language'],
  ['/barrierefreiheit', /Erklärung zur Barrierefreiheit/, /Accessibility statement/, 'accessibility'],
  ['/vorgaenge', /Meine Vorgänge/, /My cases/, 'my-cases-logged-out'],
];

describe('catalogue, procedure and BITV pages (logged out)', () => {
  it.each([1280, 375])('pass axe in German and English at %i px, with screenshots', async (width) => {
    for (const language of ['de', 'en'] as const) {
      const { context, page } = await open(width, language);
      for (const [path, de, en, name] of publicPages) {
        await visit(page, path, language === 'de' ? de : en, name);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        await screenshot(page, `portal-${name}-${language}-${width}`);
      }
      await context.close();
    }
  });

  it('fits 320 px (200 % zoom of 640 px) on every page without horizontal scrolling', async () => {
    const { context, page } = await open(320);
    for (const [path, de, , name] of publicPages) {
      await visit(page, path, de, name);
      await screenshot(page, `portal-${name}-de-320`);
    }
    await context.close();
  });

  it('lists every published procedure, tenders included, grouped and linked to its page', async () => {
    const { context, page } = await open(1280);
    await visit(page, '/', /Verwaltungsleistungen/, 'start');
    const published = (await suite.api.call('GET', '/api/procedures')).body as { id: string }[];
    expect(published.map((p) => p.id)).toContain('vergabe-angebot');
    for (const p of published) expect(await page.locator(`main a[href="/verfahren/${p.id}"]`).count(), p.id).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#catalogue-count').textContent()).toBe(`${published.length} Leistungen gefunden`);
    // By authority: one heading per authority, each procedure once.
    await page.getByRole('radio', { name: 'Zuständige Behörde' }).check();
    expect(await page.locator('main h2').allTextContents()).toContain('Gewerbeamt');
    expect(await page.locator('main h3 a').count()).toBe(published.length);
    expect(new URL(page.url()).searchParams.get('nach')).toBe('behoerde');
    await context.close();
  });

  it('filters by the search field and announces the count politely', async () => {
    const { context, page } = await open(1280);
    await visit(page, '/', /Verwaltungsleistungen/, 'start');
    const status = page.locator('#catalogue-count');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Leistung suchen').fill('gewerbe');
    await expect.poll(() => status.textContent()).toBe('1 Leistung gefunden für „gewerbe“');
    expect(await page.locator('main h3 a').allTextContents()).toEqual(['Gewerbeanmeldung', 'Gewerbeanmeldung']);
    await page.getByLabel('Leistung suchen').fill('umzug');
    await expect.poll(() => page.locator('main h3 a').allTextContents()).toEqual(['Anmeldung einer Wohnung (Wohnsitzanmeldung)']);
    await page.getByLabel('Leistung suchen').fill('xyzzy');
    await expect.poll(() => status.textContent()).toBe('0 Leistungen gefunden für „xyzzy“');
    await expect.poll(() => page.getByText('Keine Leistung gefunden').count()).toBe(1);
    await page.getByLabel('Leistung suchen').press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('xyzzy');
    await expectNoAxeViolations(page, 'start page without results');
    await context.close();
  });

  it('reaches Gewerbeanmeldung\'s procedure page from the start page with the keyboard only', async () => {
    const { context, page } = await open(1280);
    await visit(page, '/', /Verwaltungsleistungen/, 'start');
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate<boolean>("document.activeElement?.textContent === 'Gewerbeanmeldung' && document.activeElement.tagName === 'A'");
    }
    expect(found, 'Tab reaches the link to Gewerbeanmeldung').toBe(true);
    // Visible focus: the focused link has an outline or a box shadow.
    const ring = await page.evaluate<string>('(({ outlineStyle, boxShadow }) => `${outlineStyle} ${boxShadow}`)(getComputedStyle(document.activeElement))');
    expect(ring).not.toBe('none none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${suite.api.url}/verfahren/gewerbeanmeldung`);
    // The page heads with "Wird geladen …" until the procedure is read, then with its title.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Gewerbeanmeldung');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.tagName')).toBe('H1');
    // The page says what it needs before login and leads on to the application.
    expect(await page.locator('main').textContent()).toMatch(/1 Monat: Keine Nachreichung/);
    expect(await page.getByText('substanziell').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Antrag starten' }).getAttribute('href')).toBe('/verfahren/gewerbeanmeldung/starten');
    expect(await page.locator('a[href="/verfahren/gewerbeanmeldung/formulare/SUBMIT"]').count()).toBe(1);
    await context.close();
  });

  it('switches to English: texts and <html lang> change, and the choice is kept', async () => {
    const { context, page } = await open(1280);
    await visit(page, '/verfahren/gewerbeanmeldung', /Gewerbeanmeldung/, 'procedure');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Business registration');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Start application' }).count()).toBe(1);
    await expect.poll(() => page.title()).toMatch(/^Business registration/);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Business registration');
    await context.close();
  });
});

// A one-month Frist (§ 188 BGB) ends at 24:00 of a working day (§ 193 BGB) 28–31 days on, or up
// to four days later past a weekend and holidays.
const monthFrist = /Frist endet am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag), \d{1,2}\. \S+ \d{4}, 24:00 Uhr – noch (2[89]|3[0-5]) Tage/;

describe('Meine Vorgänge and the case page (as Erika, with a case she opened and submitted through the API)', () => {
  let submitted: string;
  let draft: string;
  beforeAll(async () => {
    const def = catalogueDefinition('gewerbeanmeldung');
    const open = async () => (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id as string;
    submitted = await open();
    draft = await open();
    suite.caseIds.push(submitted, draft);
    const res = await suite.api.call('POST', `/api/cases/${submitted}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, { as: 'erika' });
    expect(res.status).toBe(200);
    // The clerk asks for documents: a running one-month deadline for Erika.
    expect((await suite.api.call('POST', `/api/cases/${submitted}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, { as: 'clerk-gewerbe' })).status).toBe(200);
  });

  it('lists her cases with status in words and the running deadline, and links each', async () => {
    const { context, page } = await open(1280);
    await login(page, 'erika', '/vorgaenge');
    await visit(page, '/vorgaenge', /Meine Vorgänge/, 'my cases');
    await expect.poll(() => page.locator('main h2 a').count()).toBe(2);
    expect(await page.locator(`main a[href="/vorgaenge/${submitted}"]`).textContent()).toBe('Gewerbeanmeldung');
    const card = page.locator('li', { has: page.locator(`a[href="/vorgaenge/${submitted}"]`) });
    expect(await card.textContent()).toMatch(new RegExp(`In Bearbeitung.*Unterlagen nachgefordert.*${monthFrist.source}`));
    const draftCard = page.locator('li', { has: page.locator(`a[href="/vorgaenge/${draft}"]`) });
    expect(await draftCard.textContent()).toMatch(/Entwurf – noch nicht abgesendet/);
    await context.close();
  });

  it('shows the case: what to do now, the deadline, the receipt verified, the history and the messages link', async () => {
    const { context, page } = await open(1280);
    await login(page, 'erika', `/vorgaenge/${submitted}`);
    await visit(page, `/vorgaenge/${submitted}`, /^Gewerbeanmeldung$/, 'case page');
    const main = page.locator('main');
    // The receipt reaches her inbox once the worker has issued it.
    await expect.poll(async () => { await page.reload(); await page.locator('main h1').waitFor(); return page.getByTestId('signature-status').first().textContent(); }, { timeout: 30_000 })
      .toMatch(/^Signatur gültig: Gewerbeamt/);
    expect(await page.getByRole('link', { name: /herunterladen$/ }).first().getAttribute('href')).toMatch(/^\/api\/documents\/[\w-]+$/);
    expect(await main.textContent()).toMatch(monthFrist);
    expect(await page.locator('.app-timeline li').allTextContents()).toEqual([
      expect.stringMatching(/^Anmeldung absenden.*durch Gewerbetreibende Person · neuer Schritt: In Prüfung$/),
      expect.stringMatching(/^Unterlagen nachfordern.*durch Sachbearbeitung Gewerbeamt · neuer Schritt: Unterlagen nachgefordert$/),
    ]);
    expect(await page.getByRole('link', { name: 'Unterlagen nachreichen' }).getAttribute('href')).toBe(`/vorgaenge/${submitted}/aktion/SUBMIT_DOCUMENTS`);
    expect(await page.getByRole('heading', { name: 'Nachrichten' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Nachrichten zu diesem Vorgang' }).getAttribute('href')).toBe(`/vorgaenge/${submitted}/nachrichten`);
    await expectNoAxeViolations(page, 'case page with documents');
    await context.close();
  });

  it('passes axe in German and English at 1280 and 375 px, with screenshots (draft and submitted case)', async () => {
    for (const width of [1280, 375]) {
      for (const language of ['de', 'en'] as const) {
        const { context, page } = await open(width, language);
        await login(page, 'erika', '/vorgaenge');
        await visit(page, '/vorgaenge', language === 'de' ? /Meine Vorgänge/ : /My cases/, 'my cases');
        await expect.poll(() => page.locator('main h2 a').count()).toBe(2);
        await screenshot(page, `portal-my-cases-${language}-${width}`);
        await visit(page, `/vorgaenge/${submitted}`, language === 'de' ? /^Gewerbeanmeldung$/ : /^Business registration$/, 'case page');
        await page.getByTestId('signature-status').first().filter({ hasText: /gültig|valid/ }).waitFor();
        await screenshot(page, `portal-case-${language}-${width}`);
        await visit(page, `/vorgaenge/${draft}`, language === 'de' ? /^Gewerbeanmeldung$/ : /^Business registration$/, 'draft case page');
        expect(await page.locator(`main a[href="/antrag/${draft}"]`).count()).toBe(1);
        await screenshot(page, `portal-case-draft-${language}-${width}`);
        await context.close();
      }
    }
  });

  it('withdraws the submitted case through the confirmation, from the keyboard', async () => {
    const { context, page } = await open(1280);
    await login(page, 'erika', `/vorgaenge/${submitted}`);
    await visit(page, `/vorgaenge/${submitted}`, /^Gewerbeanmeldung$/, 'case page');
    await page.getByRole('button', { name: 'Anmeldung zurückziehen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.textContent')).toBe('Ja, Anmeldung zurückziehen');
    await expectNoAxeViolations(page, 'case page asking to confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '„Anmeldung zurückziehen“ ist bei der Behörde eingegangen.' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Abgeschlossen.*Zurückgezogen/);
    expect(await page.locator('main').textContent()).toMatch(/Der Vorgang ist abgeschlossen/);
    expect(await page.locator('main').textContent()).toMatch(/eingehalten am/);
    await context.close();
  });
});
