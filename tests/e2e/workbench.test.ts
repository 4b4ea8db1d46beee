// The clerk workbench in Chromium (issue 11), keyboard only: a clerk of the Gewerbeamt finds
// Erika's Gewerbeanmeldung at the top of the queue, opens it with a purpose (Erika's access log
// holds the read), asks consent for a gated category, sees the data once Erika grants it,
// previews the certificate as a draft, confirms the registration (with a confirmation dialog)
// and sees the sealed certificate with a valid signature. axe (WCAG 2.1 A/AA) on every page and dialog; screenshots in German at 1280 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { tabTo } from './support/keyboard.js';
import { workbenchLogin } from './support/workbenchLogin.js';

const erika = { as: 'erika' };
const suite = useCaseSuite('e2e-workbench');
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchChromium();
  const def = catalogueDefinition('gewerbeanmeldung');
  caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
  suite.caseIds.push(caseId);
  // With a permit: the category `nachweise` needs Erika's consent (definitions/gewerbeanmeldung).
  const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: testIso(-86_400 * 30).slice(0, 10) } };
  expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data }, erika)).status).toBe(200);
});
afterAll(async () => { await browser?.close(); });

/** Logged in as `who` at /workbench/ (German, 1280 px). */
const loggedIn = (who: string): Promise<Page> => workbenchLogin(browser, suite.api.url, who);

const h1 = (page: Page) => page.locator('h1').innerText();

describe('Workbench', () => {
  it('lets a clerk, by keyboard only, open Erika\'s case with a purpose, get consent, confirm and see the seal', async () => {
    const page = await loggedIn('clerk-gewerbe');
    await expect.poll(() => h1(page)).toBe('Vorgänge');
    const ref = caseId.slice(0, 8).toUpperCase();
    const first = page.locator('tbody tr').first();
    await first.waitFor();
    expect(await first.getByRole('link').getAttribute('href')).toBe(`/workbench/vorgaenge/${caseId}`);
    expect(await first.innerText()).toContain('In Prüfung');
    expect(await first.innerText()).not.toContain('Mustermann');
    await expectNoAxeViolations(page, 'queue');
    await screenshot(page, 'workbench-vorgaenge-de-1280');

    // The views keep the filters in the URL; "Alle" is the current one.
    expect(await page.getByRole('link', { name: 'Alle' }).getAttribute('aria-current')).toBe('page');

    await tabTo(page, `Vorgang ${ref} öffnen`);
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Zweck des Zugriffs');
    await expect.poll(() => page.title()).toMatch(/^Zweck des Zugriffs – /);
    await expectNoAxeViolations(page, 'purpose');
    await screenshot(page, 'workbench-zweck-de-1280');
    // Nothing read before a purpose is given.
    expect((await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body).toEqual([]);
    await tabTo(page, 'Vorgang öffnen');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Wählen Sie einen Zweck aus.' }).first().waitFor();
    await tabTo(page, 'Prüfung des Antrags');
    await page.keyboard.press('Space');
    await tabTo(page, 'Vorgang öffnen');
    await page.keyboard.press('Enter');

    await expect.poll(() => h1(page)).toBe(`Gewerbeanmeldung – Vorgang ${ref}`);
    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body as { caseId: string; purpose: string; officer: string }[];
    expect(log.some((e) => e.caseId === caseId && e.purpose === 'Prüfung des Antrags' && e.officer === 'clerk-gewerbe')).toBe(true);
    await page.getByTestId('withheld-nachweise').waitFor();
    // The receipt holds the gated category too: its check waits for the consent.
    await expect.poll(() => page.getByTestId('signature-status').allInnerTexts(), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/Einwilligung/));
    await expectNoAxeViolations(page, 'case');
    await screenshot(page, 'workbench-vorgang-de-1280');

    await tabTo(page, 'Einwilligung anfragen: Erlaubnisse und Nachweise');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Einwilligung anfragen' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'consent dialog');
    await screenshot(page, 'workbench-einwilligung-dialog-de-1280');
    await tabTo(page, 'Anfrage senden');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'ist angefragt' }).waitFor();
    expect(await dialog.count()).toBe(0);

    const consents = (await suite.api.call('GET', '/api/me/consents', undefined, erika)).body as { id: string; caseId: string; status: string; categories: string[] }[];
    const asked = consents.find((c) => c.caseId === caseId && c.status === 'open');
    expect(asked?.categories).toEqual(['nachweise']);
    expect((await suite.api.call('POST', `/api/me/consents/${asked!.id}`, { decision: 'grant' }, erika)).status).toBe(200);

    await tabTo(page, 'Erneut abrufen: Erlaubnisse und Nachweise');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('withheld-nachweise').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="category-nachweise"]').innerText()).toContain('IHK München');
    await expect.poll(() => page.getByTestId('signature-status').allInnerTexts(), { timeout: 30_000 }).toEqual(['Eingangsbestätigung gültig']);

    await tabTo(page, 'Anmeldung bestätigen');
    await page.keyboard.press('Enter');
    await tabTo(page, /^Registernummer/);
    await page.keyboard.type('GEW-2026-000123');
    await tabTo(page, 'Anmeldung bestätigen');
    await page.keyboard.press('Enter');
    // First the preview of what will be sealed (issue 11): the draft certificate with the number typed, nothing filed yet.
    const preview = page.getByTestId('event-preview');
    await preview.getByTestId('pdf-preview').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Vorschau vor dem Auslösen');
    expect(await preview.innerText()).toContain('Entwurf: Empfangsbescheinigung über die Gewerbeanmeldung (§ 15 Abs. 1 GewO)');
    expect((await suite.services.store.documentsOf(caseId)).filter((d) => d.kind === 'rendered' || d.kind === 'sealed')).toEqual([]);
    await expectNoAxeViolations(page, 'preview before sealing');
    await screenshot(page, 'workbench-vorschau-vor-siegel-de-1280');
    await tabTo(page, 'Anmeldung bestätigen – jetzt auslösen');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: '„Anmeldung bestätigen“ wirklich auslösen?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Gewerbe angemeldet');
    await expectNoAxeViolations(page, 'confirmation dialog');
    await screenshot(page, 'workbench-bestaetigen-dialog-de-1280');
    await tabTo(page, 'Ja, Anmeldung bestätigen');
    await page.keyboard.press('Enter');

    const sealed = page.getByTestId('sealed-result');
    await sealed.filter({ hasText: /Signatur gültig/ }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('case-state').innerText()).toBe('Gewerbe angemeldet');
    await expectNoAxeViolations(page, 'case after the decision');
    await screenshot(page, 'workbench-vorgang-gesiegelt-de-1280');

    // The sealed certificate previewed in the browser with pdf.js (worker from this origin, within the CSP).
    const blocked: string[] = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) blocked.push(m.text()); });
    const previewName = await page.getByTestId('sealed-result').locator('h3').innerText();
    // Named by the definition's document title, not the stored name "bescheinigung (gesiegelt)".
    expect(previewName).toBe('Empfangsbescheinigung über die Gewerbeanmeldung (§ 15 Abs. 1 GewO) (gesiegelt)');
    await tabTo(page, `„${previewName}“ anzeigen`);
    await page.keyboard.press('Enter');
    const canvas = page.getByTestId('pdf-preview');
    await canvas.waitFor({ timeout: 30_000 });
    await expect.poll(async () => Number(await canvas.getAttribute('width')), { timeout: 30_000 }).toBeGreaterThan(300);
    await page.getByText(/^Vorschau: .* – Seite 1 von \d+$/).waitFor();
    expect(blocked).toEqual([]);
    await expectNoAxeViolations(page, 'PDF preview');
    await screenshot(page, 'workbench-vorschau-de-1280');
    // Erika's inbox has the decision with the sealed certificate.
    const docs = (await suite.api.call('GET', `/api/cases/${caseId}/documents`, undefined, erika)).body as { id: string; signatures: { format: string }[] }[];
    const certificate = docs.find((d) => d.signatures.some((x) => x.format === 'PAdES'));
    expect(certificate).toBeDefined();
    await expect.poll(async () => ((await suite.api.call('GET', '/api/me/inbox', undefined, erika)).body as { caseId: string; documentId: string | null }[])
      .some((m) => m.caseId === caseId && m.documentId === certificate!.id), { timeout: 30_000 }).toBe(true);
    await page.context().close();
  });

  it('tells a citizen that the workbench is for staff', async () => {
    const page = await loggedIn('erika');
    await expect.poll(() => h1(page)).toBe('Kein Zugang zum Arbeitsplatz');
    await expectNoAxeViolations(page, 'not staff');
    await screenshot(page, 'workbench-kein-zugang-de-1280');
    await page.context().close();
  });

  it('shows the nearest deadline first, in words, keeps the view in the URL, and fits 320 px', async () => {
    const def = catalogueDefinition('gewerbeanmeldung');
    const jonas = { as: 'jonas' };
    const id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, jonas)).body.id as string;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { ...example(def, 'anmeldung'), erlaubnispflichtig: false } }, jonas)).status).toBe(200);
    // Documents requested: a month's Frist runs (definitions/gewerbeanmeldung, state nachforderung).
    const asked = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, { as: 'clerk-gewerbe' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);

    const page = await loggedIn('clerk-gewerbe');
    const first = page.locator('tbody tr').first();
    await expect.poll(() => first.getByRole('link').getAttribute('href')).toBe(`/workbench/vorgaenge/${id}`);
    expect(await first.innerText()).toMatch(/noch \d+ Tage/);
    expect(await first.innerText()).toContain('Unterlagen nachgefordert');

    await tabTo(page, 'Mir zugewiesen');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('ansicht')).toBe('mine');
    await expect.poll(() => page.getByRole('link', { name: 'Mir zugewiesen' }).getAttribute('aria-current')).toBe('page');
    await tabTo(page, 'Alle');
    await page.keyboard.press('Enter');
    await first.waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page, 'queue at 320 px');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await screenshot(page, 'workbench-vorgaenge-de-320');

    // Jonas's message reaches the clerk, and the clerk's answer reaches Jonas with a receipt.
    expect((await suite.api.call('POST', `/api/cases/${id}/messages`, { text: 'Die Erlaubnis folgt nächste Woche.' }, jonas)).status).toBe(201);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('tbody tr').first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => h1(page)).toBe('Zweck des Zugriffs');
    // A radio group is one tab stop; the arrows choose within it.
    await tabTo(page, 'Prüfung des Antrags');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#purpose-rueckfrage').isChecked()).toBe(true);
    await tabTo(page, 'Vorgang öffnen');
    await page.keyboard.press('Enter');
    await page.getByText('Die Erlaubnis folgt nächste Woche.').waitFor();
    await tabTo(page, '#reply-text');
    await page.keyboard.type('Danke, wir warten darauf.');
    await tabTo(page, 'Nachricht senden');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Nachricht ist gesendet' }).waitFor();
    await page.getByText('Danke, wir warten darauf.', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'case with messages');
    await screenshot(page, 'workbench-vorgang-nachrichten-de-1280');
    const seen = (await suite.api.call('GET', `/api/cases/${id}/messages`, undefined, jonas)).body.items as { from: string; text: string; receipt: { status: string } }[];
    expect(seen.find((m) => m.from === 'authority')?.text).toBe('Danke, wir warten darauf.');
    await page.context().close();
  });

  it('asks a visitor who is not logged in to log in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
    const page = await context.newPage();
    await page.goto(`${suite.api.url}/workbench/vorgaenge/${caseId}`);
    await expect.poll(() => h1(page)).toBe('Anmeldung für die Sachbearbeitung');
    expect(await page.getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(`/auth/login?returnTo=${encodeURIComponent(`/workbench/vorgaenge/${caseId}`)}`);
    await expectNoAxeViolations(page, 'login');
    await screenshot(page, 'workbench-anmeldung-de-1280');
    await context.close();
  });
});
