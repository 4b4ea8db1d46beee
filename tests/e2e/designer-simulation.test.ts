// The designer's simulation in Chromium (issue 12), keyboard only: a designer opens a draft of
// Gewerbeanmeldung, submits with sample data, requests documents as the clerk with data typed
// into the form renderer, moves the clock on until the one-month deadline fires and the case
// ends, downloads the run as a scenario that `amtsweg simulate` replays, and goes back in the
// log. axe (WCAG 2.1 A/AA) at 1280 and 320 px; screenshots of the section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../cli/commands/simulate.js';
import { designerPage } from './support/designerKeys.js';
import { useCaseSuite } from '../support/suite.js';
import { SCREENSHOT_DIR, expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-sim', { worker: false });
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function press(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await tabTo(page, name, key, 200);
  await page.keyboard.press('Enter');
}

const live = (page: Page) => page.locator('#simulation [aria-live="polite"]').innerText();
const now = (page: Page) => page.locator('.sim-now').innerText();

/** A designer's browser, logged in through the dev IdP page, at `path`. */
const loggedIn = (path: string): Promise<Page> => designerPage(browser, suite.api.url, path, { acceptDownloads: true });

describe('Designer simulation', () => {
  it('simulates Gewerbeanmeldung to its deadline by keyboard, saves the scenario and goes back', async () => {
    const page = await loggedIn('/designer/verfahren/gewerbeanmeldung');
    const newDraft = page.getByRole('button', { name: 'Neuen Entwurf aus der veröffentlichten Fassung anlegen' });
    await newDraft.waitFor();
    await newDraft.focus();
    await page.keyboard.press('Enter');
    await page.locator('#simulation-title').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#simulation').innerText(), { timeout: 20_000 }).toContain('Zustand: entwurf')
      .catch(async (e: unknown) => { throw new Error(`${String(e)}\n${await page.locator('#problems-title').locator('..').innerText()}`); });

    // The section starts below the text view: the keyboard journey begins at its "current state" heading.
    await page.locator('#sim-now-title').focus();
    await press(page, 'SUBMIT mit Beispieldaten senden').catch(async (e: unknown) => { throw new Error(`${String(e)}\n${await page.locator('#simulation').innerText()}`); });
    await expect.poll(() => live(page)).toMatch(/^Neuer Stand: pruefung\./);
    expect((await focused(page)).id).toBe('sim-now-title');

    // The clerk asks for documents, with a note typed into the portal's form renderer.
    await tabTo(page, '#sim-role');
    for (let k = 0; k < 3 && (await page.evaluate<string>('document.activeElement.value')) !== 'clerk'; k++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#sim-events-title').innerText()).toContain('Sachbearbeitung Gewerbeamt');
    await press(page, 'REQUEST_DOCUMENTS: Daten selbst eingeben');
    await expect.poll(async () => (await focused(page)).id).toBe('sim-form-title');
    await tabTo(page, /^Hinweis an die antragstellende Person/);
    await page.keyboard.type('Bitte die Erlaubnis nach § 34d GewO nachreichen.');
    await press(page, 'REQUEST_DOCUMENTS senden');
    await expect.poll(() => live(page)).toMatch(/^Neuer Stand: nachforderung\./);
    expect(await now(page)).toMatch(/1 Monat \(nachforderung\) fällig am/);

    // Two weeks pass without anything due; then the clock runs on to the deadline, which ends the case.
    await press(page, '+14 Tage');
    await expect.poll(() => live(page)).toMatch(/^Neuer Stand: nachforderung\. Uhrzeit 19\. Januar 2026/);
    await press(page, 'Bis zur nächsten Frist');
    await expect.poll(() => live(page)).toMatch(/^Neuer Stand: eingestellt\./);
    expect(await now(page)).toContain('Endzustand');
    const log = page.locator('.sim-log');
    expect(await log.innerText()).toContain('Frist abgelaufen: 1 Monat (nachforderung)');
    expect(await log.locator('> li').count()).toBe(5);
    await expectNoAxeViolations(page, 'simulation at its end');
    await page.locator('#simulation').screenshot({ path: join(SCREENSHOT_DIR, 'designer-simulation-de-1280.png') });
    await screenshot(page, 'designer-simulation-page-de-1280');

    // The run as a scenario file: what `amtsweg simulate` replays, to the same end state.
    await page.locator('#sim-now-title').focus();
    const download = page.waitForEvent('download');
    await press(page, 'Als Szenario speichern');
    const file = await (await download).path();
    const scenario = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(scenario.map((e) => e.type ?? `advance ${String(e.advance)}`)).toEqual(['SUBMIT', 'REQUEST_DOCUMENTS', 'advance P14D', 'advance deadline']);
    expect((scenario[1]!.data as Record<string, unknown>).hinweis).toBe('Bitte die Erlaubnis nach § 34d GewO nachreichen.');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    expect(await simulate.run(['gewerbeanmeldung', file])).toBe(0);
    spy.mockRestore();
    expect(lines.join('\n')).toContain('state: eingestellt (final)');

    // Time travel: back to the state after the clerk's request; the later entries are gone.
    await press(page, /^Zu diesem Stand zurück\s*\(Stand 3: nachforderung\)/, 'Shift+Tab');
    await expect.poll(() => live(page)).toMatch(/^Zurückgegangen\. Stand: nachforderung\./);
    expect((await focused(page)).id).toBe('sim-now-title');
    expect(await log.locator('> li').count()).toBe(3);
    expect(await now(page)).not.toContain('Endzustand');

    // Coverage of the generated paths: told in text per transition.
    await press(page, 'Abdeckung berechnen');
    await expect.poll(() => page.locator('#sim-coverage-title + p + p').innerText()).toMatch(/^\d+ von \d+ Übergängen erreicht, \d+ Pfade\./);
    const deadlineRow = page.locator('.sim-coverage tbody tr').filter({ hasText: 'nachforderung — Frist 1 Monat (P1M) → eingestellt' });
    expect(await deadlineRow.innerText()).toContain('✓ erreicht');
    // The same coverage on the canvas: every transition the table calls not reached is labelled so there.
    await page.getByTestId('coverage-legend').waitFor();
    // The edges take the coverage a render or two after the legend (through React Flow's store).
    await page.locator('[data-testid=statechart-canvas] .react-flow__edge.canvas-edge--reached').first().waitFor();
    const missedRows = await page.locator('.sim-coverage tbody tr[data-coverage=missed]').count();
    const canvasEdges = page.locator('[data-testid=statechart-canvas] .react-flow__edge');
    await expect.poll(() => canvasEdges.count()).toBe(await page.locator('.sim-coverage tbody tr').count());
    expect(await page.locator('[data-testid=statechart-canvas] .react-flow__edge.canvas-edge--missed').count()).toBe(missedRows);
    const edgeNames = await canvasEdges.evaluateAll((es) => es.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(edgeNames.filter((n) => n.endsWith(', nicht erreicht')).length).toBe(missedRows);
    expect(edgeNames.filter((n) => n.endsWith(', von den Pfaden erreicht')).length).toBe(edgeNames.length - missedRows);
    expect(edgeNames.some((n) => n.startsWith('Übergang „nach 1 Monat') && n.endsWith(', von den Pfaden erreicht'))).toBe(true);
    await page.locator('#diagramm').screenshot({ path: join(SCREENSHOT_DIR, 'designer-canvas-coverage-de-1280.png') });
    await expectNoAxeViolations(page, 'simulation with coverage');
    await page.locator('#simulation').screenshot({ path: join(SCREENSHOT_DIR, 'designer-simulation-coverage-de-1280.png') });

    // 320 px: the section does not scroll sideways, still no axe findings.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.locator('#simulation').screenshot({ path: join(SCREENSHOT_DIR, 'designer-simulation-de-320.png') });
    const wide = "[...document.querySelectorAll('#simulation *')].filter((e) => e.getBoundingClientRect().right > document.getElementById('simulation').getBoundingClientRect().right + 1).map((e) => e.tagName + '.' + e.className + ':' + (e.textContent || '').slice(0, 30))";
    await expect.poll(() => page.evaluate<string[]>(wide)).toEqual([]);
    await expectNoAxeViolations(page, 'simulation at 320 px');
    await page.context().close();
  });
});
