import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { publishApproved } from '../support/api.js';
import { settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 13, part 3: an event's data routes a case through a transient state (`always`) to one of
// two targets. The fixture: up to 10 m² of outdoor seating a notice is enough, above it the
// Gewerbeamt reviews the application.

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const fixture = JSON.parse(readFileSync(new URL('../fixtures/freischankflaeche/procedure.json', import.meta.url), 'utf8')) as { id: string };

describe('eventless transitions through the real runtime', () => {
  const suite = useCaseSuite('eventless');

  beforeAll(async () => {
    expect((await suite.api.call('POST', '/api/definitions', fixture, { as: 'designer' })).status).toBe(201);
    const published = await publishApproved(suite.api, fixture.id);
    expect(published.body.status, JSON.stringify(published.body)).toBe('published');
  });

  /** A case of the fixture with erika's submission of `flaeche` m²; the answer of the submission. */
  async function submitted(flaeche: number) {
    const id = (await suite.api.call('POST', '/api/cases', { procedure: fixture.id }, erika)).body.id as string;
    suite.caseIds.push(id);
    const answer = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betrieb: 'Café Morgenrot', flaeche } }, erika);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return { id, answer: answer.body };
  }
  const effects = async (id: string) => (await suite.services.store.effectsOf(id)).map((e) => [e.key.slice(id.length + 1), e.type]);
  const notices = async (id: string) => (await suite.services.store.auditTrail(id)).filter((a) => a.action === 'notification.sent').length;

  it('routes a small area past the transient state to the notice, running the eventless transition\'s effect once', async () => {
    const { id, answer } = await submitted(8);
    expect(answer).toMatchObject({ state: 'angezeigt', status: 'done', seq: 1 });
    expect(answer.history).toEqual([expect.objectContaining({ seq: 1, type: 'SUBMIT', from: 'entwurf', to: 'angezeigt' })]);
    const final = await settled(suite.services.client.workflow.getHandle(id));
    expect(final.failures).toEqual([]);
    // The transition, the transient state's entry, then the eventless transition: one step, one key each.
    expect(await effects(id)).toEqual([['1:0', 'receipt'], ['1:1', 'createEFile'], ['1:2', 'fileDocument'], ['1:3', 'notify']]);
    expect(await notices(id)).toBe(1);
    expect((await suite.api.call('GET', `/api/cases/${id}`, undefined, erika)).body).toMatchObject({ state: 'angezeigt', status: 'done', accepts: [] });
    await waitFor('projection', 30_000, async () => expect((await suite.services.store.getCase(id))?.state).toBe('angezeigt'));
  });

  it('routes a larger area to the review, where the clerk decides', async () => {
    const { id, answer } = await submitted(60);
    expect(answer).toMatchObject({ state: 'pruefung', status: 'active' });
    expect(answer.accepts.map((a: { type: string }) => a.type).sort()).toEqual(['APPROVE', 'REJECT']);
    await settled(suite.services.client.workflow.getHandle(id));
    expect(await effects(id)).toEqual([['1:0', 'receipt'], ['1:1', 'createEFile'], ['1:2', 'fileDocument']]);
    expect(await notices(id)).toBe(0);
    const view = await suite.api.call('GET', `/api/cases/${id}?purpose=${encodeURIComponent('Prüfung des Antrags')}`, undefined, clerk);
    expect(view.body).toMatchObject({ state: 'pruefung', deadlines: [] });

    const approved = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'APPROVE' }, clerk);
    expect(approved.body).toMatchObject({ state: 'erteilt', status: 'done' });
    await settled(suite.services.client.workflow.getHandle(id));
    expect(await effects(id)).toEqual([['1:0', 'receipt'], ['1:1', 'createEFile'], ['1:2', 'fileDocument'], ['2:0', 'notify']]);
    expect((await suite.api.call('GET', `/api/cases/${id}`, undefined, erika)).body).toMatchObject({ state: 'erteilt', status: 'done' });
  });
});
