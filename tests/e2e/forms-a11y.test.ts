// The generated forms (issue 10): every event form of every procedure in the catalogue, opened
// as a preview (no login), has no axe finding (WCAG 2.1 A/AA) before and after an empty submit,
// and passes what axe misses: choice groups named, the error summary focused, its links
// moving focus to their fields, the page title prefixed "Fehler: ".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { unnamedChoiceGroups } from './support/groups.js';

// Code handed to page.evaluate runs in the browser; tests are type-checked without the DOM
// library, so the few browser globals it uses are declared here.
interface PageElement { id: string; classList: { contains(c: string): boolean }; contains(other: PageElement | null): boolean; getAttribute(name: string): string | null; matches(selector: string): boolean; querySelector(selector: string): PageElement | null }
declare const document: { activeElement: PageElement | null; getElementById(id: string): PageElement | null; querySelectorAll(selector: string): Iterable<PageElement> };

const suite = useCaseSuite('e2e-forms', { worker: false });
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Every (procedure, event) of the published catalogue whose event carries a form. */
async function catalogueForms(): Promise<{ procedure: string; event: string }[]> {
  const list = (await suite.api.call('GET', '/api/procedures')).body as { id: string }[];
  const found: { procedure: string; event: string }[] = [];
  for (const { id } of list) {
    const def = (await suite.api.call('GET', `/api/procedures/${id}`)).body as { events: Record<string, { form?: string }> };
    for (const [event, e] of Object.entries(def.events)) if (e.form) found.push({ procedure: id, event });
  }
  return found;
}

/** Opens a form preview and waits until the form is there. */
async function openPreview(page: Page, procedure: string, event: string): Promise<void> {
  const errors: string[] = [];
  const onError = (err: Error) => errors.push(err.message);
  page.on('pageerror', onError);
  await page.goto(`${suite.api.url}/verfahren/${procedure}/formulare/${event}`);
  await page.locator('form.app-form').waitFor({ timeout: 15_000 }).catch(async (err: unknown) => {
    throw new Error(`${procedure}/${event}: no form; the page shows: ${(await page.locator('body').innerText()).slice(0, 500)}; errors: ${errors.join(' | ')}`, { cause: err });
  }).finally(() => page.off('pageerror', onError));
}

describe('generated forms of the catalogue', () => {
  it('has forms to check (a catalogue without forms would pass the loops below)', async () => {
    expect((await catalogueForms()).length).toBeGreaterThanOrEqual(10);
  });

  it('every event form: no axe finding before and after an empty submit; choice groups named; summary focused and linked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    // Logged out, the account menu's GET /api/me answers 401: the browser logs that, it is no fault.
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text()); });
    let choiceControls = 0;
    let summaries = 0;
    for (const { procedure, event } of await catalogueForms()) {
      const where = `${procedure}/${event}`;
      await openPreview(page, procedure, event);
      await expectNoAxeViolations(page, `${where} (first state)`);
      const groups = await unnamedChoiceGroups(page.locator('form.app-form'));
      expect(groups.unnamed, `${where}: radio buttons or checkboxes outside a named group`).toEqual([]);
      choiceControls += groups.controls;

      await page.getByRole('button', { name: 'Angaben prüfen' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
      if (!(await summary.count())) {
        // A form without required fields is complete when empty.
        await page.getByRole('status').filter({ hasText: 'vollständig' }).waitFor();
        continue;
      }
      summaries++;
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('app-error-summary')), { message: `${where}: focus on the summary` }).toBe(true);
      await expect.poll(() => page.title(), { message: where }).toMatch(/^Fehler: /);
      await expectNoAxeViolations(page, `${where} (errors shown)`);
      const links = summary.getByRole('link');
      const count = await links.count();
      expect(count, where).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const target = (await link.getAttribute('href'))!.slice(1);
        await link.click();
        const focused = await page.evaluate((id) => {
          const el = document.getElementById(id);
          return !!el && !!document.activeElement && (el === document.activeElement || el.contains(document.activeElement));
        }, target);
        expect(focused, `${where}: link ${i + 1} of the summary moves focus to #${target}`).toBe(true);
        const invalid = await page.evaluate((id) => {
          const el = document.getElementById(id);
          const control = el?.matches('input,select,textarea') ? el : el?.querySelector('input,select,textarea');
          if (!control) return 'group';
          return control.getAttribute('aria-invalid');
        }, target);
        expect(['true', 'group'], `${where}: #${target} is marked invalid`).toContain(invalid);
      }
    }
    expect(choiceControls, 'the catalogue has radio buttons or checkboxes to check').toBeGreaterThan(0);
    expect(summaries, 'some forms showed the error summary').toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);

  it('describes controls only by ids that exist, and marks optional fields instead of required ones', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPreview(page, 'gewerbeanmeldung', 'SUBMIT');
    await page.getByRole('button', { name: 'Angaben prüfen' }).click();
    await page.getByRole('alert').first().waitFor();
    const dangling = await page.evaluate(() => [...document.querySelectorAll('[aria-describedby]')]
      .flatMap((el) => el.getAttribute('aria-describedby')!.split(/\s+/).filter((id) => !document.getElementById(id)).map((id) => `${el.id} → ${id}`)));
    expect(dangling).toEqual([]);
    expect(await page.locator('form.app-form [required]').count()).toBe(0);
    expect(await page.locator('form.app-form [aria-required="true"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('(optional)').count()).toBeGreaterThan(0);
    expect(await page.locator('form.app-form').innerText()).not.toContain('*');
    await context.close();
  });

  it('labels fields and choices with the definition\'s texts, and relabels them when the language switches', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPreview(page, 'gewerbeanmeldung', 'SUBMIT');
    const form = page.locator('form.app-form');
    await form.getByLabel('Staatsangehörigkeit', { exact: true }).waitFor();
    await form.getByRole('group', { name: /^Anschrift der Betriebsstätte/ }).getByLabel('Straße', { exact: true }).waitFor();
    expect(await form.getByRole('combobox', { name: /^Rechtsform/ }).locator('option').allTextContents()).toContain('Gesellschaft mit beschränkter Haftung (GmbH)');
    await page.getByRole('button', { name: 'English' }).click();
    await form.getByLabel('Nationality', { exact: true }).waitFor();
    expect(await form.getByText('Three-letter country code in capitals', { exact: false }).count()).toBe(1);
    expect(await form.getByRole('combobox', { name: /^Legal form/ }).locator('option').allTextContents()).toContain('Private limited company (GmbH)');
    expect(await form.getByLabel('Staatsangehörigkeit', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('writes screenshots of the form preview (de and en, 1280 and 375 px, first and error state)', async () => {
    for (const lang of ['de', 'en'] as const) {
      for (const width of [1280, 375]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        await context.addInitScript((l) => localStorage.setItem('amtsweg.language', l), lang);
        const page = await context.newPage();
        await openPreview(page, 'gewerbeanmeldung', 'SUBMIT');
        await screenshot(page, `form-preview-${lang}-${width}`);
        await page.locator('form.app-form button[type=submit]').click();
        await page.locator('.app-error-summary').waitFor();
        await screenshot(page, `form-preview-errors-${lang}-${width}`);
        await context.close();
      }
    }
  });
});
