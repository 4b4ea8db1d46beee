import type { DriveResult } from './driveCases.js';
import type { HistoryShape } from './historyShape.js';
import { percentile } from './percentile.js';

/**
 * The aims of issue 14: our p99 at most 1.25× and our throughput at least 0.9× of bare
 * Temporal, with at most 2 PostgreSQL transactions per transition.
 */
export const AIM = { p99Ratio: 1.25, throughputRatio: 0.9, pgTxnPerTransition: 2 };

/** The three figures of one round the aims are about. */
export interface RoundRatios {
  throughput: number;
  p99: number;
  /** PostgreSQL commits per event transition (each case's start record counted in). */
  pgTxnPerTransition: number;
}

/** Figures of one run, derived from `driveCases`. */
function figures(r: DriveResult) {
  const window = r.lastAckAt - r.firstUpdateAt;
  return {
    throughput: r.updates / (window / 1000),
    p50: percentile(r.updateMs, 50),
    p90: percentile(r.updateMs, 90),
    p99: percentile(r.updateMs, 99),
    max: percentile(r.updateMs, 100),
    firstP50: percentile(r.firstUpdateMs, 50),
    firstMax: percentile(r.firstUpdateMs, 100),
    laterP50: percentile(r.laterUpdateMs, 50),
    laterP99: percentile(r.laterUpdateMs, 99),
    startP50: percentile(r.startMs, 50),
    acked: window / 1000,
    drained: (r.drainedAt - r.firstUpdateAt) / 1000,
  };
}

const num = (v: number, digits = 1) => v.toFixed(digits).padStart(10);

/** Prints the comparison table, whether the aims are met, and the PostgreSQL figure; returns the round's ratios. */
export function printReport(ours: DriveResult, bare: DriveResult, shapes: { ours: HistoryShape; bare: HistoryShape } | undefined, pg: { commits: number; transitions: number; cases: number }): RoundRatios {
  const a = figures(ours);
  const b = figures(bare);
  const rows: [string, number, number, number][] = [
    ['transitions (Updates) per s', a.throughput, b.throughput, 1],
    ['Update latency p50 (ms)', a.p50, b.p50, 1],
    ['Update latency p90 (ms)', a.p90, b.p90, 1],
    ['Update latency p99 (ms)', a.p99, b.p99, 1],
    ['Update latency max (ms)', a.max, b.max, 1],
    ['  a case\'s first Update p50', a.firstP50, b.firstP50, 1],
    ['  a case\'s first Update max', a.firstMax, b.firstMax, 1],
    ['  later Updates p50', a.laterP50, b.laterP50, 1],
    ['  later Updates p99', a.laterP99, b.laterP99, 1],
    ['workflow start p50 (ms)', a.startP50, b.startP50, 1],
    ['first Update → last ack (s)', a.acked, b.acked, 2],
    ['first Update → all drained (s)', a.drained, b.drained, 2],
  ];
  console.log(`\n${'results'.padEnd(32)}${'amtsweg'.padStart(10)}${'bare'.padStart(10)}${'ours/bare'.padStart(11)}`);
  for (const [label, x, y, digits] of rows) console.log(`  ${label.padEnd(30)}${num(x, digits)}${num(y, digits)}${`${(x / y).toFixed(2)}×`.padStart(11)}`);
  if (shapes) printShapes(shapes);

  const p99Ratio = a.p99 / b.p99;
  const throughputRatio = a.throughput / b.throughput;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\naim');
  console.log(`  p99 ours/bare        ${p99Ratio.toFixed(2)}× (aim ≤ ${AIM.p99Ratio}×)  ${verdict(p99Ratio <= AIM.p99Ratio)}`);
  console.log(`  throughput ours/bare ${throughputRatio.toFixed(2)}× (aim ≥ ${AIM.throughputRatio}×)  ${verdict(throughputRatio >= AIM.throughputRatio)}`);

  console.log('\nPostgreSQL (Amtsweg run only)');
  console.log(`  xact_commit delta              ${pg.commits}`);
  console.log(`  per event transition           ${(pg.commits / pg.transitions).toFixed(2)}  (${pg.transitions} transitions of ${pg.cases} cases; includes each case's start record)`);
  console.log(`  per transition record          ${(pg.commits / (pg.transitions + pg.cases)).toFixed(2)}  (start record + ${pg.transitions / pg.cases} per case)`);
  return { throughput: throughputRatio, p99: p99Ratio, pgTxnPerTransition: pg.commits / pg.transitions };
}

/** Rows of what the histories hold, per case. */
function printShapes(shapes: { ours: HistoryShape; bare: HistoryShape }): void {
  const perCase = (s: HistoryShape, v: number) => num(v / s.workflows, 1);
  console.log(`  ${'history per case: events'.padEnd(30)}${perCase(shapes.ours, shapes.ours.events)}${perCase(shapes.bare, shapes.bare.events)}`);
  console.log(`  ${'  workflow tasks'.padEnd(30)}${perCase(shapes.ours, shapes.ours.workflowTasks)}${perCase(shapes.bare, shapes.bare.workflowTasks)}`);
  console.log(`  ${'  activities'.padEnd(30)}${perCase(shapes.ours, shapes.ours.activities)}${perCase(shapes.bare, shapes.bare.activities)}`);
  console.log(`  ${'  local activities'.padEnd(30)}${perCase(shapes.ours, shapes.ours.localActivities)}${perCase(shapes.bare, shapes.bare.localActivities)}`);
  const p = (v: number[], q: number) => num(percentile(v, q), 0);
  console.log(`  ${'first workflow task: queued p50'.padEnd(30)}${p(shapes.ours.firstTask.queuedMs, 50)}${p(shapes.bare.firstTask.queuedMs, 50)}  ms, scheduled → picked up`);
  console.log(`  ${'                      max'.padEnd(30)}${p(shapes.ours.firstTask.queuedMs, 100)}${p(shapes.bare.firstTask.queuedMs, 100)}`);
  console.log(`  ${'  run p50'.padEnd(30)}${p(shapes.ours.firstTask.runMs, 50)}${p(shapes.bare.firstTask.runMs, 50)}  ms, picked up → completed`);
  console.log(`  ${'workflow task timeouts (all)'.padEnd(30)}${num(shapes.ours.workflowTaskTimeouts, 0)}${num(shapes.bare.workflowTaskTimeouts, 0)}`);
  console.log(`  ${'workflow task failures (all)'.padEnd(30)}${num(shapes.ours.workflowTaskFailures, 0)}${num(shapes.bare.workflowTaskFailures, 0)}`);
  for (const [side, shape] of [['ours', shapes.ours], ['bare', shapes.bare]] as const) for (const d of shape.timeoutDetails) console.log(`    timeout (${side}) ${d}`);
}

/** The median of each ratio over the rounds. */
export function medianRatios(rounds: RoundRatios[]): RoundRatios {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  return {
    throughput: median(rounds.map((r) => r.throughput)),
    p99: median(rounds.map((r) => r.p99)),
    pgTxnPerTransition: median(rounds.map((r) => r.pgTxnPerTransition)),
  };
}

/** The summary over the rounds, ending with the one line the issue asks for. */
export function printMedian(rounds: RoundRatios[]): void {
  const m = medianRatios(rounds);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(`\nmedian of ${rounds.length} rounds (each a ratio against the bare baseline of the same round)`);
  rounds.forEach((r, i) => console.log(`  round ${i + 1}: throughput ${r.throughput.toFixed(2)}×, p99 ${r.p99.toFixed(2)}×, ${r.pgTxnPerTransition.toFixed(2)} PostgreSQL transactions per transition`));
  console.log(`  throughput ≥ ${AIM.throughputRatio}× ${verdict(m.throughput >= AIM.throughputRatio)}; p99 ≤ ${AIM.p99Ratio}× ${verdict(m.p99 <= AIM.p99Ratio)}; `
    + `transactions ≤ ${AIM.pgTxnPerTransition} ${verdict(m.pgTxnPerTransition <= AIM.pgTxnPerTransition)}`);
  console.log(`ratio throughput=${m.throughput.toFixed(2)} p99=${m.p99.toFixed(2)} pg_txn_per_transition=${m.pgTxnPerTransition.toFixed(2)}`);
}
