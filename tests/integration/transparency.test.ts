import pg from 'pg';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/runCli.js';
import { waitFor } from '../../scripts/index.js';
import { loginThroughDevIdp } from '../support/browser.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const purpose = encodeURIComponent('Prüfung der Gewerbeanmeldung');

describe('access log and consent through the HTTP API (real worker, Temporal, PostgreSQL)', () => {
  const suite = useCaseSuite('transparency');
  let caseId = '';

  beforeAll(async () => {
    expect((await suite.api.call('PUT', '/api/me/preferences', { channels: ['portal'], notifyOnAccess: true }, erika)).status).toBe(200);
    caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
    const def = catalogueDefinition('gewerbeanmeldung');
    const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: '2026-01-10' } };
    expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data }, erika)).status).toBe(200);
  });

  it('lets a citizen log in through the development IdP, submit a case, and see the clerk\'s read of it', async () => {
    const { jar } = await loginThroughDevIdp(suite.api.url, 'jonas');
    const session = (path: string, init: RequestInit = {}) => fetch(suite.api.url + path, {
      ...init, headers: { 'content-type': 'application/json', cookie: jar.header(new URL(path, suite.api.url)), 'x-csrf-token': jar.get('amtsweg_csrf') ?? '', ...init.headers as Record<string, string> },
    }).then(async (res) => ({ status: res.status, body: await res.json() as any }));
    // Without the CSRF header a cookie session cannot post.
    expect((await fetch(`${suite.api.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: jar.header(new URL('/api/cases', suite.api.url)) }, body: '{"procedure":"anfrage"}' })).status).toBe(403);
    const created = await session('/api/cases', { method: 'POST', body: JSON.stringify({ procedure: 'anfrage' }) });
    expect(created).toMatchObject({ status: 201, body: { parties: [{ id: 'jonas', role: 'applicant' }] } });
    const submitted = await session(`/api/cases/${created.body.id}/events`, { method: 'POST', body: JSON.stringify({ type: 'SUBMIT', data: { betreff: 'Sondernutzung', nachricht: 'Bitte um Erlaubnis für einen Marktstand.' } }) });
    expect(submitted).toMatchObject({ status: 200, body: { state: 'submitted' } });
    expect((await suite.api.call('GET', `/api/cases/${created.body.id}?purpose=${encodeURIComponent('Bearbeitung der Anfrage')}`, undefined, { as: 'clerk-buerger' })).status).toBe(200);
    const log = await waitFor('access log', 5_000, async () => {
      const res = await session('/api/me/access-log');
      expect(res.body).toHaveLength(1);
      return res.body;
    });
    expect(log[0]).toMatchObject({ authority: 'buergeramt', officer: 'clerk-buerger', purpose: 'Bearbeitung der Anfrage', caseId: created.body.id });
  });

  it('refuses a login below the procedure\'s assurance level at submission, naming the level', async () => {
    const res = await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'lena' });
    expect(res).toMatchObject({ status: 403, body: { code: 'assurance-too-low', details: { required: 'substantial', actual: 'basic' } } });
  });

  it('makes staff state a purpose and shows their read in the citizen\'s access log within seconds', async () => {
    expect((await suite.api.call('GET', `/api/cases/${caseId}`, undefined, clerk))).toMatchObject({ status: 400, body: { code: 'purpose-required' } });
    expect((await suite.api.call('GET', `/api/cases/${caseId}?purpose=${purpose}`, undefined, clerk)).status).toBe(200);
    const log = await waitFor('access-log entry', 5_000, async () => {
      const res = await suite.api.call('GET', '/api/me/access-log', undefined, erika);
      expect(res.body).toHaveLength(1);
      return res.body;
    });
    expect(log[0]).toMatchObject({ authority: 'gewerbeamt', officer: 'clerk-gewerbe', purpose: 'Prüfung der Gewerbeanmeldung', categories: ['verfahrensdaten'], caseId });
    expect(Date.now() - Date.parse(log[0].at)).toBeLessThan(60_000);
    const inbox = (await suite.api.call('GET', '/api/me/inbox', undefined, erika)).body as { template: string }[];
    expect(inbox.map((m) => m.template)).toContain('accessNotice');
    // Another citizen sees nothing of it.
    expect(((await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'musterbau' })).body)).toEqual([]);
  });

  it('withholds a consent-gated category until granted, and again at once after revocation', async () => {
    const data = (path: string) => suite.api.call('GET', `/api/cases/${caseId}/data?purpose=${purpose}${path}`, undefined, clerk);
    expect(await data('')).toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['nachweise'] } } });
    const other = await data('&categories=identitaet,gewerbe');
    expect(other.status).toBe(200);
    expect(JSON.stringify(other.body.data)).not.toContain('IHK München');

    const request = await suite.api.call('POST', `/api/cases/${caseId}/consent-requests`, { categories: ['nachweise'], purpose: 'nachweispruefung', note: 'Erlaubnis nach § 34d GewO', duration: 'P7D' }, clerk);
    expect(request.status).toBe(201);
    const open = (await suite.api.call('GET', '/api/me/consents', undefined, erika)).body as { id: string; status: string }[];
    expect(open.find((c) => c.id === request.body.id)?.status).toBe('open');
    expect((await data('')).status).toBe(403);

    // Documents carry the same data: the receipt too stays closed to the clerk until the grant.
    const receipt = (await suite.services.store.documentsOf(caseId)).find((d) => d.kind === 'receipt')!;
    const doc = () => suite.api.call('GET', `/api/documents/${receipt.id}?purpose=${purpose}`, undefined, clerk);
    expect(await doc()).toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['nachweise'] } } });

    expect((await suite.api.call('POST', `/api/me/consents/${request.body.id}`, { decision: 'grant' }, erika)).body.status).toBe('granted');
    expect((await doc()).status).toBe(200);
    const granted = await data('');
    expect(granted.status).toBe(200);
    expect(JSON.stringify(granted.body.data)).toContain('IHK München');

    expect((await suite.api.call('POST', `/api/me/consents/${request.body.id}`, { decision: 'revoke' }, erika)).body.status).toBe('revoked');
    expect(await data('')).toMatchObject({ status: 403, body: { code: 'consent-required' } });

    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body as { categories: string[] }[];
    expect(log.some((e) => e.categories.includes('nachweise'))).toBe(true);
  });

  // Issue 8: only PUT /api/me/preferences existed; a citizen could not read back what they chose.
  it('shows a citizen the default preferences until they choose, then their choice; staff get 403', async () => {
    const lena = { as: 'lena' };
    const defaults = { subject: 'lena', channels: ['portal'], email: null, language: 'de', notifyOnAccess: false, postalAddress: null };
    expect(await suite.api.call('GET', '/api/me/preferences', undefined, lena)).toMatchObject({ status: 200, body: defaults });
    const chosen = { channels: ['portal', 'email'], email: 'lena@example.org', language: 'en', notifyOnAccess: true };
    expect((await suite.api.call('PUT', '/api/me/preferences', chosen, lena)).status).toBe(200);
    expect(await suite.api.call('GET', '/api/me/preferences', undefined, lena)).toMatchObject({ status: 200, body: { ...defaults, ...chosen } });
    expect(await suite.api.call('GET', '/api/me/preferences', undefined, clerk)).toMatchObject({ status: 403, body: { status: 403, code: 'forbidden' } });
  });

  it('keeps the logs append-only, and amtsweg audit verify finds the first broken link', async () => {
    // The schema owner meets the trigger; someone with superuser rights can go around it.
    const client = new pg.Client({ connectionString: suite.services.postgres.superuserUrl });
    const owner = new pg.Client({ connectionString: suite.services.postgres.ownerUrl });
    await client.connect();
    await owner.connect();
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(owner.query("update access_log set purpose = 'nichts' where subject = 'erika'")).rejects.toThrow(/append-only/);
      await expect(owner.query("delete from access_log where subject = 'erika'")).rejects.toThrow(/append-only/);
      process.env.DATABASE_URL = suite.services.postgres.url;
      process.env.AMTSWEG_DATA_DIR = suite.services.dir;
      process.env.AMTSWEG_PKI_DIR = suite.services.pkiDir;
      expect(await runCli(['audit', 'verify'])).toBe(0);
      // Someone with superuser rights edits an entry behind the trigger's back: the chain shows it.
      await client.query('alter table access_log disable trigger access_log_append_only');
      await client.query("update access_log set purpose = 'verschleiert' where subject = 'erika' and seq = 2");
      await client.query('alter table access_log enable trigger access_log_append_only');
      expect(await runCli(['audit', 'verify'])).toBe(1);
      expect(out.mock.calls.flat().join('\n')).toContain('BROKEN access:erika: first broken link at entry 2 (hash)');
    } finally {
      for (const name of ['DATABASE_URL', 'AMTSWEG_DATA_DIR', 'AMTSWEG_PKI_DIR']) delete process.env[name];
      out.mockRestore();
      await client.end();
      await owner.end();
    }
  });
});
