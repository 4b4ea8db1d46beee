// `npm run bench:forms [-- --fields N --keys K]`: the form renderer (RJSF + KERN theme) in
// Chromium on a generated form of 200 fields — time to first render and keystroke-to-paint
// p50/p95 — against the same fields as a plain uncontrolled HTML form. A measurement: it never
// fails on a miss (aim: first render < 200 ms, keystroke p95 < 50 ms).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { freePort, projectRoot } from '../../scripts/index.js';
import { launchChromium } from '../e2e/support/chromium.js';
import { percentile } from './cases/percentile.js';

// Code handed to page.evaluate runs in the browser; this script is type-checked without the
// DOM library, so the browser globals it uses are declared here.
declare const document: { addEventListener(type: string, listener: (e: { timeStamp: number }) => void, options?: unknown): void };
declare const requestAnimationFrame: (callback: () => void) => number;

const { values: args } = parseArgs({ options: { fields: { type: 'string' }, keys: { type: 'string' }, runs: { type: 'string' } } });
const fields = Number(args.fields ?? 200);
const keys = Number(args.keys ?? 60);
const runs = Number(args.runs ?? 3);
const outDir = join(projectRoot, '.data/bench-forms');

console.log(`bench:forms — ${fields} fields, ${keys} keystrokes per run, ${runs} runs per mode; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
console.log('[setup] building the bench page (vite, production mode) …');
await build({
  root: join(projectRoot, 'ui/form/bench'), configFile: false, logLevel: 'warn', plugins: [react()],
  build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 3000 },
});

// The portal's Content Security Policy applies here too (no eval: the validator must cope).
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  const file = join(outDir, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': "default-src 'self'; script-src 'self'; img-src 'self' data:" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
const port = await freePort();
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const browser = await launchChromium();

/** Time from a key press to the next painted frame, measured in the page for each keystroke. */
async function keystrokes(page: Page): Promise<number[]> {
  const input = page.locator('#root_gruppe1_feld1');
  await input.focus();
  await page.evaluate(() => {
    const w = globalThis as unknown as { benchLatencies: number[] };
    w.benchLatencies = [];
    document.addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.benchLatencies.push(performance.now() - start), 0));
    }, { capture: true });
  });
  for (let i = 0; i < keys; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'a', { delay: 20 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (globalThis as unknown as { benchLatencies: number[] }).benchLatencies);
}

async function measure(mode: 'plain' | 'rjsf') {
  const first: number[] = [];
  const render: number[] = [];
  const keyLatencies: number[] = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/?mode=${mode}&fields=${fields}`);
    await page.waitForFunction(() => (globalThis as { benchFirstRender?: number }).benchFirstRender !== undefined, undefined, { timeout: 30_000 });
    const t = await page.evaluate(() => {
      const g = globalThis as unknown as { benchFirstRender: number; benchStart: number };
      return { benchFirstRender: g.benchFirstRender, benchStart: g.benchStart };
    });
    first.push(t.benchFirstRender);
    render.push(t.benchFirstRender - t.benchStart);
    const count = await page.locator('input, select, textarea').count();
    if (errors.length) throw new Error(`${mode}: ${errors.join('; ')}`);
    keyLatencies.push(...await keystrokes(page));
    if (r === 0) console.log(`[${mode}] ${count} controls on the page`);
    await context.close();
  }
  return { first: percentile(first, 50), render: percentile(render, 50), p50: percentile(keyLatencies, 50), p95: percentile(keyLatencies, 95) };
}

try {
  console.log('[plain] measuring …');
  const plain = await measure('plain');
  console.log('[rjsf] measuring …');
  const rjsf = await measure('rjsf');
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`\n| ${fields} fields (medians of ${runs} runs) | first render: script start → first paint | navigation start → first paint | keystroke → paint p50 | p95 |`);
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| plain HTML (uncontrolled) | ${ms(plain.render)} | ${ms(plain.first)} | ${ms(plain.p50)} | ${ms(plain.p95)} |`);
  console.log(`| RJSF + KERN theme | ${ms(rjsf.render)} | ${ms(rjsf.first)} | ${ms(rjsf.p50)} | ${ms(rjsf.p95)} |`);
  console.log(`| ratio RJSF / plain | ${ratio(rjsf.render, plain.render)} | ${ratio(rjsf.first, plain.first)} | ${ratio(rjsf.p50, plain.p50)} | ${ratio(rjsf.p95, plain.p95)} |`);
  console.log(`\naim: first render < 200 ms (${rjsf.render < 200 ? 'met' : 'missed'}), keystroke p95 < 50 ms (${rjsf.p95 < 50 ? 'met' : 'missed'}).`);
  console.log('Navigation start → first paint includes loading the bundle, KERN CSS and fonts (both forms pay it).');
  console.log('Frames are ~16.7 ms apart: a keystroke costs at least the wait for the next frame.');
} finally {
  await browser.close();
  server.close();
}
