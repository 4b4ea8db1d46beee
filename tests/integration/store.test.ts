import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../../scripts/index.js';
import { startServices } from '../support/services.js';
import type { TestServices } from '../support/services.js';

/** Connects and disconnects; rejects as the connection does. */
async function connectOnce(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => undefined);
  }
}

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
    // The schema owner is refused by the trigger (the app role already by its privileges, below).
    await withClient(services.postgres.ownerUrl, async (client) => {
      await expect(client.query('update audit_entry set action = $1 where case_id = $2', ['forged', caseId])).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_entry where case_id = $1', [caseId])).rejects.toThrow(/append-only/);
    });
  });

  it('appendEffectAudit() writes transition and effect links in one transaction, and a retry whose effect link is there already adds nothing', async () => {
    const caseId = randomUUID();
    const link = (action: string) => (prev: { seq: number; hash: string } | undefined) => ({
      seq: (prev?.seq ?? 0) + 1, prevHash: prev?.hash ?? null, hash: `${action}`.padEnd(64, '0'), at: new Date().toISOString(), actor: 'system', action, details: {},
    });
    const effect = (key: string) => ({ key, caseId, eventSeq: 1, effectIndex: 0, type: 'notify', params: {} });
    const first = await services.store.appendEffectAudit(caseId, `${caseId}:effect-1`, link('e1'),
      { transition: { projection: projection(caseId, 1, 'submitted'), idemKey: `${caseId}:t1`, link: link('t1') }, effect: effect(`${caseId}:effect-1`) });
    expect(first).toMatchObject({ entry: { seq: 2, action: 'e1' }, recorded: true });
    // The effect's link exists already (written by an earlier attempt) while the transition is new:
    // the insert after the transition's link finds the key taken and answers the entry that is there.
    await services.store.appendAudit(caseId, `${caseId}:effect-2`, link('e2'));
    const retried = await services.store.appendEffectAudit(caseId, `${caseId}:effect-2`, link('e2-again'),
      { transition: { projection: projection(caseId, 2, 'answered'), idemKey: `${caseId}:t2`, link: link('t2') }, effect: effect(`${caseId}:effect-2`) });
    expect(retried.entry).toMatchObject({ seq: 3, action: 'e2' });
    const trail = await services.store.auditTrail(caseId);
    expect(trail.map((e) => [e.seq, e.action, e.prevHash?.slice(0, 2) ?? null])).toEqual([[1, 't1', null], [2, 'e1', 't1'], [3, 'e2', 'e1'], [4, 't2', 'e2']]);
    expect((await services.store.getCase(caseId))?.state).toBe('answered');
  });

  // Issue 9, finding 5: the app connected as the superuser, so TRUNCATE (which the row trigger
  // does not cover), DDL and replication mode were all open to it.
  it('lets the app role append to the logs but never UPDATE, DELETE or TRUNCATE them, nor change the schema', async () => {
    await withClient(services.postgres.url, async (app) => {
      const role = (await app.query('select rolsuper, rolreplication, rolbypassrls, rolcreatedb, rolcreaterole from pg_roles where rolname = current_user')).rows[0];
      expect(role).toEqual({ rolsuper: false, rolreplication: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false });
      for (const table of ['audit_entry', 'access_log']) {
        await expect(app.query(`update ${table} set seq = seq`), table).rejects.toThrow(/permission denied/);
        await expect(app.query(`delete from ${table}`), table).rejects.toThrow(/permission denied/);
        await expect(app.query(`truncate ${table}`), table).rejects.toThrow(/permission denied/);
        await expect(app.query(`alter table ${table} disable trigger all`), table).rejects.toThrow(/must be owner/);
      }
      await expect(app.query('create table forged (i int)')).rejects.toThrow(/permission denied/);
      await expect(app.query('drop table case_record')).rejects.toThrow(/must be owner/);
      await expect(app.query('set session_replication_role = replica')).rejects.toThrow(/permission denied/);
    });
  });

  it('refuses TRUNCATE of every append-only table, to the schema owner too', async () => {
    await withClient(services.postgres.ownerUrl, async (owner) => {
      const appendOnly = (await owner.query(`select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
        join pg_proc p on p.oid = t.tgfoid where p.proname = 'amtsweg_append_only' order by 1`)).rows.map((r) => r.relname as string);
      expect(appendOnly).toEqual(expect.arrayContaining(['access_log', 'audit_entry']));
      for (const table of appendOnly) await expect(owner.query(`truncate ${table}`), table).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    });
  });

  // Issue 9, finding 6: the local cluster trusted every connection to 127.0.0.1 as any role.
  it('refuses a connection without the password, or with a wrong one', async () => {
    for (const url of [services.postgres.url, services.postgres.superuserUrl]) {
      const anonymous = new URL(url);
      anonymous.password = '';
      await expect(connectOnce(anonymous.toString())).rejects.toThrow(/password/);
      anonymous.password = 'wrong';
      await expect(connectOnce(anonymous.toString())).rejects.toThrow(/password authentication failed/);
    }
  });

  it('claimMail() lets one attempt hold a mail: a second claim waits, a sent mail stays sent, an expired lease is taken over', async () => {
    const effectKey = `${randomUUID()}:1:0`;
    const mail = { effectKey, recipient: 'citizen-a', address: 'a@example.org', subject: 'S', messageId: '<x@amtsweg.local>' };
    expect((await services.store.claimMail(mail, 'first', 30)).outcome).toBe('claimed');
    expect((await services.store.claimMail({ ...mail, address: 'b@example.org' }, 'second', 30)).outcome).toBe('held');
    await services.store.releaseMail(effectKey, 'first');
    const again = await services.store.claimMail({ ...mail, address: 'b@example.org' }, 'second', 0);
    expect(again).toMatchObject({ outcome: 'claimed', mail: { address: 'a@example.org', holder: 'second', status: 'sending' } });
    // A lease of 0 s has run out: its holder counts as dead and the next attempt takes over.
    expect((await services.store.claimMail(mail, 'third', 30)).outcome).toBe('claimed');
    expect(await services.store.renewMailLease(effectKey, 'second', 30)).toBe(false);
    expect(await services.store.renewMailLease(effectKey, 'third', 30)).toBe(true);
    await services.store.markMailSent(effectKey);
    expect((await services.store.claimMail(mail, 'fourth', 30)).outcome).toBe('sent');
  });
});
