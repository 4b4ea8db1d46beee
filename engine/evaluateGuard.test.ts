import { describe, expect, it } from 'vitest';
import { GUARD_BUDGET } from './boundedJsonLogic.js';
import { evaluateGuard } from './evaluateGuard.js';

describe('evaluateGuard()', () => {
  it('evaluates a guard over data, event and case', () => {
    expect(evaluateGuard({ '>': [{ var: 'data.betrag' }, 100] }, { data: { betrag: 150 } })).toBe(true);
    expect(evaluateGuard({ '>': [{ var: 'data.betrag' }, 100] }, { data: { betrag: 50 } })).toBe(false);
  });

  it('refuses, without evaluating, a reduce that doubles its accumulator (issue 9)', () => {
    const doubling = { reduce: [Array.from({ length: 40 }, (_, i) => i), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(evaluateGuard(doubling, {})).toBe(false);
  });

  it('stops a guard that runs past its step budget and counts it as not satisfied', () => {
    const lastIsNegative = { some: [{ var: 'data.items' }, { '<': [{ var: '' }, 0] }] };
    const items = (n: number) => [...Array.from({ length: n - 1 }, () => 1), -1];
    expect(evaluateGuard(lastIsNegative, { data: { items: items(100) } })).toBe(true);
    expect(evaluateGuard(lastIsNegative, { data: { items: items(GUARD_BUDGET.steps) } })).toBe(false);
  });

  it('stops merge and cat from building more than the item budget', () => {
    const many = (n: number) => Array.from({ length: n }, () => 1);
    expect(evaluateGuard({ '!!': [{ merge: [{ var: 'data.a' }, { var: 'data.a' }] }] }, { data: { a: many(10) } })).toBe(true);
    expect(evaluateGuard({ '!!': [{ merge: [{ var: 'data.a' }, { var: 'data.a' }] }] }, { data: { a: many(GUARD_BUDGET.items) } })).toBe(false);
    expect(evaluateGuard({ '!!': [{ cat: [{ var: 'data.s' }, { var: 'data.s' }] }] }, { data: { s: 'x'.repeat(GUARD_BUDGET.items) } })).toBe(false);
  });

  it('leaves json-logic-js unbounded for callers outside a guard evaluation', async () => {
    const jsonLogic = (await import('json-logic-js')).default;
    const long = Array.from({ length: GUARD_BUDGET.steps * 2 }, () => 1);
    expect(jsonLogic.apply({ some: [{ var: 'x' }, { '<': [{ var: '' }, 0] }] }, { x: long })).toBe(false);
  });
});
