import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../server/index.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: a clerk saves the queue's filter under a name, sees their own saved filters only,
// and deletes one; stored in PostgreSQL per person.
const doc = apiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const listSchema = ajv.compile(doc.paths['/api/staff/saved-filters']!.get!.responses['200']!.content!['application/json']!.schema);
const savedSchema = ajv.compile(doc.paths['/api/staff/saved-filters']!.post!.responses['200']!.content!['application/json']!.schema);

describe('saved queue filters (/api/staff/saved-filters)', () => {
  const suite = useCaseSuite('saved-filters', { worker: false });
  const gewerbe = { as: 'clerk-gewerbe' };
  const list = async (as = gewerbe) => {
    const res = await suite.api.call('GET', '/api/staff/saved-filters', undefined, as);
    expect(res.status).toBe(200);
    expect(listSchema(res.body) ? [] : listSchema.errors).toEqual([]);
    return res.body as { id: string; name: string; query: string }[];
  };

  it('saves a filter under a name, lists it for its owner only, and replaces its query when the name is saved again', async () => {
    const saved = await suite.api.call('POST', '/api/staff/saved-filters', { name: '  Meine Fristen ', query: 'ansicht=mine&fristBis=2026-12-01' }, gewerbe);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(savedSchema(saved.body) ? [] : savedSchema.errors).toEqual([]);
    expect(saved.body).toMatchObject({ name: 'Meine Fristen', query: 'ansicht=mine&fristBis=2026-12-01' });
    expect(await list()).toEqual([expect.objectContaining({ id: saved.body.id, name: 'Meine Fristen' })]);
    expect(await list({ as: 'clerk-bau' })).toEqual([]);

    const again = await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Meine Fristen', query: 'verfahren=gewerbeanmeldung' }, gewerbe);
    expect(again.body).toMatchObject({ id: saved.body.id, query: 'verfahren=gewerbeanmeldung' });
    expect((await list()).map((f) => f.query)).toEqual(['verfahren=gewerbeanmeldung']);
  });

  it('answers a repeated POST with the same Idempotency-Key once, as the first time', async () => {
    const headers = { 'Idempotency-Key': `filter-${randomUUID()}` };
    const body = { name: 'Prüfung', query: 'schritt=pruefung' };
    const first = await suite.api.call('POST', '/api/staff/saved-filters', body, { ...gewerbe, headers });
    const second = await suite.api.call('POST', '/api/staff/saved-filters', body, { ...gewerbe, headers });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replay')).toBe('true');
    expect((await list()).filter((f) => f.name === 'Prüfung')).toHaveLength(1);
  });

  it('deletes a filter for its owner only; another clerk gets 404', async () => {
    const { body: made } = await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Weg damit', query: '' }, gewerbe);
    expect((await suite.api.call('DELETE', `/api/staff/saved-filters/${made.id}`, undefined, { as: 'clerk-bau' })).status).toBe(404);
    expect((await list()).map((f) => f.id)).toContain(made.id);
    expect((await suite.api.call('DELETE', `/api/staff/saved-filters/${made.id}`, undefined, gewerbe)).status).toBe(204);
    expect((await list()).map((f) => f.id)).not.toContain(made.id);
    expect((await suite.api.call('DELETE', `/api/staff/saved-filters/${made.id}`, undefined, gewerbe)).body).toMatchObject({ status: 404, code: 'saved-filter-not-found' });
  });

  it('refuses a blank name and a query that is no URL query', async () => {
    for (const body of [{ name: '   ', query: '' }, { name: 'x', query: '?ansicht=mine' }, { name: 'x', query: 'a=<script>' }, { name: 'a\u0007b', query: '' }]) {
      const res = await suite.api.call('POST', '/api/staff/saved-filters', body, gewerbe);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('invalid-request');
    }
  });

  it('keeps at most 50 filters per clerk, but lets a kept name be saved again', async () => {
    const kept = (await list()).length;
    for (let i = kept; i < 50; i++) {
      expect((await suite.api.call('POST', '/api/staff/saved-filters', { name: `Filter ${i}`, query: `schritt=s${i}` }, gewerbe)).status).toBe(200);
    }
    const over = await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Einer zu viel', query: '' }, gewerbe);
    expect(over.body).toMatchObject({ status: 409, code: 'too-many-saved-filters' });
    expect((await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Prüfung', query: 'schritt=pruefung&ansicht=mine' }, gewerbe)).status).toBe(200);
    expect((await suite.api.call('POST', '/api/staff/saved-filters', { name: 'Für Bau', query: '' }, { as: 'clerk-bau' })).status).toBe(200);
  });
});
