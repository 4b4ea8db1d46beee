// `npm run bench:caselist [-- --cases N --runs R]` (or BENCH_CASES, BENCH_RUNS): the clerks' case
// list (issue 11) on N projected cases (default 100,000) of several procedures and authorities,
// seeded straight into PostgreSQL. Prints p50/p95 of the queries GET /api/cases runs for staff.
// A measurement: it never fails on a miss; the goal is p95 < 50 ms.
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { CaseFilter } from '../../store/index.js';
import { startServices } from '../support/services.js';
import { percentile } from './cases/percentile.js';

const { values: args } = parseArgs({ options: { cases: { type: 'string' }, runs: { type: 'string' } } });
const count = (flag: string | undefined, env: string | undefined, fallback: number) => {
  const n = Number(flag ?? env ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive integer: ${flag ?? env}`);
  return n;
};
const cases = count(args.cases, process.env.BENCH_CASES, 100_000);
const runs = count(args.runs, process.env.BENCH_RUNS, 50);

// Procedure → authority; the trade office gets the largest share (the list of one authority is what staff read).
const PROCEDURES = [
  ['gewerbeanmeldung', 'gewerbeamt', 40], ['wohnsitzanmeldung', 'meldebehoerde', 20], ['baugenehmigung', 'bauaufsicht', 15],
  ['anfrage', 'buergeramt', 10], ['dsgvo-auskunft', 'datenschutzstelle', 10], ['vergabe-angebot', 'vergabestelle', 5],
] as const;
const STATES = ['eingang', 'pruefung', 'nachforderung', 'entscheidung', 'abgeschlossen'];

console.log(`bench:caselist — ${cases.toLocaleString('en')} cases, ${runs} runs per query`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
console.log('[setup] starting PostgreSQL (and Temporal, unused) …');
const services = await startServices();
try {
  console.log(`[setup] up (${elapsed()}); seeding ${cases.toLocaleString('en')} cases …`);
  const owner = new pg.Client({ connectionString: services.postgres.ownerUrl });
  await owner.connect();
  const weighted = PROCEDURES.flatMap(([procedure, authority, share]) => Array.from({ length: share }, () => [procedure, authority]));
  // One statement: procedure by weight, a state, 5 % drafts, 60 % with a deadline within ±60 days,
  // received within the last year, half waiting for their authority.
  await owner.query(`insert into case_record (id, procedure, version, authority, state, status, parties, deadlines, seq, next_deadline, received_at, waiting_for, created_at, updated_at)
    select gen_random_uuid()::text, ($3::text[])[k], 1, ($4::text[])[k], ($2::text[])[1 + (i % ${STATES.length})], 'active',
      jsonb_build_array(jsonb_build_object('id', 'citizen-' || (i % 5000), 'role', 'applicant')),
      case when d is null then '[]'::jsonb else jsonb_build_array(jsonb_build_object('id', 'frist', 'dueAt', to_char(d at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))) end,
      case when i % 20 = 0 then 0 else 1 + i % 7 end, d, case when i % 20 = 0 then null else now() - (i % 365) * interval '1 day' end,
      case when i % 2 = 0 then array[($4::text[])[k]] else '{}'::text[] end, now(), now() - (i % 1000) * interval '1 minute'
    from generate_series(1, $1::int) i
    cross join lateral (select 1 + (i * 7919) % ${weighted.length} as k) pick
    cross join lateral (select case when i % 5 < 3 then now() + ((i % 120) - 60) * interval '1 day' + (i % 86400) * interval '1 second' end as d) dd`,
  [cases, STATES, weighted.map((w) => w[0]), weighted.map((w) => w[1])]);
  // 5 % of the trade office's cases are assigned, spread over four clerks.
  await owner.query(`insert into case_assignment (case_id, authority, assignee, assigned_by)
    select id, authority, 'clerk-' || ((abs(hashtext(id)) / 20) % 4), 'bench' from case_record where authority = 'gewerbeamt' and abs(hashtext(id)) % 20 = 0`);
  // What autovacuum does on a live table: statistics and the visibility map (index-only scans).
  await owner.query('vacuum analyze case_record');
  await owner.query('vacuum analyze case_assignment');
  await owner.end();
  console.log(`[setup] seeded (${elapsed()})\n`);

  // The filters GET /api/cases builds for a clerk of the trade office (see server/access/listScope.ts).
  const staff: CaseFilter = { authority: 'gewerbeamt', orWaitingFor: 'gewerbeamt', withoutDraftsExcept: ['vergabe-angebot'], sort: 'deadline', limit: 50, offset: 0 };
  const queries: [string, CaseFilter][] = [
    ['default view (all, nearest deadline first)', staff],
    ['state = pruefung', { ...staff, state: 'pruefung' }],
    ['deadline before now + 7 days', { ...staff, deadlineBefore: new Date(Date.now() + 7 * 86_400_000) }],
    ['assignee = clerk-1', { ...staff, assignee: 'clerk-1' }],
    ['assignee = none', { ...staff, assignee: null }],
    ['view = group', { ...staff, waitingFor: 'gewerbeamt' }],
    ['page 500 (offset 24,950)', { ...staff, offset: 499 * 50 }],
  ];
  console.log('query                                         total     p50 ms   p95 ms');
  for (const [name, filter] of queries) {
    let total = 0;
    for (let i = 0; i < 5; i += 1) total = (await services.store.listCases(filter)).total;
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await services.store.listCases(filter);
      times.push(performance.now() - start);
    }
    console.log(`${name.padEnd(44)} ${String(total).padStart(7)}   ${percentile(times, 50).toFixed(1).padStart(6)}   ${percentile(times, 95).toFixed(1).padStart(6)}`);
  }
} finally {
  await services.stop();
}
