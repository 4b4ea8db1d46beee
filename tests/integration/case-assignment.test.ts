import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiDocument } from '../../server/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: the case page's "Zuständigkeit" reads who works on a case without reading its data
// (no access-log entry), for staff of the case's own authority only.
const doc = apiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const conforms = ajv.compile(doc.paths['/api/cases/{id}/assignment']!.get!.responses['200']!.content!['application/json']!.schema);

describe('GET /api/cases/:id/assignment', () => {
  const suite = useCaseSuite('case-assignment');
  const clerk = { as: 'clerk-gewerbe' };
  let caseId = '';
  const current = async (as = clerk) => suite.api.call('GET', `/api/cases/${caseId}/assignment`, undefined, as);

  beforeAll(async () => {
    caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(caseId);
    const data = example(catalogueDefinition('gewerbeanmeldung'), 'anmeldung');
    expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data }, { as: 'erika' })).status).toBe(200);
  });

  it('answers nobody before the first assignment, then who assigned whom and when', async () => {
    const before = await current();
    expect(before.status).toBe(200);
    expect(conforms(before.body) ? [] : conforms.errors).toEqual([]);
    expect(before.body).toEqual({ caseId, assignee: null, assignedBy: null, assignedAt: null });
    expect((await suite.api.call('POST', `/api/cases/${caseId}/assignment`, { assignee: 'clerk-gewerbe-2' }, clerk)).status).toBe(200);
    const after = await current({ as: 'clerk-gewerbe-2' });
    expect(conforms(after.body) ? [] : conforms.errors).toEqual([]);
    expect(after.body).toMatchObject({ caseId, assignee: 'clerk-gewerbe-2', assignedBy: 'clerk-gewerbe', assignedAt: expect.any(String) });
    // Reading who works on it is no read of Erika's data.
    expect((await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'erika' })).body).toEqual([]);
  });

  it('refuses citizens and designers (403) and staff who do not see the case (404)', async () => {
    expect((await current({ as: 'erika' })).body).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await current({ as: 'designer' })).status).toBe(403);
    expect((await current({ as: 'clerk-bau' })).status).toBe(404);
  });
});
