import { describe, expect, it } from 'vitest';
import type { ProcedureConfig } from '../../engine/index.js';
import { waitFor } from '../../scripts/index.js';
import { view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

describe('deadlines and versions on the real Temporal server', () => {
  const suite = useCaseSuite('deadlines', { ownTemporal: true });

  it('fires a deadline that fell due while the Temporal server was down: the Baugenehmigung is granted by lapse', async () => {
    // § 42a VwVfG: three months become twelve seconds, the one-month statement periods four.
    const def = withDeadlines(catalogueDefinition('baugenehmigung'), { P3M: 'PT12S', P1M: 'PT4S' });
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, example(def, 'bauantrag'));
    const running = await send(handle, 'CONFIRM_COMPLETE', { id: 'clerk-bau', role: 'clerk' });
    const lapse = running.deadlines.find((d) => d.id.includes('PT12S'));
    expect(lapse).toBeDefined();
    await settled(handle);

    await suite.services.temporal.stop();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(lapse!.dueAt) - Date.now()) + 2000));
    await suite.services.restartTemporal();

    const final = await waitFor('approval by lapse', 90_000, async () => {
      const v = await handle.query(view);
      expect(v.state).toBe('genehmigtDurchFiktion');
      return v;
    });
    const fired = final.history.find((h) => h.type === lapse!.event.type);
    expect(Date.parse(fired!.at)).toBeGreaterThanOrEqual(Date.parse(lapse!.dueAt));
    await handle.result();
    const docs = await suite.services.store.documentsOf(handle.workflowId);
    expect(docs.filter((d) => d.kind === 'sealed').map((d) => d.title)).toEqual(['fiktionsbescheinigung (gesiegelt)']);
    expect((await suite.services.store.getCase(handle.workflowId))?.state).toBe('genehmigtDurchFiktion');
  });

  it('cancels a deadline when its state is left', async () => {
    const def = withDeadlines(catalogueDefinition('baugenehmigung'), { P3M: 'PT3S' });
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, example(def, 'bauantrag'));
    expect((await send(handle, 'REQUEST_DOCUMENTS', { id: 'clerk-bau', role: 'clerk' }, example(def, 'nachforderung'))).deadlines).toHaveLength(1);
    const back = await send(handle, 'SUBMIT_DOCUMENTS', { id: 'erika', role: 'applicant' }, example(def, 'nachreichung'));
    expect(back).toMatchObject({ state: 'vollstaendigkeit', deadlines: [] });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect((await handle.query(view)).state).toBe('vollstaendigkeit');
  });

  it('records an effect the definition made impossible (a seal without a rendered document) and goes on', async () => {
    const def = catalogueDefinition('anfrage');
    def.machine.states.answered = { type: 'final', entry: [{ type: 'sign', params: { document: 'bescheid', kind: 'seal' } }, { type: 'notify', params: { to: 'applicant' } }] };
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, { betreff: 'Ohne Bescheid', nachricht: 'x' });
    await send(handle, 'ANSWER', { id: 'clerk', role: 'clerk' }, { text: 'Antwort' });
    const final = await handle.result();
    expect(final.failures).toEqual([{ key: `${handle.workflowId}:2:0`, type: 'sign', message: expect.stringContaining('no rendered document "bescheid"') }]);
    expect((await suite.services.store.effectsOf(handle.workflowId)).map((e) => e.type)).toEqual(['receipt', 'createEFile', 'notify']);
  });

  it('finishes a case on version 1 after version 2 is published, both on the same worker', async () => {
    const v1 = catalogueDefinition('anfrage');
    const v2: ProcedureConfig = structuredClone(v1);
    v2.version = 2;
    v2.events.START_WORK = { by: ['clerk'] };
    v2.machine.states.submitted = { ...v2.machine.states.submitted, on: { START_WORK: 'inBearbeitung', WITHDRAW: 'withdrawn' } };
    v2.machine.states.inBearbeitung = { on: { ANSWER: 'answered' } };
    const applicant = { id: 'erika', role: 'applicant' };
    const clerk = { id: 'clerk', role: 'clerk' };

    const old = await startCase(suite.services.client, suite.taskQueue, v1);
    await send(old, 'SUBMIT', applicant, { betreff: 'Alte Version', nachricht: 'x' });
    const fresh = await startCase(suite.services.client, suite.taskQueue, v2);
    suite.caseIds.push(old.workflowId, fresh.workflowId);
    await send(fresh, 'SUBMIT', applicant, { betreff: 'Neue Version', nachricht: 'x' });

    expect((await send(old, 'ANSWER', clerk, { text: 'v1' })).state).toBe('answered');
    await expect(send(fresh, 'ANSWER', clerk, { text: 'v2' })).rejects.toThrow();
    expect((await send(fresh, 'START_WORK', clerk)).state).toBe('inBearbeitung');
    expect((await send(fresh, 'ANSWER', clerk, { text: 'v2' })).state).toBe('answered');
    expect((await old.result()).version).toBe(1);
    expect((await fresh.result()).version).toBe(2);
  });
});
