// The frontend foundation (issue 10): the Koa server serves the built portal with a strict
// Content Security Policy, immutable hashed assets and the app's routes; the page renders in
// Chromium without a CSP violation and without axe findings.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium } from './support/chromium.js';

const suite = useCaseSuite('e2e-foundation', { worker: false });
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('serving the UIs', () => {
  it('answers the portal at / and its client routes with a strict CSP and no caching', async () => {
    for (const path of ['/', '/vorgaenge/irgendwas']) {
      const res = await fetch(suite.api.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('caches hashed assets for a year as immutable and answers 404 for unknown ones', async () => {
    const html = await (await fetch(`${suite.api.url}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const res = await fetch(suite.api.url + asset);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('max-age=31536000,immutable');
    expect((await fetch(`${suite.api.url}/assets/nope-123.js`)).status).toBe(404);
  });

  // The engine's barrel once pulled its definition checker's regex analyser (recheck, 3 MB of
  // Scala.js) into the portal: package.json's `sideEffects` lets the build drop what no page uses.
  it('keeps the portal\'s JavaScript under a 1.5 MB budget', async () => {
    const html = await (await fetch(`${suite.api.url}/`)).text();
    const scripts = [...html.matchAll(/"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = await Promise.all(scripts.map(async (path) => (await (await fetch(suite.api.url + path)).arrayBuffer()).byteLength));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('serves workbench and designer under their own paths and keeps the API\'s JSON 404', async () => {
    expect((await fetch(`${suite.api.url}/workbench/`)).status).toBe(200);
    expect((await fetch(`${suite.api.url}/designer/`)).status).toBe(200);
    const redirect = await fetch(`${suite.api.url}/designer`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe('/designer/');
    const api = await fetch(`${suite.api.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'not-found' });
  });

  it('renders the portal in Chromium without a CSP violation or an axe finding', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    // A logged-out visitor's `/api/me` answers 401, which Chromium logs as a failed resource.
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text()); });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${suite.api.url}/`);
    await page.locator('h1').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expectNoAxeViolations(page, 'portal start page');
    expect(problems).toEqual([]);
    await context.close();
  });
});
