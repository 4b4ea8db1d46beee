// The checks after the faults: everything the citizens were told (acknowledged submissions) and
// everything each case's path implies (effects, documents, inbox notices, mails) is there, once,
// counted in PostgreSQL and at the SMTP listener; the hash chains verify; deadlines fired.
import pg from 'pg';
import { readCheckpoints } from '../../documents/index.js';
import { verifyChains } from '../../store/index.js';
import type { ChaosCluster } from './cluster.js';
import type { DeadlineCase } from './deadlines.js';
import type { Fault } from './faults.js';
import type { Submission } from './load.js';

/** Missing and doubled counts of one kind of record. */
export interface Tally { missing: number; doubled: number }

/** The invariants' figures. */
export interface Findings {
  acknowledged: number;
  lost: number;
  doubled: number;
  /** Cases in PostgreSQL for no create key a citizen used (orphans of a retried open). */
  orphans: number;
  stuck: number;
  clientErrors: number;
  effects: Tally;
  receipts: Tally;
  inbox: Tally;
  mailOutbox: Tally;
  mailsDelivered: Tally;
  /** Re-deliveries the SMTP listener dropped by Message-ID (a retried send; the citizen got one mail). */
  smtpRedeliveries: number;
  chains: { total: number; broken: number };
  deadlines: { total: number; fired: number; dueDuringOutage: number; firedAfterOutage: number };
  /** Examples of what is wrong, for the report. */
  problems: string[];
}

const add = (t: Tally, expected: number, actual: number) => {
  t.missing += Math.max(0, expected - actual);
  t.doubled += Math.max(0, actual - expected);
};
const countBy = (rows: { id: string }[]) => rows.reduce((m, r) => m.set(r.id, (m.get(r.id) ?? 0) + 1), new Map<string, number>());

/** Checks every invariant once (call it until it holds or the settling time is over). */
export async function checkInvariants(cluster: ChaosCluster, submissions: Submission[], deadlineCases: DeadlineCase[], faults: Fault[], withChains: boolean): Promise<Findings> {
  const db = new pg.Client({ connectionString: cluster.services.postgres.superuserUrl });
  await db.connect();
  try {
    const q = async <T>(sql: string, args: unknown[] = []) => (await db.query(sql, args)).rows as T[];
    const cases = new Map((await q<{ id: string; state: string; status: string; parties: { id: string }[]; procedure: string }>('select id, state, status, parties, procedure from case_record')).map((c) => [c.id, c]));
    const effects = await q<{ id: string; type: string }>('select case_id as id, type from effect_record');
    const receipts = countBy(await q<{ id: string }>("select case_id as id from document where kind = 'receipt'"));
    const inbox = countBy(await q<{ id: string }>('select case_id as id from inbox_message'));
    const outbox = await q<{ id: string; status: string }>("select split_part(effect_key, ':', 1) as id, status from mail_outbox");
    const outboxSent = countBy(outbox.filter((m) => m.status === 'sent'));
    const delivered = countBy(cluster.services.mail.messages().map((m) => ({ id: /\.([0-9a-f-]{36})@/.exec(m.messageId)?.[1] ?? '' })));
    const effectsOf = new Map<string, string[]>();
    for (const e of effects) effectsOf.set(e.id, [...(effectsOf.get(e.id) ?? []), e.type]);

    const f: Findings = {
      acknowledged: 0, lost: 0, doubled: 0, orphans: 0, stuck: 0, clientErrors: 0, smtpRedeliveries: cluster.services.mail.duplicates(),
      effects: { missing: 0, doubled: 0 }, receipts: { missing: 0, doubled: 0 }, inbox: { missing: 0, doubled: 0 }, mailOutbox: { missing: 0, doubled: 0 }, mailsDelivered: { missing: 0, doubled: 0 },
      chains: { total: 0, broken: 0 }, deadlines: { total: deadlineCases.length, fired: 0, dueDuringOutage: 0, firedAfterOutage: 0 }, problems: [],
    };
    const problem = (text: string) => { if (f.problems.length < 20) f.problems.push(text); };
    const known = new Set<string>();
    for (const s of submissions) {
      for (const id of s.idsSeen) known.add(id);
      if (s.idsSeen.size > 1) { f.doubled += s.idsSeen.size - 1; problem(`submission ${s.n}: one key, cases ${[...s.idsSeen].join(', ')}`); }
      if (s.errors.length) { f.clientErrors += 1; problem(`submission ${s.n} (${s.caseId ?? 'no case'}): ${s.errors.join('; ')}`); }
      if (!s.acknowledgedAt || !s.caseId) continue;
      f.acknowledged += 1;
      const c = cases.get(s.caseId);
      if (!c) { f.lost += 1; problem(`case ${s.caseId} (submission ${s.n}) acknowledged but not in PostgreSQL`); continue; }
      if (c.state !== s.path || c.status !== 'done') { f.stuck += 1; problem(`case ${s.caseId}: ${c.state}/${c.status}, expected ${s.path}/done`); }
      const answered = s.path === 'answered';
      const expectedEffects = answered ? ['createEFile', 'notify', 'receipt'] : ['createEFile', 'receipt'];
      const actual = (effectsOf.get(s.caseId) ?? []).sort();
      if (actual.join() !== expectedEffects.join()) problem(`case ${s.caseId}: effects ${actual.join(',')}, expected ${expectedEffects.join(',')}`);
      add(f.effects, expectedEffects.length, actual.length);
      add(f.receipts, 1, receipts.get(s.caseId) ?? 0);
      // The receipt, the new case to the authority's staff, and the answer's notification (answered) or the withdrawal to staff.
      const notices = 3;
      add(f.inbox, notices, inbox.get(s.caseId) ?? 0);
      add(f.mailOutbox, notices, outboxSent.get(s.caseId) ?? 0);
      add(f.mailsDelivered, notices, delivered.get(s.caseId) ?? 0);
    }
    // Doubled cases no answer named: a case row of a chaos citizen that no create key returned.
    for (const c of cases.values()) {
      if (c.procedure === 'anfrage' && !known.has(c.id)) { f.orphans += 1; problem(`case ${c.id} (${c.state}) of ${c.parties[0]?.id}: opened but never named to its citizen`); }
    }
    // Outages for a deadline: the engine (Temporal) or the database down. One of two workers
    // killed is none (the other fires it), and neither are an API server or SMTP.
    const outages = faults.filter((x) => x.kind === 'temporal-restart' || x.kind === 'postgres-immediate');
    for (const d of deadlineCases) {
      const fired = cases.get(d.caseId)?.state === 'eskalation';
      const during = outages.some((x) => d.dueAt >= x.startedAt && d.dueAt <= x.restoredAt);
      if (fired) f.deadlines.fired += 1; else problem(`deadline case ${d.caseId}: ${cases.get(d.caseId)?.state ?? 'missing'}, expected eskalation`);
      if (during) { f.deadlines.dueDuringOutage += 1; if (fired) f.deadlines.firedAfterOutage += 1; }
    }
    if (withChains) {
      const found = await readCheckpoints(cluster.services.checkpointFile, [cluster.services.rootCertificatePem]);
      const reports = await verifyChains(cluster.services.store, found.checkpoints);
      f.chains = { total: reports.length, broken: reports.filter((r) => !r.ok).length };
      for (const r of reports.filter((x) => !x.ok)) problem(`chain ${r.chain} broken at ${r.firstBroken} (${r.reason})`);
    }
    return f;
  } finally {
    await db.end();
  }
}

/** Whether everything holds (the zeros the test asserts). */
export function holds(f: Findings): boolean {
  const tallies = [f.effects, f.receipts, f.inbox, f.mailOutbox, f.mailsDelivered];
  return f.lost === 0 && f.doubled === 0 && f.orphans === 0 && f.stuck === 0 && f.clientErrors === 0 && tallies.every((t) => t.missing === 0 && t.doubled === 0)
    && f.chains.broken === 0 && f.deadlines.fired === f.deadlines.total;
}
