import type { ProcedureConfig } from '../engine/index.js';
import type { EffectDeps } from './effects/EffectInput.js';
import { notifyDeadlinesNear } from './staffNotices.js';

/** How often each worker looks for deadlines running out: notices are per day, an hour is soon enough. */
export const DEADLINE_NEAR_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The periodic "deadline near" job, run by every worker process like the retention job: first
 * a minute after start, then hourly. Several workers may run it at once — each notice's key
 * (case and deadline) lets only the first of them deliver it. `catalogue`: the definition files, for
 * the procedures' titles. Returns a function that stops it.
 */
export function startDeadlineNearJob(deps: EffectDeps, days: number, catalogue: ReadonlyMap<string, ProcedureConfig>, log: (line: string) => void = console.log): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await notifyDeadlinesNear(deps, new Date(), days, catalogue);
    } catch (err) {
      log(`[deadline-near] run failed, will retry: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  const every = setInterval(() => void run(), DEADLINE_NEAR_INTERVAL_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
