// The run's servers for integration tests: a Temporal dev server and a PostgreSQL cluster in a
// throw-away folder. Kept apart from services.ts so that the global set-up loads only these (and
// not the signing libraries, which must be loaded once per process).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTemporalCli, freePort, readTemporalConfig, startLocalPostgres, startTemporalDevServer } from '../../scripts/index.js';
import type { DevServer, DevServerSpec, LocalPostgres } from '../../scripts/index.js';

const config = readTemporalConfig();

/** Environment variables through which the global set-up hands its services to the suites. */
export const SHARED_TEMPORAL = 'AMTSWEG_TEST_TEMPORAL_ADDRESS';
/** The shared cluster's URLs (JSON of LocalPostgres without `stop`), each on database `postgres`. */
export const SHARED_POSTGRES = 'AMTSWEG_TEST_POSTGRES_URLS';

/** A throw-away folder the postgres OS user can enter. */
export function testDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-test-'));
  chmodSync(dir, 0o755); // the postgres OS user must reach its data folder
  return dir;
}

/** The spec of a headless test dev server keeping its history in `dir`. */
export async function testDevServerSpec(dir: string): Promise<DevServerSpec> {
  const cli = findTemporalCli();
  if (!cli) throw new Error('No Temporal CLI; run node scripts/bootstrap.mjs test');
  return {
    ...config.devServer, sqlitePragmas: config.testServer.sqlitePragmas, cli: cli.path, headless: true,
    port: await freePort(), dbFilename: join(dir, 'temporal.db'), namespace: config.namespace, searchAttributes: config.searchAttributes,
  };
}

/**
 * Starts a dev server and a cluster side by side. If one fails, the other is stopped before the
 * error is thrown: a failed set-up leaves nothing running.
 */
export async function startTemporalAndPostgres(dir: string, spec: DevServerSpec): Promise<[DevServer, LocalPostgres]> {
  const started = await Promise.allSettled([
    startTemporalDevServer(spec),
    freePort().then((port) => startLocalPostgres({ dataDir: join(dir, 'pg'), port, database: 'amtsweg', secretsFile: join(dir, 'keys', 'postgres.json') })),
  ]);
  const [temporal, postgres] = started;
  if (temporal.status === 'fulfilled' && postgres.status === 'fulfilled') return [temporal.value, postgres.value];
  await Promise.allSettled(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
  throw (temporal.status === 'rejected' ? temporal.reason : (postgres as PromiseRejectedResult).reason) as Error;
}

