import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useCaseSuite } from '../support/suite.js';

// Issue 15, found by the chaos run (seed 1): a server killed after starting the case's workflow
// but before keeping the key's answer lets a later retry run the request again. It must find
// the case it opened, not open a second one.
describe('a keyed POST /api/cases retried after its answer was lost', () => {
  const suite = useCaseSuite('idem-open');

  it('answers with the case the first attempt opened', async () => {
    const key = `lost-answer-${randomUUID()}`;
    const first = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika', headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    suite.caseIds.push(first.body.id);
    // What the killed server leaves behind, once its claim is stale: no kept answer for the key.
    const db = new pg.Client({ connectionString: suite.services.postgres.superuserUrl });
    await db.connect();
    try {
      expect((await db.query('delete from idempotency_record where key = $1', [key])).rowCount).toBe(1);
      const again = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika', headers: { 'idempotency-key': key } });
      expect([again.status, again.body.id, again.headers.get('idempotent-replay')]).toEqual([201, first.body.id, null]);
      const mine = await db.query("select id from case_record where parties @> $1::jsonb", [JSON.stringify([{ id: 'erika' }])]);
      expect(mine.rows.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
      // Without a key every POST opens a case of its own.
      const unkeyed = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as: 'erika' });
      expect(unkeyed.body.id).not.toBe(first.body.id);
      suite.caseIds.push(unkeyed.body.id);
    } finally {
      await db.end();
    }
  });
});
