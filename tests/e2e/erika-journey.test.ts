// Issue 10, "Must show": Erika, keyboard only, from the start page to a submitted
// Gewerbeanmeldung with a verified receipt; a clerk's read in her access log; a consent she
// grants; a message with its receipt; the switch to English. One browser session, no mouse:
// every control is reached with Tab, so each must be in the tab order.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueDefinition, example as exampleOf } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const suite = useCaseSuite('e2e-erika');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

type Schema = { type?: string; enum?: unknown[]; properties?: Record<string, Schema> };
const definition = catalogueDefinition('gewerbeanmeldung');
const form = definition.forms!.anmeldung!;
const example = exampleOf(definition, 'anmeldung');

/** The schema and example value at a generated field id (`root_betriebsanschrift_ort`, `root_rechtsform-2`). */
function fieldAt(id: string, data: Record<string, unknown>): { schema: Schema; value: unknown } | undefined {
  let schema = form.schema as Schema;
  let value: unknown = data;
  let rest = id.replace(/^root_/, '').replace(/-\d+$/, '');
  while (rest) {
    const key = Object.keys(schema.properties ?? {}).find((k) => rest === k || rest.startsWith(`${k}_`));
    if (!key) return undefined;
    schema = schema.properties![key]!;
    value = (value as Record<string, unknown> | undefined)?.[key];
    rest = rest.slice(key.length + 1);
  }
  return { schema, value };
}

/**
 * Fills the form's fields on this page from `data` by keyboard: Tab from field to field, typing
 * text (dates as the German browser takes them, TT.MM.JJJJ), arrows in radio groups and
 * selects, until the page's submit button has focus.
 */
async function fillByKeyboard(page: Page, data: Record<string, unknown>): Promise<void> {
  const done = new Set<string>();
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(`${f.tag}#${f.id}:${f.name.replace(/\s+/g, " ").slice(0, 30)}`);
    if (f.tag === 'BUTTON' && /^(Speichern und weiter|Weiter zur Prüfung)$/.test(f.name)) return;
    const group = f.id.replace(/-\d+$/, '');
    if (!f.id.startsWith('root_') || done.has(group)) continue;
    const field = fieldAt(f.id, data);
    if (!field || field.value === undefined || field.schema.type === 'object') continue;
    done.add(group);
    const { schema, value } = field;
    if (f.type === 'radio') {
      // Tab lands on the group's checked or first radio; arrows move and check.
      const options = schema.enum ?? [true, false];
      const from = Number(/-(\d+)$/.exec(f.id)![1]);
      const to = options.indexOf(value);
      for (let k = from; k < to; k++) await page.keyboard.press('ArrowDown');
      for (let k = from; k > to; k--) await page.keyboard.press('ArrowUp');
      if (to === from) await page.keyboard.press('Space');
    } else if (f.tag === 'SELECT') {
      const wanted = String((schema.enum ?? []).indexOf(value));
      for (let k = 0; k < 20 && (await page.evaluate<string>('document.activeElement.value')) !== wanted; k++) await page.keyboard.press('ArrowDown');
    } else if (f.type === 'date') {
      const [y, m, d] = String(value).split('-');
      await page.keyboard.type(`${d}${m}${y}`);
    } else {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(String(value));
    }
  }
  throw new Error(`never reached the page's submit button; focus went: ${seen.slice(0, 40).join(' | ')}`);
}

/** Presses Enter on the focused submit button and waits until the next page has taken focus (its h1). */
async function nextPage(page: Page): Promise<void> {
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.href !== before);
  await expect.poll(async () => (await focused(page)).tag).toBe('H1');
}

describe('Erika, keyboard only', () => {
  it('finds Gewerbeanmeldung, applies, fixes a mistake, gets a verified receipt, sees a read, grants consent, writes, switches to English', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));

    // The start page: search, then the procedure's page.
    await page.goto(`${suite.api.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Zum Inhalt springen');
    await tabTo(page, 'Leistung suchen');
    await page.keyboard.type('Gewerbe');
    await page.keyboard.press('Enter');
    await tabTo(page, /^Gewerbeanmeldung/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Gewerbeanmeldung/ }).waitFor();
    await tabTo(page, 'Antrag starten');
    await page.keyboard.press('Enter');

    // Login at the development IdP: choose Erika in the select, press the button.
    await page.locator('#identity').waitFor();
    await tabTo(page, '#identity');
    for (let k = 0; k < 30 && (await page.locator('#identity').inputValue()) !== 'erika'; k++) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Anmelden / Log in');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/antrag\/[0-9a-f-]{36}/);
    const caseId = /\/antrag\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    suite.caseIds.push(caseId);

    // A long form: a task list first, then one page per group. The first page without a name.
    await page.locator('h1').filter({ hasText: /Gewerbeanmeldung/ }).waitFor();
    if (!(await page.locator('form.app-form').count())) {
      await tabTo(page, /^(Weiter|Schritt 1)/);
      await page.keyboard.press('Enter');
      await page.locator('form.app-form').waitFor();
    }
    await fillByKeyboard(page, { ...example, familienname: undefined });
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
    await summary.waitFor();
    await expect.poll(() => page.title()).toMatch(/^Fehler: /);
    expect((await focused(page)).name).toContain('Es gibt ein Problem');
    await expectNoAxeViolations(page, 'form with an error');
    await screenshot(page, 'erika-fehler-de-1280');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('A');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('root_familienname');
    expect(await page.locator('#root_familienname').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.type(String(example.familienname));
    await tabTo(page, /^(Speichern und weiter|Weiter zur Prüfung)$/);
    await nextPage(page);

    // Further pages until "Angaben prüfen", then submit.
    for (let step = 0; step < 10 && !page.url().endsWith('/pruefen'); step++) {
      await page.locator('form.app-form').waitFor();
      await fillByKeyboard(page, example);
      await nextPage(page);
    }
    await page.getByRole('heading', { level: 1, name: 'Angaben prüfen' }).waitFor();
    await page.getByText(String(example.taetigkeit)).waitFor();
    await tabTo(page, 'Antrag verbindlich absenden');
    await page.keyboard.press('Enter');

    // The confirmation: the number, the receipt verified, and the receipt downloaded by keyboard.
    await page.waitForURL(`**/antrag/${caseId}/bestaetigung`);
    await expect.poll(() => page.locator('#case-reference').innerText()).toBe(caseId);
    await page.locator('#receipt-verification').waitFor({ timeout: 60_000 });
    // The authority as the procedure names it, not its id ("gewerbeamt").
    expect(await page.locator('#receipt-verification').innerText()).toMatch(/Geprüft: Die Eingangsbestätigung ist echt und unverändert, gesiegelt von der Behörde „Gewerbeamt“/);
    await tabTo(page, /^Eingangsbestätigung herunterladen/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // The signed receipt (JSON with a detached CMS signature) of exactly this case.
    expect(download.suggestedFilename()).toMatch(/^eingangsbestaetigung.*\.json$/);
    const receipt = JSON.parse(readFileSync(await download.path(), 'utf8')) as { receipt: { caseId: string; procedure: string }; signature: string };
    expect(receipt.receipt).toMatchObject({ caseId, procedure: 'gewerbeanmeldung' });
    expect(receipt.signature.length).toBeGreaterThan(100);

    // A clerk reads the case with a purpose; Erika finds the read in her Zugriffsprotokoll.
    const purpose = 'Prüfung der Gewerbeanmeldung';
    expect((await suite.api.call('GET', `/api/cases/${caseId}?purpose=${encodeURIComponent(purpose)}`, undefined, { as: 'clerk-gewerbe' })).status).toBe(200);
    await tabTo(page, 'Datencockpit', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Postfach' }).waitFor();
    await tabTo(page, 'Zugriffsprotokoll', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zugriffsprotokoll' }).waitFor();
    await page.getByRole('row').filter({ hasText: purpose }).filter({ hasText: 'Gewerbeamt' }).waitFor();

    // The clerk asks for consent to a gated category; Erika grants it.
    const asked = await suite.api.call('POST', `/api/cases/${caseId}/consent-requests`, { categories: ['nachweise'], purpose: 'nachweispruefung', note: 'Erlaubnis prüfen', duration: 'P7D' }, { as: 'clerk-gewerbe' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    await tabTo(page, 'Einwilligungen', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Erlaubnis prüfen').waitFor();
    await tabTo(page, 'Einwilligung erteilen');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo(page, 'Ja, Einwilligung erteilen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sie haben die Einwilligung erteilt.' }).waitFor();
    const consents = (await suite.api.call('GET', '/api/me/consents', undefined, { as: 'erika' })).body as { id: string; status: string }[];
    expect(consents.find((c) => c.id === asked.body.id)?.status).toBe('granted');

    // A message about her case, with its receipt.
    await tabTo(page, 'Meine Vorgänge', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Meine Vorgänge' }).waitFor();
    await tabTo(page, `href=/vorgaenge/${caseId}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/vorgaenge/${caseId}`, { waitUntil: 'commit' });
    await tabTo(page, 'Nachrichten zu diesem Vorgang');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nachrichten zum Vorgang' }).waitFor();
    await tabTo(page, '#message-text');
    await page.keyboard.type('Guten Tag, ab wann darf ich mit dem Verkauf beginnen?');
    await tabTo(page, 'Nachricht senden');
    await page.keyboard.press('Enter');
    const sent = page.getByRole('status').filter({ hasText: 'Ihre Nachricht wurde übermittelt' });
    await sent.waitFor();
    await sent.locator('[data-receipt-check=valid]').waitFor({ timeout: 60_000 });

    // English: the switch in the header, remembered, with <html lang>.
    await tabTo(page, 'English', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Messages about the case' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'messages in English');
    await screenshot(page, 'erika-ende-en-1280');
    expect(problems).toEqual([]);
    await context.close();
  });
});
