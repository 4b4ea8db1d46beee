import { Temporal } from 'temporal-polyfill';
import { isHoliday } from 'feiertagejs';
import { describe, expect, it } from 'vitest';
import { deadlineEnd, durationMs, readDeadlineEnd } from '../../engine/index.js';
import { waitFor } from '../../scripts/index.js';
import { view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const erika = { id: 'erika', role: 'applicant' };
const clerk = { id: 'clerk-gewerbe', role: 'clerk' };

describe('deadlines as German law counts them, on the real Temporal server', () => {
  const suite = useCaseSuite('legal-deadlines');
  const def = catalogueDefinition('gewerbeanmeldung');

  it('shows over the API the end of a one-month Frist: 24:00 Berlin of a working day in the authority\'s state', async () => {
    const { api } = suite;
    const opened = await api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' });
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;
    suite.caseIds.push(id);
    // The Gewerbeamt of Musterstadt is in Bavaria (config/authorities.json).
    expect(opened.body.calendar).toEqual({ state: 'BY' });
    const event = async (who: string, type: string, data: Record<string, unknown>) => {
      const res = await api.call('POST', `/api/cases/${id}/events`, { type, data }, { as: who });
      expect(res.status).toBe(200);
      return res.body;
    };
    await event('erika', 'SUBMIT', example(def, 'anmeldung'));
    await event('clerk-gewerbe', 'REQUEST_DOCUMENTS', example(def, 'nachforderung'));

    const shown = (await api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body;
    const requested = shown.history.find((h: { type: string }) => h.type === 'REQUEST_DOCUMENTS');
    expect(shown.deadlines).toHaveLength(1);
    const { dueAt } = shown.deadlines[0];
    expect(Date.parse(dueAt)).toBe(deadlineEnd('P1M', requested.at, { state: 'BY' }));
    // Read independently of the engine: the last day is a Bavarian working day at least a month
    // after the request's day, and the Frist runs until midnight at its end.
    const end = readDeadlineEnd(dueAt);
    expect(end.time).toBe('24:00');
    const lastDay = Temporal.PlainDate.from(end.day);
    expect(lastDay.dayOfWeek).toBeLessThan(6);
    expect(isHoliday(end.day, 'BY')).toBe(false);
    const requestDay = Temporal.Instant.from(requested.at).toZonedDateTimeISO('Europe/Berlin').toPlainDate();
    expect(Temporal.PlainDate.compare(lastDay, requestDay.add({ months: 1 }))).toBeGreaterThanOrEqual(0);
    expect(Temporal.PlainDate.compare(lastDay, requestDay.add({ months: 1, days: 5 }))).toBeLessThan(0);
    expect(Temporal.Instant.from(dueAt).toZonedDateTimeISO('Europe/Berlin').hour).toBe(0);
    // The exact period of old would have ended at the request's time of day.
    expect(Date.parse(dueAt)).toBeGreaterThan(Date.parse(requested.at) + durationMs('P1M', new Date(requested.at)));
  });

  it('still fires a deadline of seconds exactly, in a case that counts Fristen', async () => {
    const fast = withDeadlines(def, { P1M: 'PT3S' });
    const handle = await startCase(suite.services.client, suite.taskQueue, fast, { state: 'BY' });
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'));
    const waiting = await send(handle, 'REQUEST_DOCUMENTS', clerk, example(def, 'nachforderung'));
    const requested = waiting.history.at(-1)!;
    expect(Date.parse(waiting.deadlines[0]!.dueAt) - Date.parse(requested.at)).toBe(3000);
    await settled(handle);
    const lapsed = await waitFor('deadline fired', 30_000, async () => {
      const v = await handle.query(view);
      expect(v.state).toBe('eingestellt');
      return v;
    });
    expect(lapsed.history.at(-1)!.type).toBe('xstate.after.PT3S.gewerbeanmeldung.nachforderung');
  });

  it('keeps exact periods in a case started without a calendar (as cases from before)', async () => {
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'SUBMIT', erika, example(def, 'anmeldung'));
    const waiting = await send(handle, 'REQUEST_DOCUMENTS', clerk, example(def, 'nachforderung'));
    const requested = waiting.history.at(-1)!;
    expect(waiting.calendar).toBeUndefined();
    expect(Date.parse(waiting.deadlines[0]!.dueAt) - Date.parse(requested.at)).toBe(durationMs('P1M', new Date(requested.at)));
    await settled(handle);
  });
});
