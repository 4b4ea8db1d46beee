import type { DriveResult } from './driveCases.js';
import type { HistoryShape } from './historyShape.js';
import { percentile } from './percentile.js';

/** The aims of the issue: our p99 at most 1.25× and our throughput at least 0.8× of bare Temporal. */
export const AIM = { p99Ratio: 1.25, throughputRatio: 0.8 };

/** Figures of one run, derived from `driveCases`. */
function figures(r: DriveResult) {
  const window = r.lastAckAt - r.firstUpdateAt;
  return {
    throughput: r.updates / (window / 1000),
    p50: percentile(r.updateMs, 50),
    p90: percentile(r.updateMs, 90),
    p99: percentile(r.updateMs, 99),
    max: percentile(r.updateMs, 100),
    startP50: percentile(r.startMs, 50),
    acked: window / 1000,
    drained: (r.drainedAt - r.firstUpdateAt) / 1000,
  };
}

const num = (v: number, digits = 1) => v.toFixed(digits).padStart(10);

/** Prints the comparison table, whether the aims are met, and the PostgreSQL figure. */
export function printReport(ours: DriveResult, bare: DriveResult, shapes: { ours: HistoryShape; bare: HistoryShape }, pg: { commits: number; transitions: number; cases: number }): void {
  const a = figures(ours);
  const b = figures(bare);
  const rows: [string, number, number, number][] = [
    ['transitions (Updates) per s', a.throughput, b.throughput, 1],
    ['Update latency p50 (ms)', a.p50, b.p50, 1],
    ['Update latency p90 (ms)', a.p90, b.p90, 1],
    ['Update latency p99 (ms)', a.p99, b.p99, 1],
    ['Update latency max (ms)', a.max, b.max, 1],
    ['workflow start p50 (ms)', a.startP50, b.startP50, 1],
    ['first Update → last ack (s)', a.acked, b.acked, 2],
    ['first Update → all drained (s)', a.drained, b.drained, 2],
  ];
  console.log(`\n${'results'.padEnd(32)}${'amtsweg'.padStart(10)}${'bare'.padStart(10)}${'ours/bare'.padStart(11)}`);
  for (const [label, x, y, digits] of rows) console.log(`  ${label.padEnd(30)}${num(x, digits)}${num(y, digits)}${`${(x / y).toFixed(2)}×`.padStart(11)}`);
  const perCase = (s: HistoryShape, v: number) => num(v / s.workflows, 1);
  console.log(`  ${'history per case: events'.padEnd(30)}${perCase(shapes.ours, shapes.ours.events)}${perCase(shapes.bare, shapes.bare.events)}`);
  console.log(`  ${'  workflow tasks'.padEnd(30)}${perCase(shapes.ours, shapes.ours.workflowTasks)}${perCase(shapes.bare, shapes.bare.workflowTasks)}`);
  console.log(`  ${'  activities'.padEnd(30)}${perCase(shapes.ours, shapes.ours.activities)}${perCase(shapes.bare, shapes.bare.activities)}`);
  console.log(`  ${'workflow task timeouts (all)'.padEnd(30)}${num(shapes.ours.workflowTaskTimeouts, 0)}${num(shapes.bare.workflowTaskTimeouts, 0)}`);
  console.log(`  ${'workflow task failures (all)'.padEnd(30)}${num(shapes.ours.workflowTaskFailures, 0)}${num(shapes.bare.workflowTaskFailures, 0)}`);

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
}
