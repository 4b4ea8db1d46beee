import type { Middleware } from 'koa';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { waitFor } from '../../scripts/index.js';
import { Catalogue, createApp } from '../../server/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// The six callers of the issue: anonymous, citizen A, citizen B, clerk of authority X (the
// case's), clerk of authority Y, designer.
const WHO = ['anonymous', 'erika', 'jonas', 'clerk-gewerbe', 'clerk-bau', 'designer'] as const;
type Who = (typeof WHO)[number];
/** `ifMatchOf`: a definition whose current draft ETag goes along as If-Match (saving a draft needs it). */
type Row = { path: string; body?: unknown; ifMatchOf?: string; expect: Record<Who, number> };
const all = (status: number): Record<Who, number> => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;
const row = (anonymous: number, erika: number, jonas: number, x: number, y: number, designer: number): Record<Who, number> =>
  ({ anonymous, erika, jonas, 'clerk-gewerbe': x, 'clerk-bau': y, designer });

describe('authorization matrix: every route × six callers', () => {
  const suite = useCaseSuite('matrix');
  const fixture = { caseId: '', documentId: '', consentId: '', messageId: '', savedFilterId: '' };

  beforeAll(async () => {
    // Erika's Gewerbeanmeldung, submitted (a receipt exists), with a consent request from the trade office.
    const def = catalogueDefinition('gewerbeanmeldung');
    const created = await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' });
    fixture.caseId = created.body.id;
    const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: '2026-01-10' } };
    expect((await suite.api.call('POST', `/api/cases/${fixture.caseId}/events`, { type: 'SUBMIT', data }, { as: 'erika' })).status).toBe(200);
    await waitFor('receipt', 30_000, async () => {
      const doc = (await suite.services.store.documentsOf(fixture.caseId)).find((d) => d.kind === 'receipt');
      expect(doc).toBeDefined();
      fixture.documentId = doc!.id;
    });
    const consent = await suite.api.call('POST', `/api/cases/${fixture.caseId}/consent-requests?`, { categories: ['nachweise'], purpose: 'nachweispruefung', duration: 'P7D' }, { as: 'clerk-gewerbe' });
    fixture.consentId = consent.body.id;
    const file = `data:application/pdf;base64,${Buffer.from('%PDF-1.7\n').toString('base64')}`;
    const message = await suite.api.call('POST', `/api/cases/${fixture.caseId}/messages`, { text: 'Frage', attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', dataUrl: file }] }, { as: 'erika' });
    fixture.messageId = message.body.id;
    await suite.api.call('POST', '/api/definitions', { ...catalogueDefinition('anfrage'), id: 'matrix-anfrage' }, { as: 'designer' });
    fixture.savedFilterId = (await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Zu löschen', query: 'ansicht=mine' }, { as: 'clerk-gewerbe' })).body.id;
  });

  /** Every (method, path) the app's routers serve, read from the routers themselves. */
  function servedRoutes(): string[] {
    const app = createApp({
      temporal: { client: suite.services.client, namespace: 'x', taskQueue: suite.taskQueue }, store: suite.services.store, catalogue: new Catalogue(loadCatalogue(), suite.services.store),
      identity: { publicUrl: 'http://127.0.0.1:1', dataDir: suite.services.dir }, log: () => undefined, trustedCertificates: async () => [],
    });
    const routes = new Set<string>();
    for (const mw of app.middleware as (Middleware & { router?: { stack: { path: string; methods: string[] }[] } })[]) {
      for (const layer of mw.router?.stack ?? []) for (const m of layer.methods) if (m !== 'HEAD') routes.add(`${m} ${layer.path}`);
    }
    return [...routes].sort();
  }

  const matrix = (): Record<string, Row> => {
    const c = fixture.caseId;
    const staffQuery = '?purpose=Pr%C3%BCfung';
    return {
      'GET /api/health': { path: '/api/health', expect: all(200) },
      'GET /api/openapi.json': { path: '/api/openapi.json', expect: all(200) },
      'GET /api/docs': { path: '/api/docs', expect: all(200) },
      'GET /api/me': { path: '/api/me', expect: row(401, 200, 200, 200, 200, 200) },
      'GET /auth/login': { path: '/auth/login', expect: all(302) },
      'GET /auth/callback': { path: '/auth/callback', expect: all(400) },
      'POST /auth/logout': { path: '/auth/logout', expect: all(204) },
      'GET /api/procedures': { path: '/api/procedures', expect: all(200) },
      'GET /api/procedures/:id': { path: '/api/procedures/gewerbeanmeldung', expect: all(200) },
      'GET /api/definitions': { path: '/api/definitions', expect: row(401, 403, 403, 403, 403, 200) },
      'GET /api/definitions/:id': { path: '/api/definitions/matrix-anfrage', expect: row(401, 403, 403, 403, 403, 200) },
      'POST /api/definitions': { path: '/api/definitions', body: { ...catalogueDefinition('anfrage'), id: 'matrix-neu' }, expect: row(401, 403, 403, 403, 403, 201) },
      'PUT /api/definitions/:id': { path: '/api/definitions/matrix-anfrage', body: { ...catalogueDefinition('anfrage'), id: 'matrix-anfrage' }, ifMatchOf: 'matrix-anfrage', expect: row(401, 403, 403, 403, 403, 200) },
      // Checks a definition sent in the body, saving nothing: designers only.
      'POST /api/definition-checks': { path: '/api/definition-checks', body: { ...catalogueDefinition('anfrage'), id: 'matrix-check' }, expect: row(401, 403, 403, 403, 403, 200) },
      'POST /api/definitions/:id/validate': { path: '/api/definitions/matrix-anfrage/validate', expect: row(401, 403, 403, 403, 403, 200) },
      'POST /api/definitions/:id/publish': { path: '/api/definitions/matrix-anfrage/publish', expect: row(401, 403, 403, 403, 403, 200) },
      // The designer asked to publish it: four eyes, so they may not approve it themselves.
      'POST /api/definitions/:id/approve': { path: '/api/definitions/matrix-anfrage/approve', body: { sha256: '0'.repeat(64) }, expect: row(401, 403, 403, 403, 403, 403) },
      // Canvas layouts (issue 12): designers only, like the definitions they arrange.
      'GET /api/definitions/:id/layout': { path: '/api/definitions/matrix-anfrage/layout?version=1', expect: row(401, 403, 403, 403, 403, 200) },
      'PUT /api/definitions/:id/layout': { path: '/api/definitions/matrix-anfrage/layout', body: { version: 1, positions: { eingang: { x: 0, y: 0 } } }, expect: row(401, 403, 403, 403, 403, 200) },
      'POST /api/cases': { path: '/api/cases', body: { procedure: 'anfrage' }, expect: row(401, 201, 201, 403, 403, 403) },
      'GET /api/cases': { path: '/api/cases', expect: row(401, 200, 200, 200, 200, 403) },
      'GET /api/cases/:id': { path: `/api/cases/${c}${staffQuery}`, expect: row(401, 200, 404, 200, 404, 404) },
      'GET /api/cases/:id/data': { path: `/api/cases/${c}/data${staffQuery}`, expect: row(401, 200, 404, 403, 404, 404) },
      'POST /api/cases/:id/events': { path: `/api/cases/${c}/events`, body: { type: 'NOPE' }, expect: row(401, 409, 404, 409, 404, 404) },
      // A Gewerbeanmeldung cannot be joined: it answers as if it did not exist.
      'POST /api/cases/:id/participation': { path: `/api/cases/${c}/participation`, expect: row(401, 404, 404, 403, 403, 403) },
      'GET /api/procedures/:id/open-cases': { path: '/api/procedures/vergabe-angebot/open-cases', expect: all(200) },
      'GET /api/cases/:id/consent-purposes': { path: `/api/cases/${c}/consent-purposes`, expect: row(401, 403, 403, 200, 404, 403) },
      'POST /api/cases/:id/consent-requests': { path: `/api/cases/${c}/consent-requests`, body: { categories: ['nachweise'], purpose: 'nachweispruefung', duration: 'P1D' }, expect: row(401, 403, 403, 201, 404, 403) },
      // Documents carry the case's data, and Erika has not (yet) granted the gated category: 403 for the clerk.
      'GET /api/documents/:id': { path: `/api/documents/${fixture.documentId}${staffQuery}`, expect: row(401, 200, 404, 403, 404, 404) },
      'GET /api/documents/:id/verify': { path: `/api/documents/${fixture.documentId}/verify${staffQuery}`, expect: row(401, 200, 404, 403, 404, 404) },
      // The list names documents (kind, title, hash, signatures), no content: no consent needed, the read is logged.
      'GET /api/cases/:id/documents': { path: `/api/cases/${c}/documents${staffQuery}`, expect: row(401, 200, 404, 200, 404, 404) },
      'GET /api/cases/:id/efile/export': { path: `/api/cases/${c}/efile/export${staffQuery}`, expect: row(401, 200, 404, 403, 404, 404) },
      'GET /api/me/inbox': { path: '/api/me/inbox', expect: row(401, 200, 200, 403, 403, 403) },
      'GET /api/me/data': { path: '/api/me/data', expect: row(401, 200, 200, 403, 403, 403) },
      'GET /api/me/access-log': { path: '/api/me/access-log', expect: row(401, 200, 200, 403, 403, 403) },
      'GET /api/me/consents': { path: '/api/me/consents', expect: row(401, 200, 200, 403, 403, 403) },
      'POST /api/me/consents/:id': { path: `/api/me/consents/${fixture.consentId}`, body: { decision: 'grant' }, expect: row(401, 200, 404, 403, 403, 403) },
      'GET /api/me/preferences': { path: '/api/me/preferences', expect: row(401, 200, 200, 403, 403, 403) },
      'PUT /api/me/preferences': { path: '/api/me/preferences', body: { channels: ['portal'] }, expect: row(401, 200, 200, 403, 403, 403) },
      // Messages: the citizen party and staff of the case's own authority, nobody else.
      'POST /api/cases/:id/messages': { path: `/api/cases/${c}/messages`, body: { text: 'Hallo' }, expect: row(401, 201, 404, 201, 404, 404) },
      'GET /api/cases/:id/messages': { path: `/api/cases/${c}/messages${staffQuery}`, expect: row(401, 200, 404, 200, 404, 404) },
      'GET /api/cases/:id/messages/:messageId/attachments/:index': {
        path: `/api/cases/${c}/messages/${fixture.messageId}/attachments/0${staffQuery}`, expect: row(401, 200, 404, 200, 404, 404),
      },
      // Drafts are the citizen party's alone; this case is submitted, so Erika has none and may save none.
      'GET /api/cases/:id/draft': { path: `/api/cases/${c}/draft`, expect: row(401, 404, 404, 403, 403, 403) },
      'PUT /api/cases/:id/draft': { path: `/api/cases/${c}/draft`, body: { event: 'SUBMIT', data: {} }, expect: row(401, 409, 404, 403, 403, 403) },
      'DELETE /api/cases/:id/draft': { path: `/api/cases/${c}/draft`, expect: row(401, 204, 404, 403, 403, 403) },
      // The workbench: staff only; only the case's own authority distributes its work (another answers 404 per case).
      'POST /api/cases/:id/assignment': { path: `/api/cases/${c}/assignment`, body: { assignee: null }, expect: row(401, 403, 403, 200, 404, 403) },
      'GET /api/cases/:id/assignment': { path: `/api/cases/${c}/assignment`, expect: row(401, 403, 403, 200, 404, 403) },
      'POST /api/assignments': { path: '/api/assignments', body: { caseIds: [c], assignee: null }, expect: row(401, 403, 403, 200, 200, 403) },
      'GET /api/staff/colleagues': { path: '/api/staff/colleagues', expect: row(401, 403, 403, 200, 200, 403) },
      'GET /api/inbox': { path: '/api/inbox', expect: row(401, 403, 403, 200, 200, 403) },
      // Saved filters are each clerk's own: another clerk's id answers 404 as if it did not exist.
      'GET /api/staff/saved-filters': { path: '/api/staff/saved-filters', expect: row(401, 403, 403, 200, 200, 403) },
      'POST /api/staff/saved-filters': { path: '/api/staff/saved-filters', body: { name: 'Matrix', query: 'ansicht=all' }, expect: row(401, 403, 403, 200, 200, 403) },
      'DELETE /api/staff/saved-filters/:id': { path: `/api/staff/saved-filters/${fixture.savedFilterId}`, expect: row(401, 403, 403, 204, 404, 403) },
      'GET /api/cases/:id/history': { path: `/api/cases/${c}/history${staffQuery}`, expect: row(401, 200, 404, 200, 404, 404) },
      // The case is in its check, where no deadline runs: the trade office gets 404 for the deadline.
      'POST /api/cases/:id/deadlines/:deadline/extension': {
        path: `/api/cases/${c}/deadlines/xstate.after.P1M.gewerbeanmeldung.nachforderung/extension`, body: { by: 'P2W', reason: 'Gutachten steht aus' }, expect: row(401, 403, 403, 404, 404, 403),
      },
      // The preview of an event: staff who may fire it; it reads what the drafts show (logged), changes nothing.
      'POST /api/cases/:id/events/:event/preview': {
        path: `/api/cases/${c}/events/CONFIRM/preview${staffQuery}`, body: { data: { registernummer: 'GEW-2026-000123' } }, expect: row(401, 403, 403, 200, 404, 403),
      },
    };
  };

  it('has a row for every route the app serves', () => {
    const missing = servedRoutes().filter((r) => !(r in matrix()));
    expect(missing, `routes without a row in the matrix: ${missing.join(', ')}`).toEqual([]);
  });

  it('answers each caller with the expected status on every route', async () => {
    const failures: string[] = [];
    for (const [route, r] of Object.entries(matrix())) {
      const method = route.split(' ')[0]!;
      for (const who of WHO) {
        const etag = r.ifMatchOf ? (await suite.api.call('GET', `/api/definitions/${r.ifMatchOf}`, undefined, { as: 'designer' })).headers.get('etag') : null;
        const headers = etag ? { headers: { 'if-match': etag } } : {};
        const res = await suite.api.call(method, r.path, r.body, who === 'anonymous' ? headers : { as: who, ...headers });
        if (res.status !== r.expect[who]) failures.push(`${route} as ${who}: ${res.status} (expected ${r.expect[who]}) ${JSON.stringify(res.body).slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
