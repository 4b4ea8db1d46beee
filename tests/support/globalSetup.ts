// Vitest global set-up of the integration project: one Temporal dev server and one PostgreSQL
// cluster for the whole run instead of one per suite — a cold start per file was slow and, on a
// loaded 2-core machine, sometimes too slow (issue 8). Suites reach them through environment
// variables (see startServices) and get their own database and task queue.
import { rmSync } from 'node:fs';
import { SHARED_POSTGRES, SHARED_TEMPORAL, startTemporalAndPostgres, testDevServerSpec, testDir } from './servers.js';

export default async function setup(): Promise<() => Promise<void>> {
  const t0 = performance.now();
  const dir = testDir();
  let temporal, postgres;
  try {
    [temporal, postgres] = await startTemporalAndPostgres(dir, await testDevServerSpec(dir));
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const onPostgres = (url: string) => Object.assign(new URL(url), { pathname: '/postgres' }).toString();
  process.env[SHARED_TEMPORAL] = temporal.address;
  process.env[SHARED_POSTGRES] = JSON.stringify({ url: onPostgres(postgres.url), ownerUrl: onPostgres(postgres.ownerUrl), superuserUrl: onPostgres(postgres.superuserUrl) });
  console.log(`[integration] shared Temporal dev server ${temporal.address} and PostgreSQL ${new URL(postgres.url).host} up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // A run that is interrupted (Ctrl-C, a CI time-out) must not leave the cluster running: pg_ctl
  // daemonises it, so nothing else would stop it. Both stops are synchronous at heart.
  const stopNow = () => {
    temporal.process.kill('SIGKILL');
    void postgres.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stopNow();
    process.kill(process.pid, signal);
  };
  process.once('exit', stopNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return async () => {
    process.off('exit', stopNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const steps = await Promise.allSettled([temporal.stop(), postgres.stop()]);
    rmSync(dir, { recursive: true, force: true });
    for (const step of steps) if (step.status === 'rejected') console.error(`[integration] stopping shared services: ${(step.reason as Error).message}`);
  };
}
