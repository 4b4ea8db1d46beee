import type { ProcedureConfig, StateConfig } from '../../../engine/index.js';

/** Number of event transitions of `fiveSteps` (s0 → … → s5). */
export const STEPS = 5;

const states: Record<string, StateConfig> = { [`s${STEPS}`]: { type: 'final' } };
for (let i = 0; i < STEPS; i++) {
  // One cheap, real effect per transition: a status notice to the applicant role, which has no
  // parties in these cases, so it delivers nothing and appends one audit entry.
  states[`s${i}`] = { on: { [`E${i + 1}`]: { target: `s${i + 1}`, actions: [{ type: 'notify', params: { to: 'applicant' } }] } } };
}

/** The benchmark's procedure: five staff events in a row, one `notify` effect each. */
export const fiveSteps: ProcedureConfig = {
  id: 'bench-five-steps',
  version: 1,
  title: { de: 'Fünf Schritte (Benchmark)', en: 'Five steps (benchmark)' },
  authority: 'buergeramt',
  legalBasis: '§ 1 Bench',
  roles: { clerk: { kind: 'staff' }, applicant: { kind: 'citizen' } },
  events: Object.fromEntries(Array.from({ length: STEPS }, (_, i) => [`E${i + 1}`, { by: ['clerk'] }])),
  machine: { initial: 's0', states },
};
