// `npm run bench:designer [-- --states N --runs R]`: the designer's statechart canvas in Chromium
// on a generated statechart of 300 states. A first open as the designer does it: the server laid
// the version out when it was saved (ELK in the server's worker thread, timed here with the
// server's own layout service), the page draws that stored layout — time from script start until
// every state box is drawn. For comparison, the browser's fallback when no layout is stored: ELK in
// the page's web worker on a cold page, and opened from the procedures list (where the designer
// warms that worker up; times from pressing "Öffnen"). Frames per second while a state is dragged
// with the mouse (counted with requestAnimationFrame in the page). A measurement: it never fails
// on a miss (aims: laid out and first drawn < 1 s, dragging ≥ 30 frames/s).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { generateStatechart } from '../../designer/canvas/generateStatechart.js';
import { freePort, projectRoot } from '../../scripts/index.js';
import { createLayoutService } from '../../server/index.js';
import { launchChromium } from '../e2e/support/chromium.js';
import { percentile } from './cases/percentile.js';

const { values: args } = parseArgs({ options: { states: { type: 'string' }, runs: { type: 'string' } } });
const states = Number(args.states ?? 300);
const runs = Number(args.runs ?? 3);
const outDir = join(projectRoot, '.data/bench-designer');

console.log(`bench:designer — ${states} states, ${runs} runs; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
console.log('[setup] building the bench page (vite, production mode) …');
await build({
  root: join(projectRoot, 'designer/canvas/bench'), configFile: false, logLevel: 'warn', plugins: [react()],
  build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 3000 },
});

// The server's Content Security Policy (workers from this origin only, no eval) applies here too.
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; img-src 'self' data:; style-src 'self'";
const server = createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  const file = join(outDir, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
const port = await freePort();
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const browser = await launchChromium();
// The server's layout service, warmed up as the API server does when it starts.
const layoutService = createLayoutService();
await layoutService.warm();
const chart = generateStatechart(states);

type BenchGlobals = { benchWarm?: boolean; benchLayout?: unknown; benchLaidOut?: number; benchElk?: { roundTripMs: number }; benchDrawn?: number; benchStates: number; benchFrames: number; countFrames(): void; stopFrames(): void };

/** Drags the box of a state (a phase with its 14 children, grabbed by its title bar) 300 px in 60 mouse moves; frames/s meanwhile. */
async function drag(page: Page): Promise<{ fps: number; ms: number }> {
  const flow = (await page.locator('[data-testid=statechart-canvas]').boundingBox())!;
  // The first phase whose title bar is on screen (300 states do not fit the canvas at a readable zoom).
  let id = '';
  for (let p = 0; p < 40 && !id; p++) {
    const b = await page.locator(`.react-flow__node[data-id="phase${p}"]`).boundingBox();
    if (b && b.y > flow.y + 10 && b.y + 20 < flow.y + flow.height) id = `phase${p}`;
  }
  if (!id) throw new Error('no state on screen to drag');
  const box = async () => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  // Zoomed out, a box is a few pixels: zoom in on its title bar with the wheel first.
  for (let i = 0; i < 20 && (await box()).width < 300; i++) {
    const b = await box();
    await page.mouse.move(b.x + b.width / 2, b.y + 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(150);
  }
  const target = await box();
  const [x, y] = [target.x + target.width / 2, target.y + 6];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = await page.evaluate(() => { (globalThis as unknown as BenchGlobals).countFrames(); return performance.now(); });
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 5, y + i * 2);
  const { frames, end } = await page.evaluate(() => {
    const g = globalThis as unknown as BenchGlobals;
    g.stopFrames();
    return { frames: g.benchFrames, end: performance.now() };
  });
  await page.mouse.up();
  const moved = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  if (Math.abs(moved.x - target.x) < 50) throw new Error('the state did not move with the mouse');
  return { fps: (frames * 1000) / (end - start), ms: end - start };
}

try {
  const drawn: number[] = [];
  const laidOut: number[] = [];
  const fps: number[] = [];
  const roundTrip: number[] = [];
  const drawnStored: number[] = [];
  const listLaidOut: number[] = [];
  const listDrawn: number[] = [];
  const listRoundTrip: number[] = [];
  const serverMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    // The save of a new version: the server lays it out in its worker thread and stores it.
    const saved = performance.now();
    const serverLayout = await layoutService.layout(chart);
    serverMs.push(performance.now() - saved);
    if (Object.keys(serverLayout).length !== states) throw new Error(`the server placed ${Object.keys(serverLayout).length} of ${states} states`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`http://127.0.0.1:${port}/?states=${states}`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).benchDrawn !== undefined, undefined, { timeout: 60_000 });
    const t = await page.evaluate(() => { const g = globalThis as unknown as BenchGlobals; return { drawn: g.benchDrawn!, laidOut: g.benchLaidOut!, elk: g.benchElk!, count: g.benchStates }; });
    if (errors.length) throw new Error(errors.join('; '));
    const d = await drag(page);
    console.log(`[run ${r + 1}] ${t.count} states laid out after ${t.laidOut.toFixed(0)} ms (layout request → answer ${t.elk.roundTripMs.toFixed(0)} ms), all drawn after ${t.drawn.toFixed(0)} ms; drag: ${d.fps.toFixed(1)} frames/s over ${d.ms.toFixed(0)} ms`);
    roundTrip.push(t.elk.roundTripMs);
    drawn.push(t.drawn);
    laidOut.push(t.laidOut);
    fps.push(d.fps);
    // A first open as the designer does it: the layout the server stored at the save, no ELK in the page.
    const again = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await again.addInitScript((stored) => { (globalThis as unknown as BenchGlobals).benchLayout = stored; }, serverLayout);
    const reopened = await again.newPage();
    await reopened.goto(`http://127.0.0.1:${port}/?states=${states}`);
    await reopened.waitForFunction(() => (globalThis as unknown as BenchGlobals).benchDrawn !== undefined, undefined, { timeout: 60_000 });
    const storedDrawn = await reopened.evaluate(() => { const g = globalThis as unknown as BenchGlobals; if (g.benchLaidOut !== undefined) throw new Error('laid out again'); return g.benchDrawn!; });
    console.log(`        laid out by the server at the save in ${serverMs.at(-1)!.toFixed(0)} ms; opened with that layout stored: all drawn after ${storedDrawn.toFixed(0)} ms (no ELK in the page)`);
    drawnStored.push(storedDrawn);
    await again.close();
    // Opened from the procedures list: the worker was warmed up while the list was shown.
    const listed = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const listPage = await listed.newPage();
    await listPage.goto(`http://127.0.0.1:${port}/?states=${states}&open=list`);
    await listPage.waitForFunction(() => (globalThis as unknown as BenchGlobals).benchWarm === true, undefined, { timeout: 60_000 });
    await listPage.getByRole('button', { name: 'Öffnen' }).click();
    await listPage.waitForFunction(() => (globalThis as unknown as BenchGlobals).benchDrawn !== undefined, undefined, { timeout: 60_000 });
    const l = await listPage.evaluate(() => { const g = globalThis as unknown as BenchGlobals; return { drawn: g.benchDrawn!, laidOut: g.benchLaidOut!, elk: g.benchElk! }; });
    console.log(`        opened from the list (ELK warmed up there): laid out after ${l.laidOut.toFixed(0)} ms (request → answer ${l.elk.roundTripMs.toFixed(0)} ms), all drawn after ${l.drawn.toFixed(0)} ms`);
    listLaidOut.push(l.laidOut);
    listDrawn.push(l.drawn);
    listRoundTrip.push(l.elk.roundTripMs);
    await listed.close();
    await context.close();
  }
  const drawnMedian = percentile(drawn, 50);
  const fpsMedian = percentile(fps, 50);
  const listMedian = percentile(listDrawn, 50);
  const storedMedian = percentile(drawnStored, 50);
  const serverMedian = percentile(serverMs, 50);
  console.log(`\n| ${states} states (medians of ${runs} runs) | ELK layout | every box drawn | frames/s while dragging a state |`);
  console.log('| --- | --- | --- | --- |');
  console.log(`| first open: layout stored by the server at the save (cold page, from script start) | ${serverMedian.toFixed(0)} ms at the save (server thread) | **${storedMedian.toFixed(0)} ms** | — |`);
  console.log(`| no layout stored, ELK in the page's worker: cold page (from script start) | ${percentile(laidOut, 50).toFixed(0)} ms | ${drawnMedian.toFixed(0)} ms | ${fpsMedian.toFixed(1)} |`);
  console.log(`| no layout stored, ELK warmed up by the procedures list (from "Öffnen") | ${percentile(listLaidOut, 50).toFixed(0)} ms | ${listMedian.toFixed(0)} ms | — |`);
  console.log(`\nof the browser's layout: request → answer (worker start, ELK, copying) ${percentile(roundTrip, 50).toFixed(0)} ms cold, ${percentile(listRoundTrip, 50).toFixed(0)} ms warmed up; ratio warmed/cold ${(percentile(listRoundTrip, 50) / percentile(roundTrip, 50)).toFixed(2)} (medians).`);
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores)`);
  const laidAndDrawn = serverMedian + storedMedian;
  console.log(`\naim: laid out and first drawn < 1 s — server layout + first open ${laidAndDrawn.toFixed(0)} ms (${laidAndDrawn < 1000 ? 'met' : 'missed'}; the two happen at different times, save and open); without a stored layout: from the procedures list ${listMedian < 1000 ? 'met' : 'missed'}, cold page ${drawnMedian < 1000 ? 'met' : 'missed'}; dragging ≥ 30 frames/s (${fpsMedian >= 30 ? 'met' : 'missed'}).`);
  console.log('Headless Chromium without a GPU on this machine; frames are counted with requestAnimationFrame during 60 mouse moves.');
} finally {
  await browser.close();
  await layoutService.close();
  server.close();
}
