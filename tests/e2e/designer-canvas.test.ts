// The designer's statechart canvas in Chromium (issue 12): Baugenehmigung (nested and parallel
// states) opens laid out by ELK on the server with no two sibling state boxes overlapping (measured from the
// DOM) and every state present; a state is selected and moved with the keyboard only, and its
// place survives a reload without a new layout; states added in the editor one after another get
// places that overlap no other box; axe (WCAG 2.1 A/AA); a German screenshot at 1280 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDefinition } from '../../engine/index.js';
import { SERVER_LAYOUT } from '../../server/index.js';
import { catalogueDefinition } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot } from './support/chromium.js';
import { focused, tabTo } from './support/keyboard.js';

const suite = useCaseSuite('e2e-designer-canvas', { worker: false });
const definition = catalogueDefinition('baugenehmigung');
const { states } = resolveDefinition(definition);
const DIAGRAM = '/designer/procedures/baugenehmigung/diagram';
const layoutPath = `/api/definitions/baugenehmigung/layout?version=${definition.version}`;
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** A fresh German browser at 1280 px, logged in as the designer through the dev IdP page, on the diagram. */
async function openDiagram(watch: { onRequest?: (method: string, url: string) => void } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
  const page = await context.newPage();
  if (watch.onRequest) page.on('request', (r) => watch.onRequest!(r.method(), r.url()));
  await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(DIAGRAM)}`);
  await page.locator('#identity').selectOption('designer');
  await page.locator('button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === DIAGRAM);
  await ready(page);
  return page;
}

async function ready(page: Page) {
  await page.locator('[data-testid=statechart-canvas][data-ready=true]').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(states.length);
}

/** Two state boxes overlap when their rectangles share area (a box and its parent's always do). */
const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

const box = async (page: Page, path: string) => (await page.locator(`.react-flow__node[data-id="${path}"]`).boundingBox())!;
const storedLayout = async () => (await suite.api.call('GET', layoutPath, undefined, { as: 'designer' })).body.positions as Record<string, { x: number; y: number }>;

describe('Statechart canvas', () => {
  it('opens Baugenehmigung laid out by the server: every state, no overlapping siblings, parallel regions side by side, no layout in the browser', async () => {
    // The first ask lays it out on the server (ELK in a worker thread) and stores it.
    const laidOut = (await suite.api.call('GET', layoutPath, undefined, { as: 'designer' })).body as { positions: Record<string, unknown>; savedBy: string };
    expect(Object.keys(laidOut.positions).length).toBe(states.length);
    expect(laidOut.savedBy).toBe(SERVER_LAYOUT);
    const puts: string[] = [];
    const page = await openDiagram({ onRequest: (method, url) => { if (method === 'PUT') puts.push(url); } });
    // The page drew the stored layout: nothing laid out again and saved from the browser.
    await page.waitForTimeout(1000);
    expect(puts).toEqual([]);
    expect(await storedLayout()).toEqual(laidOut.positions);
    expect(await page.locator('h1').innerText()).toBe('Diagramm: Baugenehmigung (Bayern)');
    for (const s of states) await expect(page.locator(`.react-flow__node[data-id="${s.id}"]`).getAttribute('aria-label')).resolves.toMatch(`(${s.id})`);
    for (const parent of new Set(states.map((s) => s.parent))) {
      const siblings = states.filter((s) => s.parent === parent);
      const boxes = await Promise.all(siblings.map((s) => box(page, s.id)));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(apart(boxes[i]!, boxes[j]!), `${siblings[i]!.id} and ${siblings[j]!.id} overlap`).toBe(true);
        }
      }
    }
    const [fire, monument] = await Promise.all(['verfahren.stellungnahmen.brandschutz', 'verfahren.stellungnahmen.denkmalschutz'].map((id) => box(page, id)));
    expect(Math.abs(fire!.y - monument!.y)).toBeLessThan(1);
    // Edges follow the boxes: React Flow draws them once it has measured the boxes.
    await expect.poll(() => page.locator('.react-flow__edge-text', { hasText: 'nach 3 Monaten' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.react-flow__edge-text', { hasText: '≠ "versagt"' }).count()).toBe(1);
    // Edges are drawn: their paths have a size on screen (a CSS reset once hid them all).
    const firstEdge = (await page.locator('.react-flow__edge-path').first().boundingBox())!;
    expect(firstEdge.width + firstEdge.height).toBeGreaterThan(20);
    // A label stays hidden until React Flow has measured its text (an effect after it is drawn).
    await expect.poll(() => page.locator('.react-flow__edge-textwrapper').first().isVisible()).toBe(true);
    // No edge label drawn over another label or over a state box (the guard on "Ablehnen" and
    // the deadlines once were): measured as drawn, rectangles of the labels' backgrounds.
    const labels = await page.evaluate<{ text: string; x: number; y: number; width: number; height: number }[]>(`[...document.querySelectorAll('.react-flow__edge-textbg')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.parentElement.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
    })`);
    expect(labels.length).toBeGreaterThan(15);
    const leaves = await Promise.all(states.filter((s) => s.children.length === 0).map(async (s) => ({ id: s.id, ...(await box(page, s.id)) })));
    const covered: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (!apart(a, b)) covered.push(`"${a.text}" / "${b.text}"`);
      for (const b of leaves) if (!apart(a, b)) covered.push(`"${a.text}" on ${b.id}`);
    });
    expect(covered).toEqual([]);
    await expectNoAxeViolations(page, 'diagram');
    await screenshot(page, 'designer-canvas-de-1280');
  });

  it('selects a state with Enter and moves it with the arrow keys; the place survives a reload, not laid out again', async () => {
    const page = await openDiagram();
    const before = (await storedLayout()).entwurf!;
    await tabTo(page, 'Zustand Entwurf (entwurf)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('canvas-selection').innerText()).toBe('Ausgewählt: Entwurf');
    const put = page.waitForResponse((r) => r.url().endsWith('/api/definitions/baugenehmigung/layout') && r.request().method() === 'PUT');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect((await put).status()).toBe(200);
    const after = (await storedLayout()).entwurf!;
    expect(after.x - before.x).toBeGreaterThanOrEqual(110);
    expect(after.x - before.x).toBeLessThanOrEqual(130);
    expect(after.y - before.y).toBeGreaterThanOrEqual(5);
    expect((await focused(page)).name).toBe('Zustand Entwurf (entwurf)');

    const puts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r.url()); });
    await page.reload();
    await ready(page);
    const transform = await page.locator('.react-flow__node[data-id="entwurf"]').evaluate((el) => (el as unknown as { style: { transform: string } }).style.transform);
    expect(transform).toBe(`translate(${after.x}px, ${after.y}px)`);
    await page.waitForTimeout(1000);
    expect(puts).toEqual([]);
  });

  it('places states added in the editor one after another where they overlap no other box, the others staying put', async () => {
    await suite.api.call('POST', '/api/definitions', { ...catalogueDefinition('anfrage'), id: 'kaesten' }, { as: 'designer' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => { localStorage.setItem('amtsweg.language', 'de'); });
    const page = await context.newPage();
    await page.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent('/designer/verfahren/kaesten')}`);
    await page.locator('#identity').selectOption('designer');
    await page.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=statechart-canvas][data-ready=true]').waitFor({ timeout: 30_000 });
    const nodes = page.locator('.react-flow__node');
    // React Flow draws the boxes a render after the canvas is ready: every state of the copy of anfrage.
    const initial = resolveDefinition(catalogueDefinition('anfrage')).states.length;
    await expect.poll(() => nodes.count()).toBe(initial);
    const kaestenLayout = async () => (await suite.api.call('GET', '/api/definitions/kaesten/layout?version=1', undefined, { as: 'designer' })).body.positions as Record<string, { x: number; y: number }>;
    await expect.poll(async () => Object.keys(await kaestenLayout()).length, { timeout: 30_000 }).toBe(initial);
    const first = await kaestenLayout();

    for (const [i, name] of ['pruefung', 'nachfrage', 'abschluss'].entries()) {
      await page.locator('#add-state-name').focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect.poll(() => nodes.count()).toBe(initial + i + 1);
      await expect.poll(async () => Object.keys(await kaestenLayout()).length).toBe(initial + i + 1);
    }
    const ids = await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    const boxes = await Promise.all(ids.map((id) => box(page, id)));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const nested = ids[j]!.startsWith(`${ids[i]}.`) || ids[i]!.startsWith(`${ids[j]}.`);
        if (!nested) expect(apart(boxes[i]!, boxes[j]!), `${ids[i]} and ${ids[j]} overlap`).toBe(true);
      }
    }
    // The states laid out at the first open kept their places.
    const last = await kaestenLayout();
    for (const [id, place] of Object.entries(first)) expect({ x: last[id]!.x, y: last[id]!.y }, id).toEqual({ x: place.x, y: place.y });
    await screenshot(page, 'designer-canvas-added-states-de-1280');
    await context.close();
  });
});
