// The fault driver: `count` faults at moments drawn from the seeded PRNG within `windowMs`, one
// at a time, each kind at least once when count allows. After each, a probe submission measures
// the time until the system acknowledges a new submission again.
import type { ChaosCluster } from './cluster.js';
import type { Prng } from './prng.js';

/** The kinds of fault the driver injects. */
export const FAULT_KINDS = ['worker-kill', 'server-kill', 'temporal-restart', 'postgres-immediate', 'smtp-stall'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One injected fault: when it began and ended (restored), and when a probe was acknowledged again. */
export interface Fault {
  kind: FaultKind;
  target?: number;
  startedAt: number;
  restoredAt: number;
  /** ms from the fault's start until a probe submission was acknowledged. */
  recoveryMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plans the faults: kinds (every kind once, then random) and start offsets, sorted. */
export function planFaults(prng: Prng, count: number, windowMs: number): { kind: FaultKind; at: number; downMs: number; target: number }[] {
  const kinds = [...prng.shuffle(FAULT_KINDS), ...Array.from({ length: Math.max(0, count - FAULT_KINDS.length) }, () => prng.pick(FAULT_KINDS))].slice(0, count);
  const times = kinds.map(() => Math.floor(prng.next() * windowMs)).sort((a, b) => a - b);
  return kinds.map((kind, i) => ({ kind, at: times[i]!, downMs: kind === 'smtp-stall' ? prng.int(5_000, 20_000) : prng.int(2_500, 6_000), target: prng.int(0, 1) }));
}

/** What the fault driver calls around each fault. */
export interface FaultHooks {
  /** Resolves with the time a new submission was acknowledged (after the fault was restored). */
  probe(): Promise<number>;
  /** Runs right before the fault is injected (e.g. starts a deadline that falls due during it). */
  before(kind: FaultKind): Promise<void>;
  log(line: string): void;
}

/** Runs the planned faults against `cluster`, one at a time. */
export async function runFaults(cluster: ChaosCluster, plan: ReturnType<typeof planFaults>, hooks: FaultHooks, workers: number, servers: number): Promise<Fault[]> {
  const { log, probe } = hooks;
  const t0 = Date.now();
  const faults: Fault[] = [];
  for (const step of plan) {
    await sleep(Math.max(0, t0 + step.at - Date.now()));
    await hooks.before(step.kind);
    const fault: Fault = { kind: step.kind, startedAt: Date.now(), restoredAt: 0 };
    log(`[chaos] fault ${faults.length + 1}/${plan.length}: ${step.kind}${step.kind.endsWith('kill') ? ` #${step.target + 1}` : ''}, down ${(step.downMs / 1000).toFixed(1)} s`);
    switch (step.kind) {
      case 'worker-kill': await cluster.killWorker((fault.target = step.target % workers), step.downMs); break;
      case 'server-kill': await cluster.killServer((fault.target = step.target % servers), step.downMs); break;
      case 'temporal-restart': await cluster.restartTemporal(step.downMs); break;
      case 'postgres-immediate': await cluster.restartPostgres(step.downMs); break;
      case 'smtp-stall': await cluster.smtp.stall(step.downMs); break;
    }
    fault.restoredAt = Date.now();
    fault.recoveryMs = (await probe()) - fault.startedAt;
    log(`[chaos]   restored after ${((fault.restoredAt - fault.startedAt) / 1000).toFixed(1)} s; a new submission acknowledged ${(fault.recoveryMs / 1000).toFixed(1)} s after the fault began`);
    faults.push(fault);
  }
  return faults;
}
