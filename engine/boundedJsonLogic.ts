import jsonLogic from 'json-logic-js';

/** Run-time cost limits of one guard evaluation (issue 9: a guard must not take the worker down). */
export const GUARD_BUDGET = { steps: 20_000, items: 10_000 } as const;

/** Thrown inside an evaluation that ran past GUARD_BUDGET; the guard then counts as not satisfied. */
export class GuardBudgetExceeded extends Error {
  constructor(what: string) {
    super(`guard exceeded its budget: ${what}`);
    this.name = 'GuardBudgetExceeded';
  }
}

let steps = Infinity;
const applyUnbounded = jsonLogic.apply.bind(jsonLogic);

// json-logic-js recurses through `jsonLogic.apply`, so counting here counts every step of every
// loop. Outside runBounded the budget is infinite and nothing changes for other callers.
jsonLogic.apply = ((logic: unknown, data: unknown) => {
  if (--steps < 0) throw new GuardBudgetExceeded(`more than ${GUARD_BUDGET.steps} steps`);
  return applyUnbounded(logic as never, data as never);
}) as typeof jsonLogic.apply;

const bounded = <T extends { length: number }>(value: T, op: string): T => {
  if (value.length > GUARD_BUDGET.items) throw new GuardBudgetExceeded(`"${op}" built more than ${GUARD_BUDGET.items} items`);
  return value;
};
// The two operations whose result can outgrow their input (doubling an accumulator).
jsonLogic.add_operation('merge', (...args: unknown[]) => bounded(args.flat(), 'merge'));
jsonLogic.add_operation('cat', (...args: unknown[]) => bounded(args.join(''), 'cat'));

/** Applies `rule` to `data` within GUARD_BUDGET; throws GuardBudgetExceeded past it. */
export function applyBounded(rule: unknown, data: unknown): unknown {
  steps = GUARD_BUDGET.steps;
  try {
    return jsonLogic.apply(rule as never, data as never);
  } finally {
    steps = Infinity;
  }
}
