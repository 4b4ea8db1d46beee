import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: the clerks' queue answers from PostgreSQL — filters, order and page in SQL (the
// in-memory `deadlineBefore` after LIMIT gave a wrong page and total), assignment with an audit
// trail, "Meine Gruppe", and the staff inbox with mail to the authority's functional mailbox.

const DAY = 86_400;
const clerk = { as: 'clerk-gewerbe' };
type Item = { id: string; state: string; nextDeadline: string | null; receivedAt: string | null; assignee?: string | null };
type Page = { total: number; items: Item[] };

describe('the clerks\' case list and assignment (issue 11)', () => {
  const suite = useCaseSuite('workbench-queue');
  const near: string[] = [];
  const far: string[] = [];
  let real = '';

  const list = async (query: string, as = clerk): Promise<Page> => {
    const res = await suite.api.call('GET', `/api/cases${query}`, undefined, as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Page;
  };

  beforeAll(async () => {
    // 60 projected cases of the trade office: the 3 with a near deadline are the oldest changed,
    // so a page ordered by the latest change holds none of them.
    const project = (id: string, dueAt: string, state: string) => suite.services.store.projectCase({
      id, procedure: 'gewerbeanmeldung', version: 1, authority: 'gewerbeamt', state, status: 'active', parties: [{ id: 'lena', role: 'applicant' }],
      deadlines: [{ id: 'frist', dueAt }], seq: 1, waitingFor: ['gewerbeamt'],
    });
    for (let i = 0; i < 3; i += 1) near.push(randomUUID());
    for (let i = 0; i < 57; i += 1) far.push(randomUUID());
    for (const [i, id] of near.entries()) await project(id, testIso(DAY + i * 60), 'nachforderung');
    for (const [i, id] of far.entries()) await project(id, testIso(30 * DAY + i * 60), 'eingang');
    // And Erika's real Gewerbeanmeldung, submitted.
    real = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(real);
    const submit = { type: 'SUBMIT', data: example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung') };
    expect((await suite.api.call('POST', `/api/cases/${real}/events`, submit, { as: 'erika' })).status).toBe(200);
    await waitFor('projection of the submission', 30_000, async () => expect((await suite.services.store.getCase(real))?.seq).toBeGreaterThan(0));
  });

  it('filters by deadline in SQL: the page and the total hold exactly the cases due before', async () => {
    const page = await list(`?deadlineBefore=${encodeURIComponent(testIso(2 * DAY))}&sort=updated&limit=50`);
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.id).sort()).toEqual([...near].sort());
  });

  it('orders staff lists by the nearest legal deadline by default and pages without gaps', async () => {
    const first = await list('?limit=3');
    expect(first.items.map((c) => c.id)).toEqual(near);
    const seen: string[] = [];
    for (let offset = 0; offset < first.total; offset += 7) seen.push(...(await list(`?limit=7&offset=${offset}`)).items.map((c) => c.id));
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    expect(seen).toEqual(expect.arrayContaining([...near, ...far, real]));
  });

  it('filters by state, procedure and received range, and shows no personal data', async () => {
    expect((await list('?state=nachforderung')).total).toBe(3);
    expect((await list('?procedure=wohnsitzanmeldung')).total).toBe(0);
    const received = await list(`?receivedFrom=${encodeURIComponent(testIso(-600))}&receivedTo=${encodeURIComponent(testIso(600))}&limit=200`);
    expect(received.total).toBe(61);
    expect((await list(`?receivedFrom=${encodeURIComponent(testIso(600))}`)).total).toBe(0);
    const item = received.items.find((c) => c.id === real)!;
    expect(Object.keys(item).sort()).toEqual(['assignee', 'authority', 'deadlines', 'id', 'nextDeadline', 'procedure', 'receivedAt', 'state', 'status', 'updatedAt', 'version']);
  });

  it('assigns, reassigns and releases a case, audited, and lists by assignee and view', async () => {
    const assign = (assignee: string | null, as = clerk) => suite.api.call('POST', `/api/cases/${real}/assignment`, { assignee }, as);
    const taken = await assign('clerk-gewerbe');
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body).toEqual({ caseId: real, assignee: 'clerk-gewerbe', previous: null, changed: true });
    expect((await list('?assignee=me')).items.map((c) => c.id)).toEqual([real]);
    expect((await list('?view=mine')).items.map((c) => c.id)).toEqual([real]);
    expect((await list('?assignee=none&limit=200')).items.map((c) => c.id)).not.toContain(real);
    expect((await list('?assignee=clerk-gewerbe')).items[0]).toMatchObject({ id: real, assignee: 'clerk-gewerbe' });
    expect((await assign('clerk-gewerbe')).body.changed).toBe(false);
    // Staff of another authority, a citizen, someone unknown: no colleagues of the trade office.
    for (const other of ['clerk-bau', 'erika', 'nobody']) expect((await assign(other)).status).toBe(422);
    expect((await assign(null, { as: 'clerk-bau' })).status).toBe(404);
    expect((await assign(null, { as: 'erika' })).status).toBe(403);
    expect((await assign(null)).body).toMatchObject({ assignee: null, previous: 'clerk-gewerbe', changed: true });
    expect((await list('?assignee=none&limit=200')).items.map((c) => c.id)).toContain(real);
    const history = await suite.api.call('GET', `/api/cases/${real}/history?purpose=${encodeURIComponent('Zuweisung prüfen')}`, undefined, clerk);
    expect(history.status).toBe(200);
    const trail = (history.body as { audit: { action: string; actor: string; details: unknown }[] }).audit.filter((e) => e.action === 'case.assigned');
    // The history read is itself a read: the clerk's own shows up in it, once, for Erika as for staff.
    expect(history.body.reads).toContainEqual(expect.objectContaining({ officer: 'clerk-gewerbe', purpose: 'Zuweisung prüfen' }));
    const erikasView = (await suite.api.call('GET', `/api/cases/${real}/history`, undefined, { as: 'erika' })).body;
    expect(erikasView.reads.filter((r: { purpose: string }) => r.purpose === 'Zuweisung prüfen')).toHaveLength(1);
    expect(trail.map((e) => [e.actor, e.details])).toEqual([
      ['clerk-gewerbe', { assignee: 'clerk-gewerbe', previous: null }],
      ['clerk-gewerbe', { assignee: null, previous: 'clerk-gewerbe' }],
    ]);
  });

  it('assigns in bulk and reports each case that failed', async () => {
    const unknown = randomUUID();
    const res = await suite.api.call('POST', '/api/assignments', { caseIds: [real, unknown], assignee: 'clerk-gewerbe' }, clerk);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { caseId: real, ok: true, assignee: 'clerk-gewerbe', previous: null, changed: true },
      { caseId: unknown, ok: false, error: 'case-not-found', status: 404, message: expect.any(String) },
    ]);
    const colleagues = await suite.api.call('GET', '/api/staff/colleagues', undefined, clerk);
    expect(colleagues.body).toEqual(['clerk-gewerbe', 'clerk-gewerbe-2'].map((sub) => ({ sub, name: expect.any(String), authority: 'gewerbeamt' })));
  });

  it('lists "Meine Gruppe": cases whose state waits for my authority', async () => {
    const group = await list('?view=group&limit=200');
    expect(group.items.map((c) => c.id)).toContain(real);
    expect((await list('?view=group', { as: 'clerk-bau' })).total).toBe(0);
  });

  it('lists another authority\'s case to fire protection only while its statement is asked', async () => {
    const bau = catalogueDefinition('baugenehmigung');
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'baugenehmigung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    const fire = { as: 'clerk-brandschutz' };
    const listed = async () => (await list('?limit=200', fire)).items.map((c) => c.id);
    const fireEvent = async (type: string, data: Record<string, unknown>, as: { as: string }) => {
      const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type, data }, as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { seq: number };
    };
    const projected = (seq: number) => waitFor('projection', 30_000, async () => expect((await suite.services.store.getCase(id))?.seq).toBe(seq));
    await projected((await fireEvent('SUBMIT', example(bau, 'bauantrag'), { as: 'erika' })).seq);
    expect(await listed()).not.toContain(id);
    await projected((await fireEvent('CONFIRM_COMPLETE', {}, { as: 'clerk-bau' })).seq);
    expect(await listed()).toContain(id);
    expect((await list('?view=group&limit=200', fire)).items.map((c) => c.id)).toContain(id);
    // Fire protection does not distribute the building authority's work.
    expect((await suite.api.call('POST', `/api/cases/${id}/assignment`, { assignee: 'clerk-brandschutz' }, fire)).status).toBe(403);
    await projected((await fireEvent('FIRE_STATEMENT', example(bau, 'stellungnahmeBrandschutz'), fire)).seq);
    expect(await listed()).not.toContain(id);
    expect((await list('?limit=200', { as: 'clerk-denkmal' })).items.map((c) => c.id)).toContain(id);
  });

  it('brings a citizen\'s message to the staff inbox and the authority\'s functional mailbox', async () => {
    expect((await suite.api.call('POST', `/api/cases/${real}/messages`, { text: 'Eine Frage zur Anmeldung' }, { as: 'erika' })).status).toBe(201);
    await waitFor('notice in the staff inbox', 30_000, async () => {
      const inbox = await suite.api.call('GET', '/api/inbox', undefined, clerk);
      expect(inbox.body).toContainEqual(expect.objectContaining({ caseId: real, kind: 'message', to: 'authority' }));
    });
    // (The mailbox heard of the new case before; this is the message's own mail.)
    const mail = await suite.services.mail.waitFor((m) => m.to.includes('gewerbeamt@musterstadt.example') && m.subject === `Neue Nachricht im Vorgang ${real}`, 30_000);
    expect(mail.text).not.toContain('Eine Frage zur Anmeldung');
    expect(((await suite.api.call('GET', '/api/inbox', undefined, { as: 'clerk-bau' })).body as { caseId: string }[]).filter((n) => n.caseId === real)).toEqual([]);
  });
});
