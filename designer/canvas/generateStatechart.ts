import type { ProcedureConfig, StateConfig } from '../../engine/index.js';

/**
 * A generated procedure of `count` states, for the canvas benchmark and for warming ELK's worker
 * up (a small one, see `warmLayoutWorker`): phases (compound states) of
 * about 14 steps each, steps chained by events with a deadline and a guarded skip now and then,
 * every fifth phase a parallel state of two regions, the last phase's end a final state.
 */
export function generateStatechart(count: number): ProcedureConfig {
  const perPhase = 14;
  const phases = Math.max(1, Math.round(count / (perPhase + 1)));
  const states: Record<string, StateConfig> = {};
  let made = 0;
  for (let p = 0; p < phases; p++) {
    const steps = p === phases - 1 ? Math.max(4, count - made - 2) : perPhase;
    const name = `phase${p}`;
    const next = p === phases - 1 ? 'ende' : `phase${p + 1}`;
    if (p % 5 === 4) {
      const half = Math.floor(steps / 2) - 1;
      const region = (r: string, n: number): StateConfig => ({
        initial: `${r}0`,
        states: Object.fromEntries(Array.from({ length: n }, (_, i) => [`${r}${i}`, i === n - 1 ? { type: 'final' } : { on: { [`STEP_${r}`]: `${r}${i + 1}` }, after: { P14D: `${r}${n - 1}` } }])),
      });
      states[name] = { type: 'parallel', onDone: next, states: { a: region('a', half), b: region('b', steps - half - 2) } };
      made += steps + 1;
      continue;
    }
    const children: Record<string, StateConfig> = {};
    for (let i = 0; i < steps; i++) {
      const last = i === steps - 1;
      children[`s${i}`] = last ? { type: 'final' } : {
        on: { NEXT: i % 4 === 3 ? [{ target: `s${Math.min(i + 2, steps - 1)}`, guard: { '==': [{ var: 'data.antrag.eilig' }, true] } }, { target: `s${i + 1}` }] : `s${i + 1}` },
        ...(i % 3 === 0 ? { after: { P1M: `s${steps - 1}` } } : {}),
      };
    }
    states[name] = { initial: 's0', onDone: next, states: children };
    made += steps + 1;
  }
  states.ende = { type: 'final' };
  return {
    id: 'bench', version: 1, title: { de: 'Benchmark', en: 'Benchmark' }, authority: 'bench', legalBasis: '-',
    roles: { clerk: { kind: 'staff' } }, events: { NEXT: { by: ['clerk'] }, STEP_a: { by: ['clerk'] }, STEP_b: { by: ['clerk'] } },
    machine: { initial: 'phase0', states },
  };
}
