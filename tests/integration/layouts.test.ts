// Issue 12: the server lays a saved version out with ELK (a worker thread), so that the designer's
// first open draws a stored layout; what a designer arranged is never replaced, and a new version
// keeps the arrangement of the one before.
import { describe, expect, it } from 'vitest';
import { resolveDefinition } from '../../engine/index.js';
import { SERVER_LAYOUT, carriedOver } from '../../server/index.js';
import { catalogueDefinition } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

describe('canvas layouts laid out by the server', () => {
  const suite = useCaseSuite('server-layouts', { worker: false });
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => suite.api.call(method, path, body, { as: 'designer', ...(headers ? { headers } : {}) });
  const anfrage = catalogueDefinition('anfrage');
  const stateIds = resolveDefinition(anfrage).states.map((s) => s.id).toSorted();

  it('stores a layout of every state when a new version is saved, before anyone opens it', async () => {
    expect((await call('POST', '/api/definitions', { ...anfrage, id: 'gleich-gelegt' })).status).toBe(201);
    // Read from PostgreSQL, not through GET (which would lay it out itself).
    await expect.poll(() => suite.services.store.getLayout('gleich-gelegt', 1), { timeout: 20_000 }).not.toBeNull();
    const stored = (await suite.services.store.getLayout('gleich-gelegt', 1))!;
    expect(stored.savedBy).toBe(SERVER_LAYOUT);
    expect(Object.keys(stored.positions).toSorted()).toEqual(stateIds);
    const answer = (await call('GET', '/api/definitions/gleich-gelegt/layout?version=1')).body;
    expect(answer).toMatchObject({ positions: stored.positions, savedBy: SERVER_LAYOUT });
  });

  it('lays a catalogue version out when it is first asked for, once, and keeps a designer\'s arrangement', async () => {
    const baugenehmigung = catalogueDefinition('baugenehmigung');
    const path = `/api/definitions/baugenehmigung/layout?version=${baugenehmigung.version}`;
    const [first, second] = await Promise.all([call('GET', path), call('GET', path)]);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body.positions).length).toBe(resolveDefinition(baugenehmigung).states.length);
    expect(second.body).toEqual(first.body);

    const arranged = { ...first.body.positions, entwurf: { x: 4000, y: 4000 } };
    expect((await call('PUT', '/api/definitions/baugenehmigung/layout', { version: baugenehmigung.version, positions: arranged })).status).toBe(200);
    const after = (await call('GET', path)).body;
    expect(after.positions.entwurf).toEqual({ x: 4000, y: 4000 });
    expect(after.savedBy).not.toBe(SERVER_LAYOUT);
  });

  it('keeps the arrangement of the version before for a new draft, and places a state added since beside the others', async () => {
    const v1 = (await call('GET', '/api/definitions/anfrage/layout?version=1')).body.positions as Record<string, { x: number; y: number }>;
    const arranged = Object.fromEntries(Object.entries(v1).map(([path, place]) => [path, { ...place, x: place.x + 500 }]));
    expect((await call('PUT', '/api/definitions/anfrage/layout', { version: 1, positions: arranged })).status).toBe(200);

    const machine = anfrage.machine as unknown as { states: Record<string, unknown> };
    const next = { ...anfrage, machine: { ...anfrage.machine, states: { ...machine.states, nachpruefung: {} } } };
    const saved = await call('POST', '/api/definitions', next);
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(2);
    await expect.poll(() => suite.services.store.getLayout('anfrage', 2), { timeout: 20_000 }).not.toBeNull();
    const v2 = (await suite.services.store.getLayout('anfrage', 2))!;
    expect(v2.savedBy).toBe(carriedOver(1));
    for (const [path, place] of Object.entries(arranged)) expect({ x: v2.positions[path]!.x, y: v2.positions[path]!.y }, path).toEqual({ x: place.x, y: place.y });
    const added = v2.positions.nachpruefung!;
    expect(added).toBeDefined();
    // Beside the others: below every top-level box it shares a column with, overlapping none.
    for (const [path, place] of Object.entries(v2.positions)) {
      if (path === 'nachpruefung' || path.includes('.')) continue;
      const apart = added.x >= place.x + (place.width ?? 0) || place.x >= added.x + (added.width ?? 0) || added.y >= place.y + (place.height ?? 0) || place.y >= added.y + (added.height ?? 0);
      expect(apart, `nachpruefung overlaps ${path}`).toBe(true);
    }
  });

  it('stores nothing for a draft saved half-edited, and lays it out once a later save can be drawn', async () => {
    const { machine, ...rest } = anfrage;
    expect((await call('POST', '/api/definitions', { ...rest, id: 'halb-fertig' })).status).toBe(201);
    const empty = await call('GET', '/api/definitions/halb-fertig/layout?version=1');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ positions: {}, savedBy: null });

    const draft = await call('GET', '/api/definitions/halb-fertig');
    expect((await call('PUT', '/api/definitions/halb-fertig', { ...rest, machine, id: 'halb-fertig' }, { 'if-match': draft.headers.get('etag')! })).status).toBe(200);
    await expect.poll(() => suite.services.store.getLayout('halb-fertig', 1), { timeout: 20_000 }).not.toBeNull();
    expect(Object.keys((await suite.services.store.getLayout('halb-fertig', 1))!.positions).toSorted()).toEqual(stateIds);
  });
});
