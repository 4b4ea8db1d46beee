import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { projectRoot } from '../../scripts/index.js';
import { Catalogue, FORM_BODY_LIMIT, apiRoutes } from '../../server/index.js';
import { startApi } from '../support/api.js';
import type { TestApi } from '../support/api.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';

// Hostile input on every POST/PUT route the API declares (read from apiRoutes, so a new route is
// attacked as soon as it exists), always as a caller who may use the route, so the attack gets
// past authentication to validation and the handler. The server runs in this process: prototype
// pollution anywhere in it would show up on this process's Object.prototype.

const PROTO = ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}'];
const INERT = ['<script>alert(1)</script>', '\'; DROP TABLE case_record; --', '" OR 1=1 --'];
const BAD_IDS = ['..%2F..%2Fetc%2Fpasswd', '..%252F..%252Fetc', '%00', '\'', '%27%20OR%201%3D1', '%E0%A4%A', 'a'.repeat(4000)];
// A stack frame, a file of ours or of a dependency, a path on this machine.
const LEAKS = [/\bat \S+ \(/, /\bat (file:|node:|\/)/, /node_modules/, /\.[cm]?[jt]s:\d+/, new RegExp(projectRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];

type Who = 'erika' | 'clerk-gewerbe' | 'designer' | 'designer-2';
/** How to reach one route legitimately: who, where, a valid body, and the key where nested input goes. */
interface Fixture { as: Who; path: string; body: Record<string, unknown>; nest?: string; bodyLimit?: number }
interface Answer { status: number; text: string; json: any; headers: Headers }

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** The valid body as JSON text with `raw` (JSON text) under `key`, replacing what was there. */
/** `raw` (a JSON object's text) with the valid body's fields after its own. */
const prepend = (raw: string, body: Record<string, unknown>) => {
  const rest = JSON.stringify(body).slice(1);
  return rest === '}' ? raw : `${raw.slice(0, -1)},${rest}`;
};
const withRaw = (body: Record<string, unknown>, key: string, raw: string) =>
  JSON.stringify({ ...body, [key]: '\u0000RAW\u0000' }).replace('"\\u0000RAW\\u0000"', raw);

describe('hostile input on every POST/PUT route', () => {
  let services: TestServices;
  let worker: WorkerProcess;
  let api: TestApi;
  const taskQueue = `hostile-${randomUUID()}`;
  const f = { anfrage: '', gewerbe: '', consent: '' };
  const seen = new Map<string, Map<string, Set<number>>>();
  const errors: { route: string; attack: string; answer: Answer }[] = [];
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    services = await startServices();
    worker = await startWorkerProcess(services, taskQueue);
    api = await startApi(services, taskQueue);
    const [anfrage, gewerbe] = await Promise.all(['anfrage', 'gewerbeanmeldung'].map((procedure) =>
      api.call('POST', '/api/cases', { procedure }, { as: 'erika' })));
    f.anfrage = anfrage!.body.id;
    f.gewerbe = gewerbe!.body.id;
    // Staff see the Gewerbeanmeldung once it is submitted (a draft is the citizen's alone).
    expect((await api.call('POST', `/api/cases/${f.gewerbe}/events`, { type: 'SUBMIT', data: example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung') }, { as: 'erika' })).status).toBe(200);
    const consent = await api.call('POST', `/api/cases/${f.gewerbe}/consent-requests`, { categories: ['nachweise'], purpose: 'nachweispruefung', duration: 'P7D' }, { as: 'clerk-gewerbe' });
    f.consent = consent.body.id;
    expect((await api.call('POST', '/api/definitions', { ...catalogueDefinition('anfrage'), id: 'hostile-anfrage' }, { as: 'designer' })).status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await services?.stop();
  });

  const fixtures = (): Record<string, Fixture> => ({
    'POST /api/cases': { as: 'erika', path: '/api/cases', body: { procedure: 'anfrage' } },
    // Form data carries files as data URLs: a larger body limit (FORM_BODY_LIMIT; the server stores files, Temporal gets references), for drafts too.
    'POST /api/cases/:id/events': { as: 'erika', path: `/api/cases/${f.anfrage}/events`, body: { type: 'SUBMIT', data: { betreff: 'Frage', nachricht: 'Text' } }, nest: 'data', bodyLimit: FORM_BODY_LIMIT },
    'POST /api/cases/:id/consent-requests': { as: 'clerk-gewerbe', path: `/api/cases/${f.gewerbe}/consent-requests`, body: { categories: ['nachweise'], purpose: 'nachweispruefung', note: 'Nachweis', duration: 'P1D' } },
    'POST /api/definitions': { as: 'designer', path: '/api/definitions', body: { ...catalogueDefinition('anfrage'), id: 'hostile-neu' }, nest: 'forms' },
    'PUT /api/definitions/:id': { as: 'designer', path: '/api/definitions/hostile-anfrage', body: { ...catalogueDefinition('anfrage'), id: 'hostile-anfrage' }, nest: 'forms' },
    // Checks a definition sent in the body without saving it (the designer's check under the CSP).
    'POST /api/definition-checks': { as: 'designer', path: '/api/definition-checks', body: { ...catalogueDefinition('anfrage'), id: 'hostile-check' }, nest: 'forms' },
    'POST /api/definitions/:id/validate': { as: 'designer', path: '/api/definitions/hostile-anfrage/validate', body: {} },
    'POST /api/definitions/:id/publish': { as: 'designer', path: '/api/definitions/hostile-anfrage/publish', body: {} },
    'POST /api/definitions/:id/approve': { as: 'designer-2', path: '/api/definitions/hostile-anfrage/approve', body: { sha256: '0'.repeat(64) } },
    'PUT /api/definitions/:id/layout': { as: 'designer', path: '/api/definitions/hostile-anfrage/layout', body: { version: 1, positions: { eingang: { x: 0, y: 0 } } }, nest: 'positions' },
    'POST /api/me/consents/:id': { as: 'erika', path: `/api/me/consents/${f.consent}`, body: { decision: 'grant' } },
    'PUT /api/me/preferences': { as: 'erika', path: '/api/me/preferences', body: { channels: ['portal'], postalAddress: { ort: 'München' } }, nest: 'postalAddress' },
    // Messages carry files as data URLs: a larger body limit (MESSAGE_BODY_LIMIT, 15 MB).
    'POST /api/cases/:id/messages': { as: 'erika', path: `/api/cases/${f.gewerbe}/messages`, body: { text: 'Eine Frage', attachments: [] }, bodyLimit: 15 * 1024 * 1024 },
    // Joining takes no body; Gewerbeanmeldung has no joinable role, so the valid request is a 4xx too.
    'POST /api/cases/:id/participation': { as: 'erika', path: `/api/cases/${f.gewerbe}/participation`, body: {} },
    'PUT /api/cases/:id/draft': { as: 'erika', path: `/api/cases/${f.anfrage}/draft`, body: { event: 'SUBMIT', data: { betreff: 'Frage' } }, nest: 'data', bodyLimit: FORM_BODY_LIMIT },
    'POST /api/cases/:id/assignment': { as: 'clerk-gewerbe', path: `/api/cases/${f.gewerbe}/assignment`, body: { assignee: 'clerk-gewerbe' } },
    'POST /api/assignments': { as: 'clerk-gewerbe', path: '/api/assignments', body: { caseIds: [f.gewerbe], assignee: null } },
    'POST /api/staff/saved-filters': { as: 'clerk-gewerbe', path: '/api/staff/saved-filters', body: { name: 'Meine Fristen', query: 'ansicht=mine&fristBis=2026-12-01' } },
    // Staff only: bad ids are tried as a clerk, so they reach the id check.
    'DELETE /api/staff/saved-filters/:id': { as: 'clerk-gewerbe', path: `/api/staff/saved-filters/${randomUUID()}`, body: {} },
    // No deadline runs in the submitted case: the valid request is a 404 too.
    'POST /api/cases/:id/deadlines/:deadline/extension': {
      as: 'clerk-gewerbe', path: `/api/cases/${f.gewerbe}/deadlines/xstate.after.P1M.gewerbeanmeldung.nachforderung/extension`, body: { by: 'P2W', reason: 'Gutachten steht aus' },
    },
    // Staff only, no body: bad ids are tried as a clerk, so they reach the id check.
    'GET /api/cases/:id/consent-purposes': { as: 'clerk-gewerbe', path: `/api/cases/${f.gewerbe}/consent-purposes`, body: {} },
    // The preview of an event renders drafts and stores nothing; its data goes to the workflow's query as it is.
    'POST /api/cases/:id/events/:event/preview': {
      as: 'clerk-gewerbe', path: `/api/cases/${f.gewerbe}/events/CONFIRM/preview?purpose=Pr%C3%BCfung`, body: { data: { registernummer: 'GEW-2026-000123' } }, nest: 'data',
    },
  });

  const routes = () => apiRoutes({
    temporal: { client: services.client, namespace: 'x', taskQueue }, store: services.store, catalogue: new Catalogue(loadCatalogue(), services.store),
    identity: { publicUrl: api.url, dataDir: services.dir }, log: () => undefined, trustedCertificates: async () => [],
  }).map((r) => ({ key: `${r.method.toUpperCase()} ${r.path}`, method: r.method.toUpperCase(), path: r.path }));
  const writeRoutes = () => routes().filter((r) => r.method === 'POST' || r.method === 'PUT');

  /** One request with a raw body; records the status per route and attack for the summary. */
  async function send(route: string, attack: string, method: string, path: string, as: Who, body?: string | Uint8Array, headers: Record<string, string> = {}): Promise<Answer> {
    const all = { authorization: `Bearer ${await api.token(as)}`, ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}), ...headers };
    const res = await fetch(api.url + path, { method, headers: all, body });
    const text = await res.text();
    let json: unknown;
    try { json = JSON.parse(text); } catch { json = undefined; }
    const answer = { status: res.status, text, json, headers: res.headers };
    if (!seen.has(route)) seen.set(route, new Map());
    const statuses = seen.get(route)!;
    statuses.set(attack, (statuses.get(attack) ?? new Set()).add(res.status));
    if (res.status >= 400) errors.push({ route, attack, answer });
    return answer;
  }

  const expectClientError = (a: Answer, what: string) => expect(a.status, `${what}: ${a.status} ${a.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  const expectNo5xx = (a: Answer, what: string) => expect(a.status, `${what}: ${a.status} ${a.text.slice(0, 200)}`).toBeLessThan(500);
  const expectUnpolluted = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  };

  it('has a fixture for every POST/PUT route the API declares', () => {
    const missing = writeRoutes().filter((r) => !(r.key in fixtures())).map((r) => r.key);
    expect(missing, `POST/PUT routes without a fixture: ${missing.join(', ')}`).toEqual([]);
  });

  it('refuses prototype-pollution payloads with a 4xx and leaves Object.prototype alone', async () => {
    for (const { key, method } of writeRoutes()) {
      const fx = fixtures()[key]!;
      const payloads = [...PROTO, ...PROTO.map((p) => prepend(p, fx.body))];
      if (fx.nest) payloads.push(...PROTO.map((p) => withRaw(fx.body, fx.nest!, p)));
      for (const payload of payloads) {
        expectClientError(await send(key, 'proto', method, fx.path, fx.as, payload), `${key} ${payload.slice(0, 80)}`);
        expectUnpolluted();
      }
    }
  });

  it('answers a body over its limit (1 MB unless the route takes files) with 413 in the JSON error shape', async () => {
    for (const { key, method } of writeRoutes()) {
      const fx = fixtures()[key]!;
      const a = await send(key, '413', method, fx.path, fx.as, JSON.stringify({ ...fx.body, pad: 'x'.repeat((fx.bodyLimit ?? 1_000_000) + 100_000) }));
      expect(a.status, key).toBe(413);
      expect(a.headers.get('content-type')).toMatch(/^application\/json/);
      expect(a.json).toEqual({ status: 413, code: 'payload-too-large', message: expect.any(String) });
    }
  });

  it('refuses deeply nested JSON with a 4xx and keeps answering', async () => {
    for (const { key, method } of writeRoutes()) {
      const fx = fixtures()[key]!;
      // 5 000 levels, and 150 000 levels (still under 1 MB: deeper than JSON.stringify can recurse).
      for (const depth of [5_000, 150_000]) {
        const a = await send(key, 'deep', method, fx.path, fx.as, withRaw(fx.body, fx.nest ?? 'deep', nested(depth)), { 'idempotency-key': `deep-${randomUUID()}` });
        expectClientError(a, `${key} depth ${depth}`);
        expectNo5xx(a, `${key} depth ${depth}`);
      }
    }
    expect((await api.call('GET', '/api/health')).status).toBe(200);
  });

  it('refuses other content types than JSON and broken JSON with 415 or 400, never 5xx', async () => {
    for (const { key, method } of writeRoutes()) {
      const fx = fixtures()[key]!;
      const json = JSON.stringify(fx.body);
      const tries: [string, string | Uint8Array, Record<string, string>][] = [
        ['text/plain', json, { 'content-type': 'text/plain' }],
        ['form', new URLSearchParams([...Object.entries(fx.body).map(([k, v]): [string, string] => [k, String(v)]), ['hostile', '1']]).toString(), { 'content-type': 'application/x-www-form-urlencoded' }],
        ['none', new TextEncoder().encode(json), {}],
        ['broken JSON', json.slice(0, -1), {}],
      ];
      for (const [name, body, headers] of tries) {
        const a = await send(key, name === 'broken JSON' ? 'badjson' : 'ctype', method, fx.path, fx.as, body, headers);
        expect([400, 415], `${key} ${name}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
      }
    }
  });

  it('answers garbage and traversal in ids with 404 or 400 on every route with an id', async () => {
    for (const { key, method, path } of routes().filter((r) => r.path.includes('/:'))) {
      const fx = fixtures()[key];
      const as: Who = fx?.as ?? (path.startsWith('/api/definitions') ? 'designer' : 'erika');
      for (const id of BAD_IDS) {
        const a = await send(key, 'ids', method, path.replace(/:\w+/, id), as, fx && method !== 'GET' ? JSON.stringify(fx.body) : undefined);
        expect([400, 404], `${key} id ${id.slice(0, 40)}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
      }
    }
  });

  it('stores XSS and SQL strings as inert text and returns them unchanged as JSON', async () => {
    const opened = await api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const [betreff, nachricht] = [INERT[0]!, INERT.join('\n')];
    const submitted = await send('POST /api/cases/:id/events', 'inert', 'POST', `/api/cases/${opened.body.id}/events`, 'erika', JSON.stringify({ type: 'SUBMIT', data: { betreff, nachricht } }));
    expect(submitted.status, submitted.text).toBe(200);
    const data = await send('GET /api/cases/:id/data', 'inert', 'GET', `/api/cases/${opened.body.id}/data`, 'erika');
    expect(data.headers.get('content-type')).toMatch(/^application\/json/);
    expect(data.headers.get('x-content-type-options')).toBe('nosniff');
    expect(data.json.data.anfrage).toEqual({ betreff, nachricht });
    // Consent requests carry a declared purpose; the officer's free text is the note.
    for (const note of INERT) {
      const asked = await send('POST /api/cases/:id/consent-requests', 'inert', 'POST', `/api/cases/${f.gewerbe}/consent-requests`, 'clerk-gewerbe', JSON.stringify({ categories: ['nachweise'], purpose: 'nachweispruefung', note, duration: 'P1D' }));
      expect(asked.status, asked.text).toBe(201);
    }
    const consents = await send('GET /api/me/consents', 'inert', 'GET', '/api/me/consents', 'erika');
    expect(consents.headers.get('content-type')).toMatch(/^application\/json/);
    expect((consents.json as { note: string }[]).map((c) => c.note)).toEqual(expect.arrayContaining(INERT));
    const inbox = await api.call('GET', '/api/me/inbox', undefined, { as: 'erika' });
    for (const note of INERT) expect((inbox.body as { body: string }[]).some((m) => m.body.includes(note))).toBe(true);
    const list = await api.call('GET', '/api/cases', undefined, { as: 'erika' });
    expect(list.status).toBe(200);
    expect((list.body.items as { id: string }[]).map((c) => c.id)).toContain(opened.body.id);
  });

  it('replays POST /api/cases with the same Idempotency-Key and refuses the key with another body', async () => {
    const key = `hostile-${randomUUID()}`;
    const first = await send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': key });
    const again = await send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replay')).toBe('true');
    expect(first.headers.get('idempotent-replay')).toBeNull();
    const other = await send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"gewerbeanmeldung"}', { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.json.code).toBe('idempotency-key-reused');
  });

  // Issue 15: the duplicate no longer waits on a held connection for the first; it is answered at once.
  it('opens one case for two concurrent POST /api/cases with the same Idempotency-Key', async () => {
    const key = `hostile-${randomUUID()}`;
    const both = await Promise.all([0, 1].map(() => send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': key })));
    const first = both.find((a) => a.status === 201 && a.headers.get('idempotent-replay') === null)!;
    expect(first, JSON.stringify(both.map((a) => [a.status, a.json]))).toBeDefined();
    const duplicate = both.find((a) => a !== first)!;
    if (duplicate.status === 409) {
      // Still running when the duplicate came: answered at once; a retry gets the first answer.
      expect(duplicate.json).toMatchObject({ code: 'idempotency-key-in-use' });
      expect(duplicate.headers.get('retry-after')).toBe('1');
      const retried = await send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': key });
      expect([retried.status, retried.json.id, retried.headers.get('idempotent-replay')]).toEqual([201, first.json.id, 'true']);
    } else {
      expect([duplicate.status, duplicate.json.id, duplicate.headers.get('idempotent-replay')]).toEqual([201, first.json.id, 'true']);
    }
  });

  // Issue 15: the key's lock held a pooled connection across the whole request, Temporal call
  // included, so ten concurrent keyed POSTs drained the pool of ten and the handlers, each needing
  // one more connection, waited on each other.
  it('answers more concurrent keyed POST /api/cases than the pool has connections', { timeout: 120_000 }, async () => {
    const answers = await Promise.all(Array.from({ length: 14 }, () =>
      send('POST /api/cases', 'idem-many', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': `hostile-${randomUUID()}` })));
    expect(answers.map((a) => a.status)).toEqual(Array(14).fill(201));
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(14);
  });

  it('applies POST /api/cases/:id/events once for the same Idempotency-Key', async () => {
    const opened = await api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const path = `/api/cases/${opened.body.id}/events`;
    const body = JSON.stringify({ type: 'SUBMIT', data: { betreff: 'Einmal', nachricht: 'Nur einmal' } });
    const key = `hostile-${randomUUID()}`;
    const first = await send('POST /api/cases/:id/events', 'idem', 'POST', path, 'erika', body, { 'idempotency-key': key });
    const again = await send('POST /api/cases/:id/events', 'idem', 'POST', path, 'erika', body, { 'idempotency-key': key });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get('idempotent-replay')).toBe('true');
    const now = await api.call('GET', `/api/cases/${opened.body.id}`, undefined, { as: 'erika' });
    expect(now.body.seq).toBe(opened.body.seq + 1);
    expect(now.body.seq).toBe(first.json.seq);
  });

  // Issue 8: a GET on a POST-only route answered 405 as text/plain.
  it('answers a method a route lacks with 405 in the JSON error shape and an Allow header', async () => {
    const served = new Set(routes().map((r) => r.key));
    const postOnly = writeRoutes().filter((r) => !served.has(`GET ${r.path}`));
    expect(postOnly.length).toBeGreaterThan(0);
    for (const { key, method } of postOnly) {
      const a = await send(key, '405', 'GET', fixtures()[key]!.path, fixtures()[key]!.as);
      expect(a.status, key).toBe(405);
      expect(a.headers.get('content-type'), key).toMatch(/^application\/json/);
      expect(a.headers.get('allow')?.split(', '), key).toContain(method);
      expect(a.json, key).toEqual({ status: 405, code: 'method-not-allowed', message: expect.stringContaining(method) });
    }
  });

  it('answers an unknown /api path with 404 in the JSON error shape', async () => {
    for (const path of ['/api/nope', '/api/cases/x/y/z', '/api']) {
      const a = await send('unknown path', '404', 'GET', path, 'erika');
      expect(a.status, path).toBe(404);
      expect(a.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(a.json, path).toEqual({ status: 404, code: 'not-found', message: `No route for GET ${path}` });
    }
  });

  it('refuses an Idempotency-Key outside 8–128 characters of [A-Za-z0-9_.:-] with 400 naming the rule', async () => {
    for (const key of ['short', 'x'.repeat(129), 'no spaces allowed']) {
      const a = await send('POST /api/cases', 'idem', 'POST', '/api/cases', 'erika', '{"procedure":"anfrage"}', { 'idempotency-key': key });
      expect(a.status, key).toBe(400);
      expect(a.json, key).toMatchObject({ status: 400, code: 'invalid-idempotency-key', message: expect.stringContaining('8–128 characters') });
    }
  });

  it('answers every error in the JSON error shape, without a stack trace or an internal path', () => {
    expect(errors.length).toBeGreaterThan(100);
    for (const { route, attack, answer } of errors) {
      expect(answer.json, `${route} ${attack}: ${answer.text.slice(0, 200)}`).toMatchObject({ status: answer.status, code: expect.any(String), message: expect.any(String) });
      for (const leak of LEAKS) expect(answer.text, `${route} ${attack}`).not.toMatch(leak);
    }
    const table = [...seen].map(([route, attacks]) => `${route.padEnd(38)} ${[...attacks].map(([a, s]) => `${a}: ${[...s].sort().join('/')}`).join('  ')}`);
    console.log(`hostile input — statuses seen per route and attack:\n${table.join('\n')}`);
  });
});
