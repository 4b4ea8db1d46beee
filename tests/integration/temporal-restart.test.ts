import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api.js';
import type { TestApi } from '../support/api.js';
import { replayCases } from '../support/replay.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';
import { waitFor } from '../../scripts/index.js';

describe('the Temporal server stopped and started again on the same database file', () => {
  let services: TestServices;
  let api: TestApi;
  let worker: WorkerProcess;
  const caseIds: string[] = [];
  const taskQueue = `restart-${randomUUID()}`;

  beforeAll(async () => {
    services = await startServices();
    worker = await startWorkerProcess(services, taskQueue);
    api = await startApi(services, taskQueue);
  });

  afterAll(async () => {
    if (caseIds.length) expect(await replayCases(services.client, caseIds)).toBe(caseIds.length);
    await api?.close();
    await worker?.stop();
    await services?.stop();
  });

  it('keeps the case, which accepts its next event after the restart', async () => {
    const { body: created } = await api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const id: string = created.id;
    caseIds.push(id);
    await api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'Neustart', nachricht: 'x' } }, { as: 'erika' });

    await services.temporal.stop();
    expect((await api.call('GET', '/api/health')).body).toMatchObject({ status: 'degraded', temporal: 'down', database: 'ok' });
    await services.restartTemporal();

    await waitFor('case readable after restart', 60_000, async () => {
      expect((await api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body).toMatchObject({ state: 'submitted', seq: 1 });
    });
    const answered = await api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Antwort nach Neustart' } }, { as: 'clerk-buerger' });
    expect(answered).toMatchObject({ status: 200, body: { state: 'answered' } });
    await services.client.workflow.getHandle(id).result();
    expect((await services.store.effectsOf(id)).map((e) => e.type)).toEqual(['receipt', 'createEFile', 'notify']);
    expect(worker.process.exitCode).toBeNull(); // the worker rode out the outage
  });
});
