import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 12: an unchanged definition saves byte-identical — already from the first save, not only
// from the second (a `jsonb` column handed keys back shortest first; the content is `json` now).
describe('definition content keeps its bytes', () => {
  const suite = useCaseSuite('definition-bytes', { worker: false });
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => suite.api.call(method, path, body, { as: 'designer', ...(headers ? { headers } : {}) });
  const draftOf = async (id: string) => {
    const res = await call('GET', `/api/definitions/${id}`);
    return { etag: res.headers.get('etag')!, content: (res.body as { content: Record<string, unknown> }[]).at(-1)!.content };
  };

  it('reads a new draft back with its keys in the order they were sent, and after a save of an edit too', async () => {
    // Keys longest first and an unknown field with nested keys out of alphabetical and length order.
    const { id: _id, ...rest } = catalogueDefinition('anfrage');
    const sent = { 'x-notizen': { zuletzt: 'heute', a: 1, mittel: [{ zz: true, b: null }] }, ...rest, id: 'bytegleich' };
    expect((await call('POST', '/api/definitions', sent)).status).toBe(201);
    const opened = await draftOf('bytegleich');
    expect(JSON.stringify(opened.content)).toBe(JSON.stringify({ ...sent, version: opened.content.version }));
    expect(Object.keys(opened.content)[0]).toBe('x-notizen');

    const edited = { ...opened.content, title: { en: 'Bytes', de: 'Bytes' } };
    expect((await call('PUT', '/api/definitions/bytegleich', edited, { 'if-match': opened.etag })).status).toBe(200);
    expect(JSON.stringify((await draftOf('bytegleich')).content)).toBe(JSON.stringify(edited));
  });
});
