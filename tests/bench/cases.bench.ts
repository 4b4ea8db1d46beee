// `npm run bench:cases [-- --cases N --concurrency C --warmup W --rounds R]` (or BENCH_CASES,
// BENCH_CONCURRENCY, BENCH_WARMUP, BENCH_ROUNDS): Amtsweg cases against a bare Temporal workflow
// with the same Updates and activities, on one dev server and one worker process; three rounds
// by default, each a ratio against its own bare run, summed up as the median in one last line.
// A measurement: it never fails on a miss.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { validateDefinition } from '../../engine/index.js';
import { createCaseWorker } from '../../workers/index.js';
import { devSigners } from '../../workers/devSigners.js';
import { config, startServices } from '../support/services.js';
import { driveCases } from './cases/driveCases.js';
import type { CaseDriver, DriveResult } from './cases/driveCases.js';
import { ACTIVITIES, amtswegDriver, bareDriver } from './cases/drivers.js';
import { fiveSteps, STEPS } from './cases/fiveSteps.js';
import { historyShape } from './cases/historyShape.js';
import type { HistoryShape } from './cases/historyShape.js';
import { printMedian, printReport } from './cases/printReport.js';
import type { RoundRatios } from './cases/printReport.js';
import { openXactCounter, settleStats, STATS_SETTLE_MS } from './cases/xactCommits.js';
import type { XactCounter } from './cases/xactCommits.js';

const { values: args } = parseArgs({ options: { cases: { type: 'string' }, concurrency: { type: 'string' }, warmup: { type: 'string' }, rounds: { type: 'string' } } });
const count = (flag: string | undefined, env: string | undefined, fallback: number) => {
  const n = Number(flag ?? env ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive integer: ${flag ?? env}`);
  return n;
};
const cases = count(args.cases, process.env.BENCH_CASES, 200);
const concurrency = count(args.concurrency, process.env.BENCH_CONCURRENCY, cases);
const warmup = count(args.warmup, process.env.BENCH_WARMUP, 10);
/** Rounds of bare + Amtsweg; the summary is each ratio's median over them. */
const ROUNDS = count(args.rounds, process.env.BENCH_ROUNDS, 3);

const checked = validateDefinition(fiveSteps);
if (!checked.ok) throw new Error(`bench procedure is invalid: ${JSON.stringify(checked.errors)}`);

console.log(`bench:cases — ${cases} cases (${concurrency} at a time, after ${warmup} warm-up cases each), ${STEPS} events per case`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`amtsweg: caseWorkflow on procedure "${fiveSteps.id}" (s0 → … → s${STEPS}, events E1…E${STEPS} by a staff role);`);
console.log('  each transition has one effect, notify to a role without parties (no delivery; one audit append),');
console.log(`  so a case runs ${ACTIVITIES.perUpdate} activity per event (its effect, which also writes the transition's projection and audit`);
console.log('  record), one at the start (the initial state\'s record) and one at the end (the closed case) — work the bare');
console.log('  workflow does not do. All three kinds touch PostgreSQL only, so they run as local activities');
console.log('  (patch \'records-as-local-activities\'): a marker in the history instead of an activity task\'s round trip.');
console.log('bare: a workflow whose Update handler only counts and returns (sendEvent also returns right after the');
console.log('  state change); its main loop then runs one no-op (regular) activity per Update (as many as our effects), one after another,');
console.log('  with the same activity options. Same Update payload; the bare Update returns a number, ours a small');
console.log('  acknowledgement (EventAck). Amtsweg cases start with their two search attributes, as the server starts them.');
console.log('both: one dev server (test SQLite pragmas), two Workers in this process (own task queues), one client;');
console.log('  Update latency = executeUpdate call to acknowledgement; throughput = Updates / (first sent → last acknowledged).');
console.log('  All cases start at once, so a case\'s first Update waits for its first workflow task behind the others\';');
console.log('  its latency is shown apart from the later Updates\', and the last round\'s histories show that task\'s queue time.\n');

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
console.log('[setup] starting Temporal dev server and PostgreSQL …');
const services = await startServices();
Runtime.install({ logger: new DefaultLogger('WARN') });
const run = randomUUID().slice(0, 8);
const caseQueue = `bench-cases-${run}`;
const bareQueue = `bench-bare-${run}`;
console.log(`[setup] services up (${elapsed()}); bundling the two workers' workflow code …`);
const { worker: caseWorker, connection } = await createCaseWorker({
  address: services.temporal.address, namespace: config.namespace, taskQueue: caseQueue, payloadCodec: services.payloadCodec,
  deps: { store: services.store, signerFor: devSigners(services.pkiDir), sealer: services.sealer },
});
const bareWorker = await Worker.create({
  connection, namespace: config.namespace, taskQueue: bareQueue,
  workflowsPath: createRequire(import.meta.url).resolve('./cases/bareWorkflow.ts'),
  activities: { async noop() {} },
  // The client encrypts every payload, so the bare worker decrypts too: both pay the same.
  dataConverter: { payloadCodecs: [services.payloadCodec] },
});
console.log(`[setup] workers ready (${elapsed()})`);

const measure = <H>(label: string, driver: CaseDriver<H>, n: number, quiet = false): Promise<DriveResult> => {
  if (!quiet) console.log(`[${label}] ${n} cases …`);
  const started = performance.now();
  return driveCases(driver, {
    cases: n, events: STEPS, concurrency: Math.min(concurrency, n), progressEvery: 50,
    ...(quiet ? {} : { progress: (done: number) => console.log(`[${label}] ${done}/${n} cases acknowledged (${((performance.now() - started) / 1000).toFixed(1)} s)`) }),
  });
};

/** One round: the bare baseline, then Amtsweg with PostgreSQL's commit count around it. */
async function round(n: number, counter: XactCounter, lastWrite: number): Promise<RoundRatios> {
  const client = services.client;
  const tag = `${run}-r${n}`;
  console.log(`\n── round ${n} of ${ROUNDS} ──`);
  const bare = await measure('bare', bareDriver(client, bareQueue, `bare-${tag}`), cases);
  console.log(`[bare] drained (${elapsed()})`);
  console.log(`[pg] waiting until ${STATS_SETTLE_MS / 1000} s after the last write for the statistics to flush …`);
  await settleStats(lastWrite);
  const before = await counter.read();
  const ours = await measure('amtsweg', amtswegDriver(client, caseQueue, `amtsweg-${tag}`), cases);
  console.log(`[amtsweg] drained (${elapsed()}); waiting ${STATS_SETTLE_MS / 1000} s for the statistics to flush …`);
  await settleStats(performance.now());
  const after = await counter.read();
  let shapes: { ours: HistoryShape; bare: HistoryShape } | undefined;
  if (n === ROUNDS) {
    console.log('[histories] reading the measured cases\' histories …');
    const handles = (prefix: string) => Array.from({ length: cases }, (_, i) => client.workflow.getHandle(`${prefix}-${i}`));
    shapes = { ours: await historyShape(handles(`amtsweg-${tag}`)), bare: await historyShape(handles(`bare-${tag}`)) };
  }
  return printReport(ours, bare, shapes, { commits: after - before, transitions: ours.updates, cases });
}

async function bench(): Promise<RoundRatios[]> {
  const client = services.client;
  console.log(`[warm-up] ${warmup} cases each …`);
  await measure('warm-up', amtswegDriver(client, caseQueue, `warm-amtsweg-${run}`), warmup, true);
  let lastWrite = performance.now();
  await measure('warm-up', bareDriver(client, bareQueue, `warm-bare-${run}`), warmup, true);
  const counter = await openXactCounter(services.postgres.superuserUrl); // pg_stat_force_next_flush() is for superusers
  const rounds: RoundRatios[] = [];
  try {
    for (let n = 1; n <= ROUNDS; n++) {
      rounds.push(await round(n, counter, lastWrite));
      lastWrite = performance.now();
    }
  } finally {
    await counter.close();
  }
  console.log(`\nPostgreSQL statistics: pg_stat_force_next_flush() on the reading connection before each read, and each read`);
  console.log(`  ${STATS_SETTLE_MS / 1000} s after the last write (other backends keep pending counts up to 10 s); the reader's own commits are left out.`);
  return rounds;
}

let rounds: RoundRatios[] = [];
try {
  const done = bench().then((r) => {
    rounds = r;
  });
  const stopped = await Promise.allSettled([caseWorker.runUntil(done), bareWorker.runUntil(done)]);
  for (const s of stopped) if (s.status === 'rejected') throw s.reason;
} finally {
  await connection.close();
  await services.stop();
}
console.log(`\ndone in ${elapsed()}`);
printMedian(rounds);
