import { beforeAll, describe, expect, it } from 'vitest';
import { publishApproved, startApi } from '../support/api.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9, finding 8: consent requests took any category, showed the clerk's free text to the
// citizen unmoderated, had no maximum duration and no limit, and a grant of `P99999Y` was a 500.

const erika = { as: 'erika' };
const jonas = { as: 'jonas' };
const clerk = { as: 'clerk-gewerbe' };
const valid = { categories: ['nachweise'], purpose: 'nachweispruefung', duration: 'P7D' };

type Consent = { id: string; status: string; purpose: string; note: string | null; officer: string | null; categories: string[]; duration: string; createdAt: string };

describe('consent requests are bounded and moderated (issue 9, finding 8)', () => {
  const suite = useCaseSuite('consent');
  const def = catalogueDefinition('gewerbeanmeldung');
  const cases = { erika: '', jonas: '' };

  beforeAll(async () => {
    for (const who of ['erika', 'jonas'] as const) {
      const id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: who })).body.id as string;
      suite.caseIds.push(id);
      const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: '2026-01-10' } };
      expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data }, { as: who })).status).toBe(200);
      cases[who] = id;
    }
  });

  const ask = (body: unknown, caseId = cases.erika, api = suite.api) => api.call('POST', `/api/cases/${caseId}/consent-requests`, body, clerk);
  const consentsOf = async (as = erika) => (await suite.api.call('GET', '/api/me/consents', undefined, as)).body as Consent[];
  const inboxOf = async (as = erika) => (await suite.api.call('GET', '/api/me/inbox', undefined, as)).body as { template: string; body: string }[];

  /** Sends `body`, expects the refusal, and checks that the citizen got nothing. */
  async function refused(body: unknown, status: number, code: string) {
    const [consents, inbox] = [(await consentsOf()).length, (await inboxOf()).length];
    const res = await ask(body);
    expect(res, JSON.stringify(body)).toMatchObject({ status, body: { status, code, message: expect.any(String) } });
    expect(await consentsOf()).toHaveLength(consents);
    expect(await inboxOf()).toHaveLength(inbox);
    return res;
  }

  it('accepts only categories the procedure declares as needing consent, naming the others', async () => {
    const unknown = await refused({ ...valid, categories: ['nachweise', 'kontostand'] }, 422, 'unknown-category');
    expect(unknown.body.details).toEqual({ categories: ['kontostand'] });
    const open = await refused({ ...valid, categories: ['identitaet'] }, 422, 'category-not-gated');
    expect(open.body.details).toEqual({ categories: ['identitaet'] });
  });

  it('shows the citizen a declared purpose and a plain note, never a link', async () => {
    await refused({ ...valid, purpose: 'Ihr Konto wird gesperrt, bitte melden Sie sich unter https://amtsweg.evil.example an' }, 422, 'unknown-purpose');
    for (const note of ['Bitte bestätigen: https://amtsweg.evil.example/login', 'Anmeldung unter www.evil.example', 'Antwort an service@evil.example', 'ok\u202Eexe.txt', '   ', 'x'.repeat(201)]) {
      await refused({ ...valid, note }, 422, 'note-invalid');
    }
    const res = await ask({ ...valid, note: 'Nachweis nach § 34d GewO' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const consent = (await consentsOf()).find((c) => c.id === res.body.id)!;
    expect(consent).toMatchObject({ purpose: 'Prüfung Ihrer Nachweise und Erlaubnisse', note: 'Nachweis nach § 34d GewO', officer: 'clerk-gewerbe', categories: ['nachweise'], duration: 'P7D' });
    const message = (await inboxOf()).find((m) => m.template === 'consentRequested')!;
    expect(message.body).toContain('Prüfung Ihrer Nachweise und Erlaubnisse');
    expect(message.body).toContain('Nachweis nach § 34d GewO');
  });

  it('offers the purposes the procedure declares beside the installation\'s', async () => {
    const own = { ...catalogueDefinition('gewerbeanmeldung'), id: 'gewerbe-zwecke', consentPurposes: { 'erlaubnis-34d': { title: { de: 'Prüfung der Erlaubnis nach § 34d GewO', en: 'Examination of the permit under § 34d GewO' } } } };
    expect((await suite.api.call('POST', '/api/definitions', own, { as: 'designer' })).status).toBe(201);
    expect((await publishApproved(suite.api, 'gewerbe-zwecke')).body.status).toBe('published');
    const id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbe-zwecke' }, jonas)).body.id as string;
    suite.caseIds.push(id);
    const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK Nürnberg', datum: '2026-01-10' } };
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data }, jonas)).status).toBe(200);
    const res = await ask({ ...valid, purpose: 'erlaubnis-34d' }, id);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await consentsOf(jonas)).find((c) => c.id === res.body.id)?.purpose).toBe('Prüfung der Erlaubnis nach § 34d GewO');
    // Another procedure's purpose is not on offer here.
    expect((await ask({ ...valid, purpose: 'erlaubnis-34d' })).body).toMatchObject({ code: 'unknown-purpose', details: { purposes: ['antragspruefung', 'nachweispruefung', 'identitaetspruefung'] } });
    // The workbench's dialog offers what the case's procedure declares (GET /api/cases/:id/consent-purposes).
    const offered = async (of: string) => ((await suite.api.call('GET', `/api/cases/${of}/consent-purposes`, undefined, clerk)).body as { id: string; title: { de: string } }[]);
    expect(await offered(id)).toEqual([
      expect.objectContaining({ id: 'antragspruefung' }), expect.objectContaining({ id: 'nachweispruefung' }), expect.objectContaining({ id: 'identitaetspruefung' }),
      { id: 'erlaubnis-34d', title: { de: 'Prüfung der Erlaubnis nach § 34d GewO', en: 'Examination of the permit under § 34d GewO' } },
    ]);
    expect((await offered(cases.erika)).map((p) => p.id)).toEqual(['antragspruefung', 'nachweispruefung', 'identitaetspruefung']);
  });

  it('refuses durations beyond the maximum (default P90D) or of nothing', async () => {
    await refused({ ...valid, duration: 'P91D' }, 422, 'duration-too-long');
    await refused({ ...valid, duration: 'P5Y' }, 422, 'duration-too-long');
    await refused({ ...valid, duration: 'P99999Y' }, 422, 'duration-too-long');
    await refused({ ...valid, duration: 'P0D' }, 422, 'duration-empty');
    expect((await ask({ ...valid, duration: 'P90D' })).status).toBe(201);
  });

  it('answers a grant of an over-long request with 422 and leaves it open (was a 500 for P99999Y)', async () => {
    // As a requestConsent effect of a definition could open it.
    const id = crypto.randomUUID();
    await suite.services.store.openConsent({
      id, caseId: cases.erika, effectKey: `test:${id}`, subject: 'erika', authority: 'gewerbeamt', categories: ['nachweise'], purpose: 'Prüfung',
      note: null, officer: null, duration: 'P99999Y', status: 'open', decidedAt: null, expiresAt: null,
    });
    const granted = await suite.api.call('POST', `/api/me/consents/${id}`, { decision: 'grant' }, erika);
    expect(granted).toMatchObject({ status: 422, body: { status: 422, code: 'duration-too-long', message: expect.stringMatching(/P90D/) } });
    expect((await consentsOf()).find((c) => c.id === id)?.status).toBe('open');
    expect((await suite.api.call('POST', `/api/me/consents/${id}`, { decision: 'refuse' }, erika)).status).toBe(200);
  });

  it('limits requests per clerk (429 in the JSON error shape)', async () => {
    const sent = (await suite.services.store.consentsOf({})).filter((c) => c.officer === 'clerk-gewerbe').length;
    const strict = await startApi(suite.services, suite.taskQueue, { consentPerOfficerPerHour: sent + 2 });
    try {
      expect((await ask(valid, cases.jonas, strict)).status).toBe(201);
      expect((await ask(valid, cases.jonas, strict)).status).toBe(201);
      const before = (await consentsOf(jonas)).length;
      const limited = await ask(valid, cases.jonas, strict);
      expect(limited).toMatchObject({ status: 429, body: { status: 429, code: 'rate-limited', details: { per: 'officer', max: sent + 2, window: 'PT1H' } } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await consentsOf(jonas)).toHaveLength(before);
    } finally {
      await strict.close();
    }
  });

  it('limits requests per citizen: at most 10 a day reach one inbox', async () => {
    // Requests of the procedure itself (no officer) do not count; staff requests of the last day do.
    const sent = (await consentsOf()).filter((c) => c.officer && Date.now() - Date.parse(c.createdAt) < 86_400_000).length;
    expect(sent).toBeGreaterThan(0);
    for (let i = sent; i < 10; i += 1) expect((await ask(valid)).status).toBe(201);
    const inbox = (await inboxOf()).length;
    const limited = await ask(valid);
    expect(limited).toMatchObject({ status: 429, body: { status: 429, code: 'rate-limited', details: { per: 'citizen', max: 10, window: 'P1D' } } });
    expect(await inboxOf()).toHaveLength(inbox);
  });
});
