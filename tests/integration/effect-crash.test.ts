import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example, send, settled, startCase } from '../support/cases.js';
import { replayCases } from '../support/replay.js';
import { startServices, startWorkerProcess } from '../support/services.js';
import type { TestServices, WorkerProcess } from '../support/services.js';

const erika = { id: 'erika', role: 'applicant' };
const clerk = { id: 'clerk-gewerbe', role: 'clerk' };

describe('a worker SIGKILLed during sign and during notify', () => {
  let services: TestServices;
  const workers: WorkerProcess[] = [];
  const caseIds: string[] = [];
  const def = catalogueDefinition('gewerbeanmeldung');

  beforeAll(async () => {
    services = await startServices();
    await services.store.setPreference({ subject: 'erika', email: 'erika@example.org', channels: ['portal', 'email'], language: 'en', notifyOnAccess: false, postalAddress: null });
  });

  afterAll(async () => {
    if (caseIds.length) expect(await replayCases(services.client, caseIds, services.payloadCodec)).toBe(caseIds.length);
    await Promise.all(workers.map((w) => w.stop()));
    await services?.stop();
  });

  it.each(['sign', 'notify'])('leaves exactly one sealed document and one mail when killed in %s', async (effect) => {
    const taskQueue = `crash-${effect}-${randomUUID()}`;
    const slow = await startWorkerProcess(services, taskQueue, { AMTSWEG_TEST_EFFECT_DELAY_MS: '60000', AMTSWEG_TEST_EFFECT_DELAY_TYPES: effect });
    workers.push(slow);
    const handle = await startCase(services.client, taskQueue, def);
    caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'));
    await send(handle, 'CONFIRM', clerk, example(def, 'bestaetigung'));

    // The effect has done its work (document filed / mail sent) and is still running: kill.
    await waitFor(`${effect} in flight`, 60_000, async () => {
      const effects = (await services.store.effectsOf(handle.workflowId)).map((e) => e.type);
      expect(effects).toContain(effect);
      const pending = (await handle.describe()).raw.pendingActivities ?? [];
      expect(pending.length).toBe(1);
    });
    await slow.kill();
    workers.push(await startWorkerProcess(services, taskQueue));
    await settled(handle);
    await handle.result();

    const docs = await services.store.documentsOf(handle.workflowId);
    expect(docs.filter((d) => d.kind === 'sealed')).toHaveLength(1);
    const mails = services.mail.messages().filter((m) => m.messageId.includes(handle.workflowId));
    // receipt and confirmation, each once, although one of the effects ran twice; the trade
    // office's functional mailbox hears of the new case once
    expect(mails.filter((m) => m.to.includes('erika@example.org'))).toHaveLength(2);
    expect(mails.filter((m) => m.to.includes('gewerbeamt@musterstadt.example')).map((m) => m.subject)).toEqual(['Neuer Vorgang: Gewerbeanmeldung']);
    expect((await services.store.inboxOf('erika')).filter((m) => m.caseId === handle.workflowId)).toHaveLength(2);
    const attempts = (await handle.fetchHistory()).events
      ?.map((e) => e.activityTaskStartedEventAttributes?.attempt ?? 1) ?? [];
    expect(Math.max(...attempts)).toBeGreaterThanOrEqual(2);
  });
});
