import { describe, expect, it } from 'vitest';
import { useCaseSuite } from '../support/suite.js';
import { waitFor } from '../../scripts/index.js';

describe('the Temporal server stopped and started again on the same database file', () => {
  const suite = useCaseSuite('restart', { ownTemporal: true });

  it('keeps the case, which accepts its next event after the restart', async () => {
    const { body: created } = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const id: string = created.id;
    suite.caseIds.push(id);
    await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'Neustart', nachricht: 'x' } }, { as: 'erika' });

    await suite.services.temporal.stop();
    expect((await suite.api.call('GET', '/api/health')).body).toMatchObject({ status: 'degraded', temporal: 'down', database: 'ok' });
    await suite.services.restartTemporal();

    await waitFor('case readable after restart', 60_000, async () => {
      expect((await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body).toMatchObject({ state: 'submitted', seq: 1 });
    });
    const answered = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Antwort nach Neustart' } }, { as: 'clerk-buerger' });
    expect(answered).toMatchObject({ status: 200, body: { state: 'answered' } });
    await suite.services.client.workflow.getHandle(id).result();
    expect((await suite.services.store.effectsOf(id)).map((e) => e.type)).toEqual(['receipt', 'createEFile', 'notify']);
    expect(suite.worker.process.exitCode).toBeNull(); // the worker rode out the outage
  });
});
