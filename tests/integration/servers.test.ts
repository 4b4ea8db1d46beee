import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { OWNER_ROLE, freePort, startLocalPostgres } from '../../scripts/index.js';
import { startTemporalAndPostgres, testDevServerSpec, testDir } from '../support/servers.js';

// Issue 8: after a suite's Temporal server failed to come up, its PostgreSQL cluster was still
// running when `npm test` had ended.
describe('a set-up whose Temporal server fails', () => {
  it('rejects and leaves the PostgreSQL cluster it started stopped', async () => {
    const dir = testDir();
    try {
      const spec = { ...(await testDevServerSpec(dir)), cli: '/bin/false' };
      await expect(startTemporalAndPostgres(dir, spec)).rejects.toThrow(/Temporal dev server on 127\.0\.0\.1/);
      expect(existsSync(join(dir, 'pg', 'PG_VERSION'))).toBe(true); // the cluster was made and started …
      expect(existsSync(join(dir, 'pg', 'postmaster.pid'))).toBe(false); // … and is stopped again
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Issue 9, finding 6: clusters made before password authentication trusted every local
// connection, and their tables belong to the superuser. Their next start must close them.
describe('a local cluster made by an older version (trust authentication)', () => {
  it('gets generated passwords, scram-sha-256 and an owner role that owns its tables', async () => {
    const dir = testDir();
    const secretsFile = join(dir, 'keys', 'postgres.json');
    const options = { dataDir: join(dir, 'pg'), database: 'amtsweg', secretsFile };
    try {
      let postgres = await startLocalPostgres({ ...options, port: await freePort() });
      await query(postgres.superuserUrl, 'create table legacy (id int)');
      await postgres.stop();
      // What an older version left behind: trust for everyone, no passwords on file.
      writeFileSync(join(dir, 'pg', 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n');
      rmSync(secretsFile);

      postgres = await startLocalPostgres({ ...options, port: await freePort() });
      try {
        expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
        expect(readFileSync(join(dir, 'pg', 'pg_hba.conf'), 'utf8')).not.toMatch(/\btrust\b/);
        const anonymous = Object.assign(new URL(postgres.superuserUrl), { password: '' }).toString();
        await expect(query(anonymous, 'select 1')).rejects.toThrow(/password/);
        expect(await query(postgres.superuserUrl, "select tableowner from pg_tables where tablename = 'legacy'")).toEqual([{ tableowner: OWNER_ROLE }]);
      } finally {
        await postgres.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** One statement on its own connection. */
async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query(sql)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}
