import { enforceRetention } from '../store/index.js';
import type { Store } from '../store/index.js';

/** How often each worker looks for closed cases whose retention has run: retentions are years, an hour late is nothing. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The periodic retention job, run by every worker process (enforceRetention): first a minute
 * after start, then hourly. A worker-side interval rather than a Temporal schedule: the job
 * needs PostgreSQL and the archive folder only, must not depend on Temporal being up, and is
 * safe to run in several workers at once (their runs take turns under a PostgreSQL advisory lock).
 * Returns a function that stops it.
 */
export function startRetentionJob(store: Store, archiveDir: string, log: (line: string) => void = console.log): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await enforceRetention(store, { now: new Date(), archiveDir });
      for (const d of report.deleted) log(`[retention] case ${d.caseId}: e-file archived (${d.exportFile}, sha256 ${d.exportSha256}), personal data deleted`);
      for (const f of report.failed) log(`[retention] case ${f.caseId}: not deleted, will retry: ${f.message}`);
    } catch (err) {
      log(`[retention] run failed, will retry: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  const every = setInterval(() => void run(), RETENTION_INTERVAL_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
