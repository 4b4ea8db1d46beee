import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openApiDocument.js';
import { defineRoute } from './RouteSpec.js';
import type { RouteSpec } from './RouteSpec.js';

describe('openApiDocument()', () => {
  const routes = [
    defineRoute({ method: 'post', path: '/api/things', tag: 't', access: 'any', summary: 'Make a thing', idempotent: true, handler: async () => ({}) }),
    defineRoute({ method: 'put', path: '/api/things/:id', tag: 't', access: 'any', summary: 'Replace a thing', params: { id: 'id' }, handler: async () => ({}) }),
  ] as RouteSpec<never>[];
  const paths = openApiDocument(routes, '1.0.0').paths as Record<string, Record<string, { parameters: Record<string, any>[] }>>;

  // Issue 8: nothing said that keys must be 8–128 characters.
  it('declares the Idempotency-Key header of an idempotent route with its limits and replay semantics', () => {
    const header = paths['/api/things']!.post!.parameters.find((p) => p.in === 'header');
    expect(header).toMatchObject({ name: 'Idempotency-Key', required: false, schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' } });
    expect(header!.description).toMatch(/8–128 characters/);
    expect(header!.description).toMatch(/first successful answer again/);
    expect(header!.description).toMatch(/422/);
  });

  it('declares no Idempotency-Key on other routes', () => {
    expect(paths['/api/things/{id}']!.put!.parameters.map((p) => p.name)).toEqual(['id']);
  });
});
