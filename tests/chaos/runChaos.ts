// One chaos run: the cluster up, citizens and clerks at work while the driver injects faults,
// then settling, the invariants and the table's figures.
import { startChaosCluster } from './cluster.js';
import { startDeadlineCases } from './deadlines.js';
import type { DeadlineCase } from './deadlines.js';
import { planFaults, runFaults } from './faults.js';
import { createChaosClient } from './httpClient.js';
import { checkInvariants, holds } from './invariants.js';
import type { Findings } from './invariants.js';
import { Load, planSubmissions } from './load.js';
import type { Submission } from './load.js';
import { createPrng } from './prng.js';
import type { ChaosResult } from './report.js';
import { signToken } from './tokens.js';
import type { Person } from './tokens.js';

/** What to run; `windowMs` is the span in which faults start (from the first submission). */
export interface ChaosOptions {
  seed: number;
  submissions: number;
  faults: number;
  windowMs: number;
  concurrency: number;
  workers: number;
  servers: number;
  deadlines: number;
  /** Longest wait, after the load, for every case to reach its state. */
  settleMs: number;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the whole thing and returns the table's figures; stops everything it started. */
export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const t0 = Date.now();
  o.log(`[chaos] seed ${o.seed}: ${o.submissions} submissions, ${o.faults} faults within ${(o.windowMs / 1000).toFixed(0)} s, ${o.workers} workers, ${o.servers} API servers`);
  const cluster = await startChaosCluster({ workers: o.workers, servers: o.servers, log: o.log });
  // Ctrl-C or a kill: stop the processes and services of the run before leaving.
  const interrupted = (signal: NodeJS.Signals) => {
    o.log(`[chaos] ${signal}: stopping the run's processes …`);
    void cluster.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    o.log(`[chaos] up in ${((Date.now() - t0) / 1000).toFixed(1)} s: servers ${cluster.serverUrls.join(', ')}, Temporal ${cluster.services.temporal.address}`);
    const tokens = new Map<string, Promise<string>>();
    const tokenOf = (p: Person) => {
      if (!tokens.has(p.sub)) tokens.set(p.sub, signToken(cluster.services.dir, cluster.publicUrl, p));
      return tokens.get(p.sub)!;
    };
    const client = createChaosClient(cluster.serverUrls);
    const prng = createPrng(o.seed);
    const plan = planSubmissions(prng, o.submissions, o.seed);
    const faultPlan = planFaults(prng, o.faults, o.windowMs);
    const load = new Load(client, tokenOf, o.seed);
    const all: Submission[] = [...plan.submissions];
    const prober: Person = { sub: `chaos-${o.seed}-prober`, kind: 'citizen', email: 'prober@example.org' };
    // A probe: one more citizen's submission, withdrawn again; resolves when it was acknowledged.
    const probe = async () => {
      const s: Submission = { n: all.length, citizen: prober, path: 'withdrawn', idsSeen: new Set(), errors: [] };
      all.push(s);
      await load.submit(s);
      return s.acknowledgedAt ?? Date.now();
    };
    // Deadlines fall due across the fault window, so some fall into outages.
    const seconds = Array.from({ length: o.deadlines }, (_, i) => Math.round(5 + (o.windowMs / 1000) * (i + 0.5) / o.deadlines));
    const deadlineCases: DeadlineCase[] = o.deadlines ? await startDeadlineCases(cluster, prober.sub, seconds) : [];
    const loadStart = Date.now();
    let faultsDone = 0;
    const progress = setInterval(() => {
      o.log(`[chaos] ${((Date.now() - loadStart) / 1000).toFixed(0)} s: ${load.acknowledged}/${o.submissions} acknowledged, ${load.closed} closed, ${client.stats.retries} retries, faults ${faultsDone}/${o.faults}`);
    }, 10_000);
    let faults;
    try {
      [faults] = await Promise.all([
        runFaults(cluster, faultPlan, {
          probe,
          // A deadline 2 s ahead, then the fault at once: it falls due while Temporal or PostgreSQL is down.
          before: async (kind) => { if (kind === 'temporal-restart' || kind === 'postgres-immediate') deadlineCases.push(...await startDeadlineCases(cluster, prober.sub, [2])); },
          log: (line) => { if (line.includes('restored')) faultsDone += 1; o.log(line); },
        }, o.workers, o.servers),
        load.run(plan.submissions, o.concurrency, plan.clerks),
      ]);
    } finally {
      clearInterval(progress);
    }
    const loadMs = Date.now() - loadStart;
    o.log(`[chaos] load done in ${(loadMs / 1000).toFixed(1)} s; settling …`);
    const settleStart = Date.now();
    let findings: Findings;
    for (;;) {
      findings = await checkInvariants(cluster, all, deadlineCases, faults, false);
      if (holds(findings) || Date.now() - settleStart > o.settleMs) break;
      await sleep(2_000);
    }
    const settleMs = Date.now() - settleStart;
    findings = await checkInvariants(cluster, all, deadlineCases, faults, true);
    return {
      seed: o.seed, submissions: o.submissions, workers: o.workers, servers: o.servers, findings, faults, client: client.stats,
      unexpectedExits: cluster.unexpectedExits, notYetVisible: load.notYetVisible, loadMs, settleMs, totalMs: Date.now() - t0,
    };
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await cluster.stop();
  }
}
