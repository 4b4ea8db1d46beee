import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 12: two designers on one draft — the second save must not silently overwrite the first.
describe('optimistic concurrency on definition drafts', () => {
  const suite = useCaseSuite('draft-concurrency', { worker: false });
  const call = (method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>) => suite.api.call(method, path, body, { as, ...(headers ? { headers } : {}) });
  const draftOf = async (id: string, as: string) => {
    const res = await call('GET', `/api/definitions/${id}`, as);
    return { etag: res.headers.get('etag')!, content: (res.body as { content: Record<string, unknown> }[]).at(-1)!.content };
  };

  it('answers 412 draft-changed to the second of two designers who opened the same revision', async () => {
    const draft = { ...catalogueDefinition('anfrage'), id: 'zwei-designer' };
    const created = await call('POST', '/api/definitions', 'designer', draft);
    expect(created.headers.get('etag')).toBe(created.body.etag);
    const dana = await draftOf('zwei-designer', 'designer');
    const deniz = await draftOf('zwei-designer', 'designer-2');
    expect(dana.etag).toBe(deniz.etag);

    const first = await call('PUT', '/api/definitions/zwei-designer', 'designer', { ...dana.content, title: { de: 'Von Dana', en: 'By Dana' } }, { 'if-match': dana.etag });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(dana.etag);

    const second = await call('PUT', '/api/definitions/zwei-designer', 'designer-2', { ...deniz.content, title: { de: 'Von Deniz', en: 'By Deniz' } }, { 'if-match': deniz.etag });
    expect(second).toMatchObject({ status: 412, body: { code: 'draft-changed', details: { author: 'designer', etag: first.body.etag } } });
    expect((await draftOf('zwei-designer', 'designer')).content.title).toEqual({ de: 'Von Dana', en: 'By Dana' });

    // Deniz chose "keep mine": saving again over the revision the 412 named.
    const over = await call('PUT', '/api/definitions/zwei-designer', 'designer-2', { ...deniz.content, title: { de: 'Von Deniz', en: 'By Deniz' } }, { 'if-match': second.body.details.etag });
    expect(over.status).toBe(200);
    expect((await draftOf('zwei-designer', 'designer')).content.title).toEqual({ de: 'Von Deniz', en: 'By Deniz' });
  });

  it('refuses a save without If-Match (428), and saves an unchanged draft byte-identical', async () => {
    const draft = { ...catalogueDefinition('anfrage'), id: 'unveraendert' };
    await call('POST', '/api/definitions', 'designer', draft);
    const opened = await draftOf('unveraendert', 'designer');
    expect((await call('PUT', '/api/definitions/unveraendert', 'designer', opened.content)).body).toMatchObject({ code: 'if-match-required' });
    expect((await call('PUT', '/api/definitions/unveraendert', 'designer', opened.content, { 'if-match': opened.etag })).status).toBe(200);
    expect(JSON.stringify((await draftOf('unveraendert', 'designer')).content)).toBe(JSON.stringify(opened.content));
  });
});
