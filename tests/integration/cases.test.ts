import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startApi } from '../support/api.js';
import { settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';
import { waitFor } from '../../scripts/index.js';

describe('cases through the HTTP API (real Temporal, real PostgreSQL)', () => {
  const suite = useCaseSuite('cases');

  const erika = { as: 'erika' };
  const clerk = { as: 'clerk-buerger' };
  const read = (id: string) => suite.api.call('GET', `/api/cases/${id}`, undefined, erika);

  async function createCase() {
    const res = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, erika);
    expect(res.status).toBe(201);
    suite.caseIds.push(res.body.id);
    return res.body;
  }

  const historyLength = async (id: string) => (await suite.services.client.workflow.getHandle(id).fetchHistory()).events?.length;

  it('creates a case in the initial state and lists the events it accepts', async () => {
    const created = await createCase();
    expect(created).toMatchObject({ procedure: 'anfrage', version: 1, state: 'draft', status: 'active', accepts: [{ type: 'SUBMIT', by: ['applicant'] }], parties: [{ id: 'erika', role: 'applicant' }] });
    expect((await read(created.id)).body.state).toBe('draft');
    expect((await suite.api.call('GET', `/api/cases/${created.id}`)).status).toBe(401);
  });

  it('refuses an unknown procedure with 422', async () => {
    const res = await suite.api.call('POST', '/api/cases', { procedure: 'nope' }, erika);
    expect(res).toMatchObject({ status: 422, body: { code: 'unknown-procedure' } });
  });

  it('rejects an event the state does not accept with 409 and leaves state and history unchanged', async () => {
    const { id } = await createCase();
    await settled(suite.services.client.workflow.getHandle(id));
    const before = await historyLength(id);
    // The draft accepts only SUBMIT; withdrawing comes later.
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'WITHDRAW' }, erika);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'not-accepted-in-state', message: expect.stringContaining('WITHDRAW') });
    expect(res.body.details.message.de).toContain('WITHDRAW');
    // A draft is the citizen's alone: the clerk does not even see it (issue 9, finding 7).
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'x' } }, clerk)).status).toBe(404);
    expect(await historyLength(id)).toBe(before);
    expect((await read(id)).body).toMatchObject({ state: 'draft', seq: 0, history: [] });
    // The applicant may not answer at all: 403 before the case is asked.
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'x' } }, erika))).toMatchObject({ status: 403, body: { code: 'role-not-allowed' } });
  });

  it('rejects an undeclared event type with 409 unknown-event', async () => {
    const { id } = await createCase();
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'NOPE' }, erika);
    expect(res).toMatchObject({ status: 409, body: { code: 'unknown-event' } });
  });

  it('runs a case to its final state, carrying out each effect once with its idempotency key', async () => {
    const { id } = await createCase();
    const submitted = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'Parkausweis', nachricht: 'Bitte um Auskunft.' } }, erika);
    expect(submitted).toMatchObject({ status: 200, body: { state: 'submitted', seq: 1 } });
    const answered = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Antwort' } }, clerk);
    expect(answered.body).toMatchObject({ state: 'answered', status: 'done' });
    const result = await suite.services.client.workflow.getHandle(id).result();
    expect(result).toMatchObject({ state: 'answered', pendingEffects: 0 });
    const effects = await suite.services.store.effectsOf(id);
    expect(effects.map((e) => [e.key, e.type])).toEqual([
      [`${id}:1:0`, 'receipt'], [`${id}:1:1`, 'createEFile'], [`${id}:2:0`, 'notify'],
    ]);
    expect(result.history.map((h: { type: string }) => h.type)).toEqual(['SUBMIT', 'ANSWER']);
  });

  it('refuses events on a closed case with 409 case-closed', async () => {
    const { id } = await createCase();
    await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'abc', nachricht: 'x' } }, erika);
    await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'WITHDRAW' }, erika);
    await suite.services.client.workflow.getHandle(id).result();
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER' }, clerk);
    expect(res).toMatchObject({ status: 409, body: { code: 'case-closed' } });
    expect((await read(id)).body).toMatchObject({ state: 'withdrawn', status: 'done' });
  });

  it('answers 404 for unknown or malformed case ids, and 400 for malformed bodies', async () => {
    expect((await suite.api.call('GET', `/api/cases/${randomUUID()}`, undefined, erika)).status).toBe(404);
    expect((await suite.api.call('GET', '/api/cases/..%2F..%2Fetc', undefined, erika)).status).toBe(404);
    expect((await suite.api.call('POST', '/api/cases', { procedure: 'anfrage', admin: true }, erika)).status).toBe(400);
    expect((await suite.api.call('POST', '/api/cases', [1], erika)).status).toBe(400);
  });

  it('sends security headers and rate-limits submissions and logins with the JSON error shape', async () => {
    const health = await suite.api.call('GET', '/api/health');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    // Two API servers of one installation (issue 15): the limit holds for both together, not per process.
    const strict = await startApi(suite.services, suite.taskQueue, { submissionsPerMinute: 2, loginPerMinute: 2 });
    const other = await startApi(suite.services, suite.taskQueue, { submissionsPerMinute: 2, loginPerMinute: 2 });
    try {
      const statuses = [];
      for (const api of [strict, other, strict]) statuses.push((await api.call('POST', '/api/cases', { procedure: 'anfrage' }, erika)).status);
      expect(statuses).toEqual([201, 201, 429]);
      const limited = await other.call('POST', '/api/cases', { procedure: 'anfrage' }, erika);
      expect(limited.body).toMatchObject({ status: 429, code: 'rate-limited' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const logins = [];
      for (const api of [other, strict, other]) logins.push((await api.call('GET', '/auth/login')).status);
      expect(logins).toEqual([302, 302, 429]);
    } finally {
      await strict.close();
      await other.close();
    }
  });

  it('reports health with both parts up', async () => {
    await waitFor('health', 10_000, async () => {
      const res = await suite.api.call('GET', '/api/health');
      expect(res).toMatchObject({ status: 200, body: { status: 'ok', temporal: 'ok', database: 'ok' } });
    });
  });
});
