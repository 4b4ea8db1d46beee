import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/runCli.js';
import { appendAuditEntry } from '../../documents/index.js';
import type { AuditEntry } from '../../documents/index.js';
import { openStore } from '../../store/index.js';
import { settled } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-buerger' };

// Issue 9, finding 5: with superuser rights the last entry of a chain could be deleted, a log
// truncated, or an entry edited with every later hash recomputed, and `amtsweg audit verify`
// still said "0 broken". Each chain's head and length are now anchored outside the database in
// signed checkpoints, and the verification compares the database against them.
describe('amtsweg audit verify against signed checkpoints (real worker, Temporal, PostgreSQL)', () => {
  const suite = useCaseSuite('checkpoints');
  let superuser: pg.Client;
  const env: Record<string, string | undefined> = {};
  let output = '';

  /** Runs `amtsweg audit verify` as the app would (the app role's URL, the suite's data folder). */
  async function verify(): Promise<number> {
    const out = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { output += `${args.join(' ')}\n`; });
    output = '';
    try {
      return await runCli(['audit', 'verify']);
    } finally {
      out.mockRestore();
    }
  }

  /** A submitted `anfrage` of Erika's, read once by the clerk: audit entries and access-log entries. */
  async function submittedCase(): Promise<string> {
    const id = (await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, erika)).body.id as string;
    suite.caseIds.push(id);
    const submitted = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff: 'Parkausweis', nachricht: 'Bitte um Auskunft.' } }, erika);
    expect(submitted.status).toBe(200);
    await settled(suite.services.client.workflow.getHandle(id));
    expect((await suite.api.call('GET', `/api/cases/${id}?purpose=Bearbeitung`, undefined, clerk)).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    for (const name of ['DATABASE_URL', 'AMTSWEG_DATA_DIR', 'AMTSWEG_PKI_DIR']) env[name] = process.env[name];
    process.env.DATABASE_URL = suite.services.postgres.url;
    process.env.AMTSWEG_DATA_DIR = suite.services.dir;
    process.env.AMTSWEG_PKI_DIR = suite.services.pkiDir;
    // The attacker of this suite holds superuser rights on purpose.
    superuser = new pg.Client({ connectionString: suite.services.postgres.superuserUrl });
    await superuser.connect();
  });

  afterAll(async () => {
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await superuser?.end();
  });

  it('reports nothing broken while the logs are untouched', async () => {
    await submittedCase();
    expect(await verify()).toBe(0);
    expect(output).toMatch(/, 0 broken; checked against \d+ checkpoints/);
    expect(output).not.toContain('not covered by a checkpoint'); // worker and server anchored every append
  });

  it('anchors a chain older than the checkpoints with amtsweg audit checkpoint', async () => {
    // A trail written without checkpoints, as before this change (and by a store opened without them).
    const unanchored = await openStore(suite.services.postgres.url);
    const caseId = randomUUID();
    try {
      await unanchored.appendAudit(caseId, `${caseId}:1`, (prev) => appendAuditEntry(prev as AuditEntry | undefined, { caseId, at: new Date().toISOString(), actor: 'system', action: 'case.imported', details: {} }));
    } finally {
      await unanchored.close();
    }
    expect(await verify()).toBe(0);
    expect(output).toContain('NOTE 1 entries of 1 chains are not covered by a checkpoint yet');
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runCli(['audit', 'checkpoint'])).toBe(0);
    } finally {
      out.mockRestore();
    }
    expect(await verify()).toBe(0);
    expect(output).not.toContain('not covered by a checkpoint');
  });

  it('reports the last entry of an audit trail deleted behind the trigger\'s back', async () => {
    const id = await submittedCase();
    await superuser.query('set session_replication_role = replica');
    const deleted = await superuser.query('delete from audit_entry where case_id = $1 and seq = (select max(seq) from audit_entry where case_id = $1)', [id]);
    await superuser.query('set session_replication_role = origin');
    expect(deleted.rowCount).toBe(1);
    expect(await verify()).toBe(1);
    expect(output).toMatch(new RegExp(`BROKEN audit:${id}: .*\\(truncated\\)`));
  });

  it('reports an audit entry edited with every later hash recomputed', async () => {
    const id = await submittedCase();
    const rows = (await superuser.query('select * from audit_entry where case_id = $1 order by seq', [id])).rows as Record<string, any>[];
    expect(rows.length).toBeGreaterThan(1);
    // Recompute the whole chain with the application's own hash function, as an insider would.
    await superuser.query('set session_replication_role = replica');
    let prev: AuditEntry | undefined;
    for (const row of rows) {
      const details = row.seq === 1 ? { ...row.details, forged: true } : row.details;
      const entry = appendAuditEntry(prev, { caseId: id, at: row.at, actor: row.actor, action: row.action, details });
      await superuser.query('update audit_entry set details = $1, hash = $2, prev_hash = $3 where case_id = $4 and seq = $5',
        [JSON.stringify(entry.details), entry.hash, entry.prevHash, id, row.seq]);
      prev = entry;
    }
    await superuser.query('set session_replication_role = origin');
    expect(await verify()).toBe(1);
    expect(output).toMatch(new RegExp(`BROKEN audit:${id}: .*\\(rewritten\\)`));
  });

  it('reports an access log truncated by a superuser', async () => {
    await submittedCase();
    await superuser.query('set session_replication_role = replica');
    await superuser.query('truncate access_log');
    await superuser.query('set session_replication_role = origin');
    expect(await verify()).toBe(1);
    expect(output).toMatch(/BROKEN access:erika: .*\(truncated\)/);
  });
});
