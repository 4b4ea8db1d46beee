import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { sendEvent } from '../../workflows/index.js';
import { fiveSteps, STEPS } from '../bench/cases/fiveSteps.js';
import { send, startCase } from '../support/cases.js';
import { replayCases } from '../support/replay.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';

const clerk = { id: 'clerk-bench', role: 'clerk' };

// Transition records, closed-case records and quiet effects (a notify that reaches nobody) run
// as local activities (workflows/localRecords.ts): no activity task, so no retry on another
// worker by heartbeat timeout — the workflow task times out instead, and the next worker runs
// the local activity again. Its idempotency keys must keep every write single.
describe('a worker SIGKILLed while a local activity is in flight', () => {
  let services: TestServices;
  const workers: WorkerProcess[] = [];
  const caseIds: string[] = [];

  beforeAll(async () => {
    services = await startServices();
  });

  afterAll(async () => {
    if (caseIds.length) expect(await replayCases(services.client, caseIds, services.payloadCodec)).toBe(caseIds.length);
    await Promise.all(workers.map((w) => w.stop()));
    await services?.stop();
  });

  it('answers the event once and writes the transition, the effect and the closed case once, on a new worker', async () => {
    const taskQueue = `crash-local-${randomUUID()}`;
    const slow = await startWorkerProcess(services, taskQueue, { AMTSWEG_TEST_EFFECT_DELAY_MS: '60000', AMTSWEG_TEST_EFFECT_DELAY_TYPES: 'notify' });
    workers.push(slow);
    const handle = await startCase(services.client, taskQueue, fiveSteps);
    const id = handle.workflowId;
    caseIds.push(id);
    const first = handle.executeUpdate(sendEvent, { args: [{ caseId: id, eventId: randomUUID(), type: 'E1', data: {}, actor: clerk }] });

    // The notify has written its audit entry and effect row and dawdles in the local activity: kill.
    await waitFor('notify in flight', 60_000, async () => {
      expect((await services.store.effectsOf(id)).map((e) => e.key)).toEqual([`${id}:1:0`]);
    });
    await slow.kill();
    workers.push(await startWorkerProcess(services, taskQueue));
    expect(await first).toMatchObject({ seq: 1, state: 's1' });
    for (let k = 2; k <= STEPS; k++) await send(handle, `E${k}`, clerk);
    await handle.result();

    expect((await services.store.effectsOf(id)).map((e) => e.key)).toEqual(Array.from({ length: STEPS }, (_, i) => `${id}:${i + 1}:0`));
    const actions = (await services.store.auditTrail(id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'case.transition')).toHaveLength(STEPS + 1);
    expect(actions.filter((a) => a === 'notification.sent')).toHaveLength(STEPS);
    expect(actions.filter((a) => a === 'case.closed')).toHaveLength(1);
    const events = (await handle.fetchHistory()).events ?? [];
    // All of it ran locally (markers), none as an activity task; a workflow task timed out (the kill).
    expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toHaveLength(0);
    expect(events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length).toBeGreaterThanOrEqual(STEPS + 2);
    expect(events.some((e) => e.workflowTaskTimedOutEventAttributes)).toBe(true);
  });
});
