import { describe, expect, it } from 'vitest';
import { useCaseSuite } from '../support/suite.js';
import { waitFor } from '../../scripts/index.js';

// A case continues as new when Temporal suggests it (its history grew long: thousands of events
// in production). This suite's own dev server suggests it after 20 events, so an `anfrage` case
// continues as new right after its submission; what it carries must survive (issue 14).
const SUGGEST_AFTER_EVENTS = 20;

describe('a case that continues as new', () => {
  const suite = useCaseSuite('continue-as-new', { ownTemporal: true, temporalConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_AFTER_EVENTS } });

  it('keeps its state, history, data and effects, and its next effect renders the data sent before', async () => {
    await suite.services.store.setPreference({ subject: 'erika', email: 'erika.continued@example.org', channels: ['portal', 'email'], language: 'de', notifyOnAccess: false, postalAddress: null });
    const { body: created } = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
    const id: string = created.id;
    suite.caseIds.push(id);
    const handle = suite.services.client.workflow.getHandle(id);
    const firstRun = (await handle.describe()).runId;
    const betreff = `Weitergeführt ${id.slice(0, 8)}`;
    const submitted = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff, nachricht: 'Bitte um Auskunft.' } }, { as: 'erika' });
    expect(submitted).toMatchObject({ status: 200, body: { state: 'submitted', seq: 1 } });

    // The first run ends by continuing as new once its effects are done.
    await waitFor('case continued as new', 60_000, async () => expect((await handle.describe()).runId).not.toBe(firstRun));
    const firstHistory = await suite.services.client.workflow.getHandle(id, firstRun).fetchHistory();
    expect(firstHistory.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
    expect((await suite.services.store.effectsOf(id)).map((e) => e.type)).toEqual(['receipt', 'createEFile']);

    // The new run carries the case: state, history, parties, form data.
    const viewed = await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' });
    expect(viewed.body).toMatchObject({ state: 'submitted', seq: 1, pendingEffects: 0, history: [{ seq: 1, type: 'SUBMIT', to: 'submitted' }] });
    const data = await suite.api.call('GET', `/api/cases/${id}/data`, undefined, { as: 'erika' });
    expect(data.body.data).toMatchObject({ anfrage: { betreff, nachricht: 'Bitte um Auskunft.' } });

    // Its next event runs on the new run; the notice renders the data of the first run's event
    // (carried by hash across continue-as-new), and no effect ran twice.
    const answered = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Die Antwort.' } }, { as: 'clerk-buerger' });
    expect(answered).toMatchObject({ status: 200, body: { state: 'answered', seq: 2 } });
    await handle.result();
    expect((await suite.services.store.effectsOf(id)).map((e) => e.type)).toEqual(['receipt', 'createEFile', 'notify']);
    const mail = await suite.services.mail.waitFor((m) => m.to.includes('erika.continued@example.org') && m.subject.startsWith('Antwort auf Ihre Anfrage'), 30_000);
    expect(mail.subject).toContain(`„${betreff}“`);
    const trail = await suite.services.store.auditTrail(id);
    expect(trail.filter((e) => e.action === 'case.transition').map((e) => e.details)).toMatchObject([{ seq: 0 }, { seq: 1 }, { seq: 2 }]);
  });
});
