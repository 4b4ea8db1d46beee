// The table a chaos run prints: what was sent, what was injected, and the invariants.
import type { ClientStats } from './httpClient.js';
import { FAULT_KINDS } from './faults.js';
import type { Fault } from './faults.js';
import type { Findings, Tally } from './invariants.js';

/** Everything the table shows. */
export interface ChaosResult {
  seed: number;
  submissions: number;
  workers: number;
  servers: number;
  findings: Findings;
  faults: Fault[];
  client: ClientStats;
  unexpectedExits: string[];
  /** Clerks' answers refused with 404 while the projection lagged, tried again later. */
  notYetVisible: number;
  loadMs: number;
  settleMs: number;
  totalMs: number;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const tally = (t: Tally) => `missing ${t.missing}, doubled ${t.doubled}`;

/** The result as a two-column text table (and the problems found, if any). */
export function formatReport(r: ChaosResult): string {
  const f = r.findings;
  const recoveries = r.faults.map((x) => x.recoveryMs ?? 0);
  const byKind = FAULT_KINDS.map((k) => `${k} ${r.faults.filter((x) => x.kind === k).length}`).join(', ');
  const rows: [string, string][] = [
    ['seed', `${r.seed} (repeat with --seed ${r.seed})`],
    ['processes', `${r.workers} workers, ${r.servers} API servers, 1 Temporal dev server, 1 PostgreSQL`],
    ['submissions acknowledged', `${f.acknowledged} (${r.submissions} citizens' + ${r.faults.length} probes after faults)`],
    ['HTTP requests / retries', `${r.client.requests} / ${r.client.retries} (network errors ${r.client.networkErrors}, 5xx ${r.client.serverErrors})`],
    ['faults', `${r.faults.length}: ${byKind}`],
    ['processes that died unasked', `${r.unexpectedExits.length}${r.unexpectedExits.length ? ` (${r.unexpectedExits.join(', ')})` : ''}`],
    ['cases lost', String(f.lost)],
    ['cases doubled', `${f.doubled + f.orphans} (one key, two answers: ${f.doubled}; opened but never named: ${f.orphans})`],
    ['cases stuck', String(f.stuck)],
    ['client gave up / unexpected answer', String(f.clientErrors)],
    ['clerk got 404 before the projection caught up (retried)', String(r.notYetVisible)],
    ['effects', tally(f.effects)],
    ['receipts (documents)', tally(f.receipts)],
    ['inbox notices', tally(f.inbox)],
    ['mails sent (mail_outbox)', tally(f.mailOutbox)],
    ['mails received (SMTP listener)', `${tally(f.mailsDelivered)}; re-deliveries dropped by Message-ID ${f.smtpRedeliveries}`],
    ['audit + access-log chains', `${f.chains.total} verified, ${f.chains.broken} broken`],
    ['deadlines', `${f.deadlines.fired} of ${f.deadlines.total} fired; ${f.deadlines.dueDuringOutage} fell due during an outage, ${f.deadlines.firedAfterOutage} of them fired after recovery`],
    ['time to recover (fault → next acknowledged submission)', recoveries.length ? `median ${s(recoveries.sort((a, b) => a - b)[Math.floor(recoveries.length / 2)]!)}, max ${s(Math.max(...recoveries))}` : '–'],
    ['load / settle / total', `${s(r.loadMs)} / ${s(r.settleMs)} / ${s(r.totalMs)}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v}`);
  const rule = `+${'-'.repeat(width + 2)}+${'-'.repeat(60)}`;
  const problems = f.problems.length ? ['', 'Problems (first 20):', ...f.problems.map((p) => `  - ${p}`)] : [];
  return [rule, ...lines, rule, ...problems].join('\n');
}
