/** How to run one kind of case: start it, send its k-th event (1-based), await its end. */
export interface CaseDriver<H> {
  start(index: number): Promise<H>;
  send(handle: H, k: number): Promise<unknown>;
  finished(handle: H): Promise<unknown>;
}

/** What `driveCases` measured; times in ms on the `performance.now()` clock. */
export interface DriveResult {
  cases: number;
  updates: number;
  /** Latency of each Update, from the call to its acknowledgement. */
  updateMs: number[];
  /**
   * The same, split: each case's first Update (it waits for the case's first workflow task, which
   * a burst of new cases queues up) and its later ones.
   */
  firstUpdateMs: number[];
  laterUpdateMs: number[];
  /** Latency of each workflow start. */
  startMs: number[];
  firstUpdateAt: number;
  lastAckAt: number;
  /** When the last case completed (all its activities carried out). */
  drainedAt: number;
}

/** Options of `driveCases`. */
export interface DriveOptions {
  cases: number;
  events: number;
  /** Cases in flight at once. */
  concurrency: number;
  /** Called after every `progressEvery` cases whose events are all acknowledged. */
  progress?: (done: number) => void;
  progressEvery?: number;
}

/**
 * Runs `cases` cases, at most `concurrency` at a time: each is started, then gets its events
 * one after another. A case frees its slot when its last event is acknowledged; its
 * completion (the effects draining) is awaited at the end.
 */
export async function driveCases<H>(driver: CaseDriver<H>, opts: DriveOptions): Promise<DriveResult> {
  const result: DriveResult = {
    cases: opts.cases, updates: 0, updateMs: [], firstUpdateMs: [], laterUpdateMs: [], startMs: [], firstUpdateAt: Infinity, lastAckAt: 0, drainedAt: 0,
  };
  const finished: Promise<unknown>[] = [];
  let next = 0;
  let acknowledged = 0;
  const runOne = async (index: number) => {
    const t0 = performance.now();
    const handle = await driver.start(index);
    result.startMs.push(performance.now() - t0);
    for (let k = 1; k <= opts.events; k++) {
      const sent = performance.now();
      await driver.send(handle, k);
      const acked = performance.now();
      result.firstUpdateAt = Math.min(result.firstUpdateAt, sent);
      result.lastAckAt = Math.max(result.lastAckAt, acked);
      result.updateMs.push(acked - sent);
      (k === 1 ? result.firstUpdateMs : result.laterUpdateMs).push(acked - sent);
      result.updates += 1;
    }
    finished.push(driver.finished(handle));
    acknowledged += 1;
    if (opts.progress && acknowledged % (opts.progressEvery ?? 50) === 0) opts.progress(acknowledged);
  };
  const lane = async () => {
    while (next < opts.cases) await runOne(next++);
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, opts.cases) }, lane));
  await Promise.all(finished);
  result.drainedAt = performance.now();
  return result;
}
