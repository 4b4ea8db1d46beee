import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deadlineEnd } from '../../engine/index.js';
import { testIso } from '../../documents/testing/testClock.js';
import { waitFor } from '../../scripts/index.js';
import { extendDeadline, view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: a legal deadline is extended once, with a reason (§ 42a (2) VwVfG) — a workflow
// Update that moves the durable timer, audited and shown to citizen and staff.

const clerk = { as: 'clerk-gewerbe' };
const erika = { as: 'erika' };
type Deadline = { id: string; dueAt: string; extended?: { previousDueAt: string; reason: string; by: string } };

describe('extending a deadline once (§ 42a (2) VwVfG)', () => {
  const suite = useCaseSuite('deadline-extension');
  const def = catalogueDefinition('gewerbeanmeldung');

  it('moves the deadline once over the API, shows it to both sides, and refuses a second extension', async () => {
    const { api } = suite;
    const id: string = (await api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
    suite.caseIds.push(id);
    expect((await api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, erika)).status).toBe(200);
    const requested = await api.call('POST', `/api/cases/${id}/events`, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, clerk);
    const before = requested.body.deadlines[0] as Deadline;
    const path = `/api/cases/${id}/deadlines/${before.id}/extension`;
    const body = { by: 'P2W', reason: 'Unterlagen beim Registergericht angefordert' };

    expect((await api.call('POST', path, body, erika)).status).toBe(403);
    expect((await api.call('POST', path, body, { as: 'clerk-bau' })).status).toBe(404);
    expect((await api.call('POST', `/api/cases/${id}/deadlines/xstate.after.nope/extension`, body, clerk)).status).toBe(404);
    const key = `extend-${randomUUID()}`;
    const extended = await api.call('POST', path, body, { ...clerk, headers: { 'idempotency-key': key } });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    const after = extended.body.deadlines[0] as Deadline;
    // Two weeks counted as a Frist from the original last day, in the authority's calendar (Bavaria).
    expect(Date.parse(after.dueAt)).toBe(deadlineEnd('P2W', new Date(Date.parse(before.dueAt) - 1).toISOString(), { state: 'BY' }));
    expect(after.extended).toMatchObject({ previousDueAt: before.dueAt, reason: body.reason, by: 'clerk-gewerbe' });
    // Idempotent: the same key answers the first answer again.
    const replayed = await api.call('POST', path, body, { ...clerk, headers: { 'idempotency-key': key } });
    expect(replayed.status).toBe(200);
    expect(replayed.body.deadlines[0].dueAt).toBe(after.dueAt);
    // Once only.
    const again = await api.call('POST', path, { by: 'P1W', reason: 'Noch einmal verlängern' }, clerk);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('deadline-already-extended');

    const seen = (await api.call('GET', `/api/cases/${id}`, undefined, erika)).body.deadlines as Deadline[];
    expect(seen).toEqual([expect.objectContaining({ dueAt: after.dueAt, extended: expect.objectContaining({ reason: body.reason }) })]);
    await waitFor('audit entry and projection', 30_000, async () => {
      const trail = await suite.services.store.auditTrail(id);
      expect(trail.find((e) => e.action === 'deadline.extended')?.details).toEqual({ deadline: before.id, from: before.dueAt, until: after.dueAt, reason: body.reason });
      const listed = await api.call('GET', `/api/cases?deadlineBefore=${encodeURIComponent(before.dueAt)}`, undefined, clerk);
      expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    });
  });

  it('moves the durable timer: an extended deadline does not fire at its old end, an unextended one does', async () => {
    const fast = withDeadlines(def, { P1M: 'PT4S' });
    const start = async () => {
      const handle = await startCase(suite.services.client, suite.taskQueue, fast, { state: 'BY' });
      suite.caseIds.push(handle.workflowId);
      await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, example(def, 'anmeldung'));
      await send(handle, 'REQUEST_DOCUMENTS', { id: 'clerk-gewerbe', role: 'clerk' }, example(def, 'nachforderung'));
      return handle;
    };
    const [extended, control] = [await start(), await start()];
    const deadline = (await extended.query(view)).deadlines[0]!;
    const until = testIso(3600); // once: two calls a second apart name two instants
    const moved = await extended.executeUpdate(extendDeadline, {
      args: [{ caseId: extended.workflowId, requestId: randomUUID(), deadlineId: deadline.id, until, reason: 'Gutachten steht aus', actor: { id: 'clerk-gewerbe', role: 'clerk' } }],
    });
    expect(moved.deadlines[0]).toMatchObject({ id: deadline.id, dueAt: until, extended: { previousDueAt: deadline.dueAt } });
    await waitFor('the control case\'s deadline fires', 30_000, async () => expect((await control.query(view)).state).toBe('eingestellt'));
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(deadline.dueAt) + 2000 - Date.now())));
    expect((await settled(extended)).state).toBe('nachforderung');
    // Staff of another authority, or a citizen, cannot extend it; nor can anyone a second time.
    const refused = (actor: { id: string; role: string }) => extended.executeUpdate(extendDeadline, {
      args: [{ caseId: extended.workflowId, requestId: randomUUID(), deadlineId: deadline.id, by: 'PT1H', reason: 'Nochmal', actor }],
    });
    await expect(refused({ id: 'erika', role: 'applicant' })).rejects.toThrow();
    await expect(refused({ id: 'clerk-gewerbe', role: 'clerk' })).rejects.toThrow();
  });
});
