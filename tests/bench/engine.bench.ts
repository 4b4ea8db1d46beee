// `npm run bench:engine`: figures for issue 3. Timings are medians of several rounds on this
// machine; compare ratios, not absolute numbers, across machines.
import { createMachine, initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import { loadCatalogue } from '../../definitions/index.js';
import { createCaseMachine, startCase, transitionCase, validateDefinition, validateForm } from '../../engine/index.js';
import type { ProcedureConfig, StateConfig } from '../../engine/index.js';

const at = '2026-01-05T08:00:00.000Z';

/** Median time per call in microseconds over `rounds` rounds of `n` calls. */
function measure(n: number, fn: (i: number) => void, rounds = 7): number {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    times.push(((performance.now() - t0) * 1000) / n);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}
const us = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} ms` : `${v.toFixed(1)} µs`).padStart(10);

console.log('validateDefinition() per catalogue definition');
console.log('  procedure            first call   repeat (fresh copy)   states  transitions');
for (const def of loadCatalogue().values()) {
  const t0 = performance.now();
  validateDefinition(structuredClone(def));
  const first = (performance.now() - t0) * 1000;
  const repeat = measure(5, () => validateDefinition(structuredClone(def)), 5);
  const resolved = validateDefinition(def).definition!;
  console.log(`  ${def.id.padEnd(20)} ${us(first)}   ${us(repeat)}            ${String(resolved.states.length).padStart(6)}  ${String(resolved.transitions.length).padStart(11)}`);
}
console.log('  (first call includes the ReDoS analysis of new patterns and the ajv compile; repeats reuse ReDoS verdicts)');

// A 50-state chain, the same for the engine and for bare xstate.
const N = 50;
const names = Array.from({ length: N }, (_, i) => `s${i}`);
const engineStates: Record<string, StateConfig> = Object.fromEntries(names.map((name, i) => [name, i === N - 1
  ? { type: 'final' as const }
  : { entry: [{ type: 'notify' as const, params: { to: 'applicant' } }], on: { NEXT: `s${i + 1}` } }]));
const chain: ProcedureConfig = {
  id: 'chain', version: 1, title: { de: 'Kette', en: 'Chain' }, authority: 'amt', legalBasis: '§ 1',
  roles: { applicant: { kind: 'citizen' } }, events: { NEXT: { by: ['applicant'] } },
  machine: { initial: 's0', states: engineStates },
};
const engineMachine = createCaseMachine(chain);
const engineSnapshots: AnyMachineSnapshot[] = [startCase(engineMachine, { id: 'b', procedure: 'chain', version: 1 }, at).snapshot];
for (let i = 1; i < N - 1; i++) engineSnapshots.push(transitionCase(engineMachine, engineSnapshots[i - 1]!, { type: 'NEXT', at }).snapshot);

const bareMachine = createMachine({
  id: 'chain', initial: 's0', context: { data: {} },
  states: Object.fromEntries(names.map((name, i) => [name, i === N - 1 ? { type: 'final' as const } : { entry: [{ type: 'notify', params: { to: 'applicant' } }], on: { NEXT: `s${i + 1}` } }])),
});
const bareSnapshots: AnyMachineSnapshot[] = [initialTransition(bareMachine)[0]];
for (let i = 1; i < N - 1; i++) bareSnapshots.push(transition(bareMachine, bareSnapshots[i - 1]!, { type: 'NEXT' })[0]);

const event = { type: 'NEXT', at };
const rounds = 3;
let engine = Infinity;
let bare = Infinity;
for (let r = 0; r < rounds; r++) { // interleaved, best of three medians: less noise from the other runner
  bare = Math.min(bare, measure(20_000, (i) => transition(bareMachine, bareSnapshots[i % (N - 1)]!, { type: 'NEXT' })));
  engine = Math.min(engine, measure(20_000, (i) => transitionCase(engineMachine, engineSnapshots[i % (N - 1)]!, event)));
}
console.log(`\ntransition() per event on a ${N}-state machine`);
console.log(`  engine transitionCase()   ${us(engine)}`);
console.log(`  bare xstate transition()  ${us(bare)}`);
console.log(`  overhead                  ${(engine / bare).toFixed(2)}×`);

// validateForm on a 200-field form, warm cache.
const properties: Record<string, Record<string, unknown>> = {};
const data: Record<string, unknown> = {};
for (let i = 0; i < 200; i++) {
  const kind = i % 4;
  properties[`feld${i}`] = [
    { type: 'string', minLength: 1, maxLength: 100 },
    { type: 'integer', minimum: 0, maximum: 1_000_000 },
    { type: 'string', pattern: '^[0-9]{5}$' },
    { enum: ['a', 'b', 'c'] },
  ][kind]!;
  data[`feld${i}`] = ['Text', 42, '10115', 'b'][kind];
}
const big = { forms: { gross: { schema: { type: 'object', required: Object.keys(properties), properties, additionalProperties: false } } } };
const valid = validateForm(big, 'gross', data);
if (!valid.ok) throw new Error('bench form data should be valid');
const formTime = measure(5_000, () => validateForm(big, 'gross', data));
console.log('\nvalidateForm() on a 200-field form, warm cache');
console.log(`  valid data                ${us(formTime)}`);
const invalid = { ...data, feld2: 'x', feld1: -1 };
console.log(`  data with 2 errors        ${us(measure(5_000, () => validateForm(big, 'gross', invalid)))}`);
