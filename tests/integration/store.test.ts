import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../support/services.js';
import type { TestServices } from '../support/services.js';

describe('store (real PostgreSQL)', () => {
  let services: TestServices;
  beforeAll(async () => { services = await startServices(); });
  afterAll(async () => { await services?.stop(); });

  const projection = (id: string, seq: number, state: string) => ({
    id, procedure: 'anfrage', version: 1, authority: 'buergeramt', state, status: 'active', parties: [], deadlines: [], seq,
  });

  it('projectCase() keeps the newest projection when updates arrive out of order', async () => {
    const id = randomUUID();
    await services.store.projectCase(projection(id, 2, 'submitted'));
    await services.store.projectCase(projection(id, 1, 'draft'));
    expect((await services.store.getCase(id))?.state).toBe('submitted');
    await services.store.projectCase(projection(id, 3, 'answered'));
    expect((await services.store.getCase(id))?.state).toBe('answered');
  });

  it('appendAudit() chains entries, appends each idempotency key once, and refuses UPDATE and DELETE', async () => {
    const caseId = randomUUID();
    const link = (action: string) => (prev: { seq: number; hash: string } | undefined) => ({
      seq: (prev?.seq ?? 0) + 1, prevHash: prev?.hash ?? null, hash: `${action}`.padEnd(64, '0'), at: new Date().toISOString(), actor: 'system', action, details: {},
    });
    await services.store.appendAudit(caseId, `${caseId}:a`, link('a'));
    await services.store.appendAudit(caseId, `${caseId}:b`, link('b'));
    await services.store.appendAudit(caseId, `${caseId}:b`, link('b-again'));
    const trail = await services.store.auditTrail(caseId);
    expect(trail.map((e) => [e.seq, e.action, e.prevHash?.[0] ?? null])).toEqual([[1, 'a', null], [2, 'b', 'a']]);
    const client = new pg.Client({ connectionString: services.postgres.url });
    await client.connect();
    try {
      await expect(client.query('update audit_entry set action = $1 where case_id = $2', ['forged', caseId])).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_entry where case_id = $1', [caseId])).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('claimMail() returns the existing outbox entry on a second claim', async () => {
    const effectKey = `${randomUUID()}:1:0`;
    const mail = { effectKey, recipient: 'citizen-a', address: 'a@example.org', subject: 'S', messageId: '<x@amtsweg.local>', status: 'pending' as const, sentAt: null };
    expect((await services.store.claimMail(mail)).status).toBe('pending');
    await services.store.markMailSent(effectKey);
    expect((await services.store.claimMail(mail)).status).toBe('sent');
  });
});
