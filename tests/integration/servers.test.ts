import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
