// `npm run chaos [-- --seed N --submissions N --faults N --window S --concurrency N --deadlines N]`:
// thousands of submissions through two API servers and two workers while faults are injected;
// prints the invariants' table and exits 1 when one does not hold.
import { parseArgs } from 'node:util';
import { randomSeed } from './prng.js';
import { formatReport } from './report.js';
import { holds } from './invariants.js';
import { runChaos } from './runChaos.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' }, submissions: { type: 'string' }, faults: { type: 'string' }, window: { type: 'string' },
    concurrency: { type: 'string' }, deadlines: { type: 'string' }, settle: { type: 'string' },
  },
});
const num = (v: string | undefined, fallback: number) => {
  const n = Number(v ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
  return n;
};
const submissions = num(values.submissions, 2000);
const result = await runChaos({
  seed: num(values.seed, randomSeed()),
  submissions,
  faults: num(values.faults, 15),
  windowMs: num(values.window, Math.max(30, Math.round(submissions * 0.4))) * 1000,
  concurrency: num(values.concurrency, 24),
  deadlines: num(values.deadlines, 12),
  settleMs: num(values.settle, 900) * 1000,
  workers: 2,
  servers: 2,
  log: (line) => console.log(line),
});
console.log(`\n${formatReport(result)}`);
process.exit(holds(result.findings) ? 0 : 1);
