import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9: a designer could publish a definition under an existing procedure id with another
// authority, live for new cases at once. Publishing is the coordinating ministry's act.
describe('publishing a procedure version (four eyes)', () => {
  const suite = useCaseSuite('publishing', { worker: false });
  const call = (method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>) => suite.api.call(method, path, body, { as, ...(headers ? { headers } : {}) });

  it('goes live only after another designer approved it, and records who asked, approved and published', async () => {
    const draft = { ...catalogueDefinition('anfrage'), id: 'vier-augen' };
    expect((await call('POST', '/api/definitions', 'designer', draft)).status).toBe(201);

    const asked = await call('POST', '/api/definitions/vier-augen/publish', 'designer');
    expect(asked).toMatchObject({ status: 200, body: { status: 'pending', approvalsNeeded: 1 } });
    const reviewed = { sha256: asked.body.sha256 as string };
    expect((await call('GET', '/api/procedures/vier-augen', 'erika')).status).toBe(404); // not live yet
    expect((await call('POST', '/api/cases', 'erika', { procedure: 'vier-augen' })).status).toBe(422);

    const self = await call('POST', '/api/definitions/vier-augen/approve', 'designer', reviewed);
    expect(self).toMatchObject({ status: 403, body: { code: 'four-eyes' } });

    const approved = await call('POST', '/api/definitions/vier-augen/approve', 'designer-2', reviewed);
    expect(approved).toMatchObject({ status: 200, body: { status: 'published', approvalsNeeded: 0 } });
    expect((await call('GET', '/api/procedures/vier-augen', 'erika')).status).toBe(200);
    const listed = (await call('GET', '/api/definitions', 'designer')).body.find((d: { id: string }) => d.id === 'vier-augen');
    expect(listed).toMatchObject({ status: 'published', publishRequestedBy: 'designer', approvals: ['designer-2'], publishedBy: 'designer' });
  });

  it('withdraws the request when the draft changes, so only what was approved goes live', async () => {
    const draft = { ...catalogueDefinition('anfrage'), id: 'geaendert' };
    const { etag } = (await call('POST', '/api/definitions', 'designer', draft)).body as { etag: string };
    const first = (await call('POST', '/api/definitions/geaendert/publish', 'designer')).body.sha256 as string;
    expect((await call('PUT', '/api/definitions/geaendert', 'designer-2', { ...draft, title: { de: 'Anders', en: 'Other' } }, { 'if-match': etag })).status).toBe(200);
    expect((await call('POST', '/api/definitions/geaendert/approve', 'designer-2', { sha256: first })).body).toMatchObject({ code: 'nothing-pending' });
    const second = (await call('POST', '/api/definitions/geaendert/publish', 'designer')).body.sha256 as string;
    // designer-2 wrote this version last: their approval would be their own work.
    expect((await call('POST', '/api/definitions/geaendert/approve', 'designer-2', { sha256: second })).body).toMatchObject({ code: 'four-eyes' });
  });

  it('refuses an approval of content other than the one reviewed (swapped after the review)', async () => {
    const harmless = { ...catalogueDefinition('anfrage'), id: 'getauscht' };
    const { etag } = (await call('POST', '/api/definitions', 'designer', harmless)).body as { etag: string };
    const reviewed = (await call('POST', '/api/definitions/getauscht/publish', 'designer')).body.sha256 as string;
    // The author changes the draft and asks again before the reviewer clicks: same id, same version.
    await call('PUT', '/api/definitions/getauscht', 'designer', { ...harmless, title: { de: 'Untergeschoben', en: 'Swapped' } }, { 'if-match': etag });
    await call('POST', '/api/definitions/getauscht/publish', 'designer');
    const approve = await call('POST', '/api/definitions/getauscht/approve', 'designer-2', { sha256: reviewed });
    expect(approve).toMatchObject({ status: 409, body: { code: 'content-changed' } });
    expect((await call('GET', '/api/procedures/getauscht', 'erika')).status).toBe(404);
  });

  it('refuses a version that hands a procedure to another authority', async () => {
    const hijack = { ...catalogueDefinition('gewerbeanmeldung'), authority: 'bauaufsicht' };
    expect((await call('POST', '/api/definitions', 'designer', hijack)).status).toBe(201);
    const asked = await call('POST', '/api/definitions/gewerbeanmeldung/publish', 'designer');
    expect(asked).toMatchObject({ status: 422, body: { code: 'authority-changed' } });
    expect((await call('GET', '/api/procedures/gewerbeanmeldung', 'erika')).body.authority).toBe('gewerbeamt');
  });
});
