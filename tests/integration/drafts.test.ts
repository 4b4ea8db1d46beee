// Drafts of a citizen's form (issue 10): kept server-side for the applicant alone, resumed, and
// stale once the case moved on (the submission).
import { describe, expect, it } from 'vitest';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

describe('drafts: GET/PUT/DELETE /api/cases/:id/draft', () => {
  const suite = useCaseSuite('drafts');
  const open = async () => {
    const created = await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' });
    expect(created.status).toBe(201);
    suite.caseIds.push(created.body.id);
    return created.body.id as string;
  };

  it('keeps the applicant\'s draft and gives it back, replaced on each save', async () => {
    const id = await open();
    expect((await suite.api.call('GET', `/api/cases/${id}/draft`, undefined, { as: 'erika' })).status).toBe(404);
    const first = await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'SUBMIT', data: { familienname: 'Muster' } }, { as: 'erika' });
    expect(first.status).toBe(200);
    expect(Date.parse(first.body.savedAt)).not.toBeNaN();
    await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'SUBMIT', data: { familienname: 'Mustermann', vornamen: 'Erika' } }, { as: 'erika' });
    const got = await suite.api.call('GET', `/api/cases/${id}/draft`, undefined, { as: 'erika' });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ event: 'SUBMIT', data: { familienname: 'Mustermann', vornamen: 'Erika' } });
  });

  it('shows a draft to nobody else: another citizen 404, staff 403, anonymous 401', async () => {
    const id = await open();
    await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'SUBMIT', data: { familienname: 'Geheim' } }, { as: 'erika' });
    for (const [who, status] of [['jonas', 404], ['clerk-gewerbe', 403], ['designer', 403]] as const) {
      const res = await suite.api.call('GET', `/api/cases/${id}/draft`, undefined, { as: who });
      expect(res.status, who).toBe(status);
      expect(JSON.stringify(res.body)).not.toContain('Geheim');
      expect((await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'SUBMIT', data: {} }, { as: who })).status, who).toBe(status);
    }
    expect((await suite.api.call('GET', `/api/cases/${id}/draft`)).status).toBe(401);
    expect((await suite.api.call('GET', `/api/cases/${id}/draft`, undefined, { as: 'erika' })).body.data).toEqual({ familienname: 'Geheim' });
  });

  it('refuses a draft for an event the case does not accept from the applicant now', async () => {
    const id = await open();
    const res = await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'CONFIRM', data: {} }, { as: 'erika' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('event-not-accepted');
  });

  it('drops the draft once the event is accepted, and DELETE discards it', async () => {
    const id = await open();
    await suite.api.call('PUT', `/api/cases/${id}/draft`, { event: 'SUBMIT', data: { familienname: 'Mustermann' } }, { as: 'erika' });
    const data = example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung');
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data }, { as: 'erika' })).status).toBe(200);
    expect((await suite.api.call('GET', `/api/cases/${id}/draft`, undefined, { as: 'erika' })).status).toBe(404);
    expect(await suite.services.store.getDraft(id, 'erika')).toBeNull();

    const other = await open();
    await suite.api.call('PUT', `/api/cases/${other}/draft`, { event: 'SUBMIT', data: {} }, { as: 'erika' });
    expect((await suite.api.call('DELETE', `/api/cases/${other}/draft`, undefined, { as: 'erika' })).status).toBe(204);
    expect((await suite.api.call('GET', `/api/cases/${other}/draft`, undefined, { as: 'erika' })).status).toBe(404);
  });
});
