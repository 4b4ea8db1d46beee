import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 10: companies find published tenders in the portal and bid through the API. Before,
// bidders could not join a tender case through the API at all (the suite bid through Temporal).
// The bidders' path here is HTTP only; only the contracting authority's case is started on Temporal
// (staff open no cases through the API).
const officer = { as: 'clerk-vergabe' };
const purpose = `?purpose=${encodeURIComponent('Vergabeverfahren')}`;
const bid = (bieter: string, ustId: string, preisNetto: number) => ({ bieter, ustId, preisNetto, angebotsdokument: { name: 'angebot.pdf', sha256: 'c'.repeat(64) }, eigenerklaerungen: true });

describe('bidders join a published tender through the API (vergabe-angebot)', () => {
  const suite = useCaseSuite('tender');
  // The 35-day bid period becomes 25 seconds.
  const def = withDeadlines(catalogueDefinition('vergabe-angebot'), { P35D: 'PT25S' });
  const notice = example(def, 'bekanntmachung');
  let caseId = '';
  const join = (who: string, key?: string, id = caseId) => suite.api.call('POST', `/api/cases/${id}/participation`, undefined, { as: who, ...(key ? { headers: { 'idempotency-key': key } } : {}) });
  const submitBid = (who: string, data: unknown) => suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT_BID', data }, { as: who });
  const openCases = () => suite.api.call('GET', '/api/procedures/vergabe-angebot/open-cases');

  beforeAll(async () => {
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    caseId = handle.workflowId;
    suite.caseIds.push(caseId);
    await settled(handle);
    expect(await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'PUBLISH', data: notice }, officer)).toMatchObject({ status: 200, body: { state: 'angebotsfrist' } });
  });

  it('lists the open tender publicly with its contract notice and deadline, nothing else', async () => {
    // The list reads the PostgreSQL projection, which follows the workflow a moment later.
    const listed = await waitFor('tender listed', 30_000, async () => {
      const res = await openCases();
      expect(res.status).toBe(200);
      const found = (res.body as { id: string; deadline: string }[]).find((c) => c.id === caseId);
      expect(found).toBeDefined();
      return found;
    });
    expect(listed).toEqual({
      id: caseId, procedure: 'vergabe-angebot', version: def.version, authority: 'vergabestelle', state: 'angebotsfrist',
      deadline: expect.stringMatching(/Z$/), published: { bekanntmachung: notice },
    });
    expect(Date.parse(listed!.deadline)).toBeGreaterThan(Date.now());
    // A procedure whose cases are no one else's business lists nothing.
    expect((await suite.api.call('GET', '/api/procedures/gewerbeanmeldung/open-cases')).status).toBe(404);
  });

  it('lets a company join (once, replayable with its Idempotency-Key) and then submit its bid', async () => {
    expect((await submitBid('musterbau', bid('Musterbau GmbH', 'DE111111111', 100000))).status).toBe(404);
    const joined = await join('musterbau', 'join-musterbau-1');
    expect(joined, JSON.stringify(joined.body)).toMatchObject({ status: 200, body: { id: caseId, state: 'angebotsfrist', parties: [{ id: 'musterbau', role: 'bidder' }] } });
    expect(joined.body.accepts).toContainEqual({ type: 'SUBMIT_BID', by: ['bidder'] });
    const replayed = await join('musterbau', 'join-musterbau-1');
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replay')).toBe('true');
    // Joining again without a key changes nothing either.
    expect((await join('musterbau')).body.parties).toEqual([{ id: 'musterbau', role: 'bidder' }]);
    const submitted = await submitBid('musterbau', bid('Musterbau GmbH', 'DE111111111', 100000));
    expect(submitted, JSON.stringify(submitted.body)).toMatchObject({ status: 200, body: { state: 'angebotsfrist' } });
  });

  it('keeps competing bidders hidden from each other', async () => {
    const joined = await join('jonas');
    expect(joined.status).toBe(200);
    expect(joined.body.parties).toEqual([{ id: 'jonas', role: 'bidder' }]);
    const submitted = await submitBid('jonas', bid('Jonas Beispiel e. K.', 'DE222222222', 90000));
    expect(submitted.status).toBe(200);
    for (const answer of [joined.body, submitted.body, (await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'jonas' })).body]) {
      expect(JSON.stringify(answer)).not.toContain('musterbau');
    }
    const staffView = await suite.api.call('GET', `/api/cases/${caseId}${purpose}`, undefined, officer);
    expect(staffView.body.parties.map((p: { id: string }) => p.id).sort()).toEqual(['jonas', 'musterbau']);
    // The public list names no bidder.
    const listed = JSON.stringify((await openCases()).body);
    for (const name of ['musterbau', 'jonas', 'DE111111111']) expect(listed).not.toContain(name);
  });

  it('records each join in the projection and the audit trail, through the worker', async () => {
    await waitFor('joins recorded', 30_000, async () => {
      const trail = await suite.services.store.auditTrail(caseId);
      expect(trail.filter((e) => e.action === 'case.joined').map((e) => e.actor).sort()).toEqual(['jonas', 'musterbau']);
    });
    expect((await suite.services.store.getCase(caseId))!.parties.map((p) => p.id).sort()).toEqual(['jonas', 'musterbau']);
  });

  it('refuses a login below the procedure\'s assurance level, and cases that cannot be joined', async () => {
    expect(await join('lena')).toMatchObject({ status: 403 });
    const own = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id as string;
    suite.caseIds.push(own);
    expect(await join('jonas', undefined, own)).toMatchObject({ status: 404, body: { code: 'case-not-found' } });
    expect((await suite.api.call('GET', `/api/cases/${own}`, undefined, { as: 'jonas' })).status).toBe(404);
  });

  it('lets no company open a tender of its own, and keeps no draft of a sealed bid', async () => {
    // Before, POST /api/cases opened a case of vergabe-angebot with the company as its only bidder.
    const opened = await suite.api.call('POST', '/api/cases', { procedure: 'vergabe-angebot' }, { as: 'musterbau' });
    expect(opened, JSON.stringify(opened.body)).toMatchObject({ status: 409, body: { code: 'opened-by-authority' } });
    expect(opened.body.details.message.de).toMatch(/eröffnet die Behörde selbst/);
    // A bid is sealed on receipt (keepData: false); a draft of it would lie unsealed in the database.
    const draft = await suite.api.call('PUT', `/api/cases/${caseId}/draft`, { event: 'SUBMIT_BID', data: bid('Musterbau GmbH', 'DE111111111', 1) }, { as: 'musterbau' });
    expect(draft).toMatchObject({ status: 409, body: { code: 'draft-not-kept' } });
  });

  it('closes for joining when the bid period ends: 409, and off the public list', async () => {
    await waitFor('bid period over', 60_000, async () => {
      expect((await suite.api.call('GET', `/api/cases/${caseId}${purpose}`, undefined, officer)).body.state).toBe('oeffnung');
    });
    expect(await join('erika')).toMatchObject({ status: 409, body: { code: 'case-not-open' } });
    expect((await openCases()).body.map((c: { id: string }) => c.id)).not.toContain(caseId);
    expect((await suite.api.call('GET', `/api/cases/${caseId}`, undefined, { as: 'erika' })).status).toBe(404);
  });
});
