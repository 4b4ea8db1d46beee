import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api.js';
import type { TestApi } from '../support/api.js';
import { replayCases } from '../support/replay.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';
import { waitFor } from '../../scripts/index.js';

describe('a worker SIGKILLed while an effect is in flight', () => {
  let services: TestServices;
  let api: TestApi;
  const workers: WorkerProcess[] = [];
  const caseIds: string[] = [];
  const taskQueue = `crash-${randomUUID()}`;

  beforeAll(async () => {
    services = await startServices();
    api = await startApi(services, taskQueue);
  });

  afterAll(async () => {
    if (caseIds.length) expect(await replayCases(services.client, caseIds, services.payloadCodec)).toBe(caseIds.length);
    await api?.close();
    await Promise.all(workers.map((w) => w.stop()));
    await services?.stop();
  });

  it('completes the case on a new worker, with each effect recorded exactly once', async () => {
    // The first worker records an effect, then takes a minute to "deliver" it: it dies meanwhile.
    const slow = await startWorkerProcess(services, taskQueue, { AMTSWEG_TEST_EFFECT_DELAY_MS: '60000' });
    workers.push(slow);
    const { body: created } = await api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const id: string = created.id;
    caseIds.push(id);
    const handle = services.client.workflow.getHandle(id);
    const submitted = await api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'Umzug', nachricht: 'Frage' } }, { as: 'erika' });
    expect(submitted.body.state).toBe('submitted');

    await waitFor('receipt effect in flight', 30_000, async () => {
      const pending = (await handle.describe()).raw.pendingActivities ?? [];
      expect(pending.map((a) => a.state)).toContain(2 /* PENDING_ACTIVITY_STATE_STARTED */);
      expect((await services.store.effectsOf(id)).map((e) => e.type)).toEqual(['receipt']);
    });
    await slow.kill();

    workers.push(await startWorkerProcess(services, taskQueue));
    await waitFor('effects done on the new worker', 60_000, async () => {
      expect((await handle.query('view')) as { pendingEffects: number }).toMatchObject({ pendingEffects: 0 });
    });
    const answered = await api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Antwort' } }, { as: 'clerk-buerger' });
    expect(answered.body.state).toBe('answered');
    await handle.result();

    const effects = await services.store.effectsOf(id);
    expect(effects.map((e) => e.key)).toEqual([`${id}:1:0`, `${id}:1:1`, `${id}:2:0`]);
    // The receipt activity really ran twice: the retry found its row and wrote nothing.
    const attempts = (await handle.fetchHistory()).events
      ?.filter((e) => e.activityTaskStartedEventAttributes)
      .map((e) => e.activityTaskStartedEventAttributes?.attempt ?? 1) ?? [];
    expect(Math.max(...attempts)).toBeGreaterThanOrEqual(2);
  });
});
