// Applying through the portal (issue 10): every procedure of the catalogue that a citizen can
// open is started, filled with the sample data its definition carries and submitted in
// Chromium; the confirmation shows the receipt verified. Drafts are kept and resumed; a double
// click on "Antrag verbindlich absenden" submits once.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataUrl } from '../../engine/index.js';
import { DEV_IDENTITIES } from '../../server/index.js';
import { catalogueDefinition, example, settled, startCase } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotAllSizes } from './support/chromium.js';
import { fillAllPages, submitAndConfirm } from './support/applyFlow.js';
import { fillForm } from './support/fillForm.js';
import { loginOnIdpPage } from './support/portalLogin.js';

const suite = useCaseSuite('e2e-apply');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

type Def = { id: string; roles: Record<string, { kind: string; joinable?: boolean }>; events: Record<string, { by: string[]; form?: string }>; forms: Record<string, { schema: Record<string, unknown> }> };

/** Starts an application of `procedure` from its start address, logging in on the way. */
async function start(page: Page, procedure: string, user = 'erika'): Promise<string> {
  await page.goto(`${suite.api.url}/verfahren/${procedure}/starten`);
  await page.waitForURL(/\/idp\/|\/auth\/|\/antrag\//);
  if (!page.url().includes('/antrag/')) await loginOnIdpPage(page, user);
  await page.waitForURL(/\/antrag\/[0-9a-f-]{36}/);
  const caseId = /\/antrag\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  suite.caseIds.push(caseId);
  await page.locator('h1').filter({ hasNotText: /^$/ }).waitFor();
  return caseId;
}

/**
 * A joinable procedure (a tender): its contracting authority opens a case and publishes the
 * notice (staff open no cases through the API: on Temporal, as its own client would); then the
 * company finds it on the procedure page, takes part after logging in and lands on its form.
 */
async function joinTender(page: Page, procedure: string, staff: string, user = 'musterbau'): Promise<string> {
  const def = catalogueDefinition(procedure);
  const handle = await startCase(suite.services.client, suite.taskQueue, def);
  const caseId = handle.workflowId;
  suite.caseIds.push(caseId);
  await settled(handle);
  const publishing = Object.entries(def.events).find(([, e]) => e.by.includes(staff) && e.form && def.forms?.[e.form]?.public)!;
  const notice = example(def, publishing[1].form!);
  const officer = DEV_IDENTITIES.find((p) => p.kind === 'staff' && p.authority === def.authority)!.sub;
  const published = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: publishing[0], data: notice }, { as: officer });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  await page.goto(`${suite.api.url}/verfahren/${procedure}`);
  await page.locator('main h1').filter({ hasNotText: /^$/ }).waitFor();
  // The procedure is read (the h1 says "Wird geladen …" before): only then does a missing link count.
  await page.locator('#facts-title').waitFor();
  // Nobody opens a tender of their own from its page.
  expect(await page.getByRole('link', { name: 'Antrag starten' }).count()).toBe(0);
  // The list reads the projection, which follows the workflow a moment later.
  const join = page.locator(`a[href="/verfahren/${procedure}/teilnehmen/${caseId}"]`);
  await expect.poll(async () => { await page.reload(); await page.locator('main h1').waitFor(); return join.count(); }, { timeout: 30_000 }).toBe(1);
  expect(await page.locator('li.kern-card', { has: join }).innerText()).toMatch(/Angebotsfrist\s*Frist endet am .+, \d{2}:\d{2} Uhr – noch \d+ Tage/);
  await expectNoAxeViolations(page, `${procedure}: open tenders`);
  await screenshotAllSizes(page, `procedure-open-tenders-${procedure}`, `a[href="/verfahren/${procedure}/teilnehmen/${caseId}"]`);
  expect(await join.innerText()).toBe('An dieser Ausschreibung teilnehmen');
  expect(await join.getAttribute('aria-label')).toMatch(/^An dieser Ausschreibung teilnehmen: .{10,}/);
  await join.click();
  await page.waitForURL(/\/idp\/|\/auth\//);
  await loginOnIdpPage(page, user);
  await page.waitForURL(`**/antrag/${caseId}`);
  await page.locator('h1').filter({ hasNotText: /^$/ }).waitFor();
  return caseId;
}

/** The citizen's first event of a case and its form schema, read from the API as the applicant. */
async function citizenEvent(def: Def, caseId: string, user = 'erika'): Promise<{ event: string; schema: Record<string, unknown> } | undefined> {
  const view = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: user })).body as { accepts: { type: string; by: string[] }[] };
  const citizen = Object.entries(def.roles).filter(([, r]) => r.kind === 'citizen').map(([n]) => n);
  const accepted = view.accepts.find((a) => a.by.some((r) => citizen.includes(r)) && def.events[a.type]?.form);
  return accepted && { event: accepted.type, schema: def.forms[def.events[accepted.type]!.form!]!.schema };
}

describe('applying through the portal', () => {
  it('starts, fills with examples[0] and submits every procedure a citizen can open, receipt verified', async () => {
    const list = (await suite.api.call('GET', '/api/procedures')).body as { id: string }[];
    const submitted: string[] = [];
    const joined: string[] = [];
    for (const { id } of list) {
      const def = (await suite.api.call('GET', `/api/procedures/${id}`)).body as Def;
      if (!Object.values(def.roles).some((r) => r.kind === 'citizen')) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      // A tender: staff publish it, a company joins it from the procedure page; else the citizen opens her own case.
      const staff = Object.entries(def.roles).find(([, r]) => r.kind === 'staff')?.[0];
      const joinable = Object.values(def.roles).some((r) => r.kind === 'citizen' && r.joinable);
      const user = joinable ? 'musterbau' : 'erika';
      const caseId = joinable ? await joinTender(page, id, staff!, user) : await start(page, id);
      const first = await citizenEvent(def, caseId, user);
      expect(first, `${id}: the citizen can act once the case is hers`).toBeDefined();
      const sample = (first!.schema.examples as Record<string, unknown>[] | undefined)?.[0];
      expect(sample, `${id}: the form of ${first!.event} carries examples`).toBeDefined();
      await fillAllPages(page, first!.schema, sample!);
      await expectNoAxeViolations(page, `${id}: check answers`);
      // A file shows as its name and size on the check page, never as its data URL.
      const summary = await page.locator('main').innerText();
      expect(summary, id).not.toContain('data:');
      if (id === 'wohnsitzanmeldung') expect(summary).toMatch(/Wohnungsgeberbestätigung\s+wohnungsgeberbestaetigung\.pdf \(1 KB\)/);
      // The answers come back from the draft after each reload.
      if (id === 'gewerbeanmeldung') await screenshotAllSizes(page, 'apply-check', '.kern-summary');
      await submitAndConfirm(page, caseId);
      await expectNoAxeViolations(page, `${id}: confirmation`);
      const view = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: user })).body as { history: { type: string }[] };
      expect(view.history.map((h) => h.type), id).toContain(first!.event);
      // The chosen file reached the e-file with its exact bytes (the example's).
      if (id === 'wohnsitzanmeldung') {
        const file = parseDataUrl(String(sample!.wohnungsgeberbestaetigung))!;
        const attachments = async () => ((await suite.api.call('GET', `/api/cases/${caseId}/documents`, undefined, { as: user })).body as { kind: string; fileName: string; sha256: string }[])
          .filter((d) => d.kind === 'attachment').map((d) => [d.fileName, d.sha256]);
        await expect.poll(attachments, { timeout: 30_000 }).toEqual([[file.name, createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex')]]);
      }
      if (joinable) joined.push(id);
      expect(problems, id).toEqual([]);
      submitted.push(id);
      await context.close();
    }
    // Every procedure with a citizen role, tenders included (issue 10: "every procedure of the catalogue").
    const withCitizens = [];
    for (const { id } of list) {
      const def = (await suite.api.call('GET', `/api/procedures/${id}`)).body as Def;
      if (Object.values(def.roles).some((r) => r.kind === 'citizen')) withCitizens.push(id);
    }
    expect(submitted.sort()).toEqual(withCitizens.sort());
    expect(joined.length, 'a joinable procedure (tender) in the catalogue').toBeGreaterThan(0);
  }, 600_000);

  it('keeps a draft on the server and resumes it in a new browser session', async () => {
    const def = (await suite.api.call('GET', '/api/procedures/gewerbeanmeldung')).body as Def;
    const schema = def.forms.anmeldung!.schema;
    const example = (schema.examples as Record<string, unknown>[])[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const caseId = await start(page, 'gewerbeanmeldung');
    await page.locator('main a.kern-btn--primary').click();
    await page.locator('form.app-form').waitFor();
    await fillForm(page, schema, { ...example, familienname: 'Musterfrau' });
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.waitForURL('**/schritt/2');
    // The router draws the next step a moment after the URL changed.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Entwurf gespeichert' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'step 2 of a long form');
    await screenshotAllSizes(page, 'apply-step', 'form.app-form');
    await context.close();

    const later = await browser.newContext();
    const again = await later.newPage();
    await again.goto(`${suite.api.url}/auth/login?returnTo=${encodeURIComponent(`/antrag/${caseId}`)}`);
    await loginOnIdpPage(again, 'erika');
    await again.waitForURL(`**/antrag/${caseId}`);
    await again.getByRole('status').filter({ hasText: 'Entwurf vom' }).waitFor();
    await expectNoAxeViolations(again, 'task list');
    expect(await again.locator('.kern-task-list__item').first().innerText()).toMatch(/Erledigt/);
    await screenshotAllSizes(again, 'apply-tasklist', '.kern-task-list');
    await again.getByRole('link', { name: 'Allgemeine Angaben' }).click();
    expect(await again.locator('#root_familienname').inputValue()).toBe('Musterfrau');
    expect(await again.locator('#root_vornamen').inputValue()).toBe(example.vornamen);
    await later.close();
  }, 300_000);

  it('submits once on a double click of "Antrag verbindlich absenden"', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let posts = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/events')) posts++; });
    const caseId = await start(page, 'anfrage');
    const def = (await suite.api.call('GET', '/api/procedures/anfrage')).body as Def;
    await fillAllPages(page, def.forms.anfrage!.schema, { betreff: 'Parkausweis', nachricht: 'Wie beantrage ich einen Parkausweis?' });
    await submitAndConfirm(page, caseId, 'dblclick');
    const view = (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'erika' })).body as { history: { type: string }[] };
    expect(view.history.filter((h) => h.type === 'SUBMIT')).toHaveLength(1);
    expect(posts).toBe(1);
    for (const lang of ['de', 'en'] as const) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate((l) => { localStorage.setItem('amtsweg.language', l); }, lang);
        await page.reload();
        await page.locator('#receipt-verification').waitFor({ timeout: 30_000 });
        await screenshot(page, `confirmation-${lang}-${width}`);
      }
    }
    await context.close();
  }, 300_000);
});
