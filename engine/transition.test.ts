import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { acceptedEvents, checkEvent, createCaseMachine, persistCase, readDeadlineEnd, restoreCase, startCase, transitionCase } from './index.js';
import type { ProcedureConfig } from './index.js';

const def: ProcedureConfig = {
  id: 'test', version: 1, title: { de: 'T', en: 'T' }, authority: 'amt', legalBasis: '§ 1',
  roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
  forms: { f: { schema: { type: 'object' } } },
  events: { SUBMIT: { by: ['applicant'], form: 'f' }, APPROVE: { by: ['clerk'] }, REJECT: { by: ['clerk'] } },
  machine: {
    initial: 'draft',
    states: {
      draft: { on: { SUBMIT: { target: 'submitted', actions: [{ type: 'receipt' }] } } },
      submitted: {
        entry: [{ type: 'createEFile' }],
        after: { PT10S: 'lapsed' },
        on: {
          APPROVE: { target: 'approved', guard: { '>': [{ var: 'data.f.amount' }, 100] } },
          REJECT: 'rejected',
        },
      },
      approved: { type: 'final', entry: [{ type: 'notify', params: { to: 'applicant' } }] },
      rejected: { type: 'final' },
      lapsed: { type: 'final' },
    },
  },
};
const at = '2026-01-31T10:00:00.000Z';
const info = { id: 'c1', procedure: 'test', version: 1 };

describe('transitionCase()', () => {
  const machine = createCaseMachine(def);

  it('starts in the initial state with no effects', () => {
    const step = startCase(machine, info, at);
    expect(step.snapshot.value).toBe('draft');
    expect(step.effects).toEqual([]);
  });

  it('returns transition and entry effects in order, the deadline as a timer, and stores form data', () => {
    const start = startCase(machine, info, at);
    const step = transitionCase(machine, start.snapshot, { type: 'SUBMIT', data: { amount: 500 }, at });
    expect(step.snapshot.value).toBe('submitted');
    expect(step.effects.map((e) => e.type)).toEqual(['receipt', 'createEFile']);
    expect(step.timers.start).toEqual([{ id: 'xstate.after.PT10S.test.submitted', delayMs: 10_000, event: { type: 'xstate.after.PT10S.test.submitted' } }]);
    expect(step.snapshot.context.data).toEqual({ f: { amount: 500 } });
  });

  it('cancels the deadline when the state is left', () => {
    const s1 = transitionCase(machine, startCase(machine, info, at).snapshot, { type: 'SUBMIT', data: { amount: 500 }, at });
    const s2 = transitionCase(machine, s1.snapshot, { type: 'REJECT', at });
    expect(s2.timers.cancel).toEqual(['xstate.after.PT10S.test.submitted']);
    expect(s2.snapshot.status).toBe('done');
  });

  it('fires the deadline event', () => {
    const s1 = transitionCase(machine, startCase(machine, info, at).snapshot, { type: 'SUBMIT', data: {}, at });
    const s2 = transitionCase(machine, s1.snapshot, { type: s1.timers.start[0]!.event.type, at });
    expect(s2.snapshot.value).toBe('lapsed');
  });

  it('survives persist and restore', () => {
    const s1 = transitionCase(machine, startCase(machine, info, at).snapshot, { type: 'SUBMIT', data: { amount: 500 }, at });
    const restored = restoreCase(machine, JSON.parse(JSON.stringify(persistCase(machine, s1.snapshot))));
    expect(restored.value).toBe('submitted');
    expect(transitionCase(machine, restored, { type: 'APPROVE', at }).snapshot.value).toBe('approved');
  });
});

describe('createCaseMachine() deadlines', () => {
  const legal: ProcedureConfig = { ...def, machine: { ...def.machine, states: { ...def.machine.states, submitted: { ...def.machine.states.submitted!, after: { P14D: 'lapsed' } } } } };
  // Wednesday 23 December 2026, 10:00 in Berlin: 14 days end on Heilige Drei Könige (Bavaria only).
  const christmas = Temporal.PlainDate.from('2026-12-23').toZonedDateTime({ timeZone: 'Europe/Berlin', plainTime: '10:00' }).toInstant().toString();
  const delayIn = (options: Parameters<typeof createCaseMachine>[1]) => {
    const machine = createCaseMachine(legal, options);
    const step = transitionCase(machine, startCase(machine, info, christmas).snapshot, { type: 'SUBMIT', data: {}, at: christmas });
    return new Date(Date.parse(christmas) + step.timers.start[0]!.delayMs).toISOString();
  };

  it('counts a Frist in the calendar of the authority\'s state', () => {
    expect(readDeadlineEnd(delayIn({ calendar: { state: 'BY' } })).day).toBe('2027-01-07');
    expect(readDeadlineEnd(delayIn({ calendar: { state: 'BE' } })).day).toBe('2027-01-06');
    expect(readDeadlineEnd(delayIn(undefined)).day).toBe('2027-01-06');
  });

  it('keeps exact periods when asked (cases started before Fristen were counted)', () => {
    expect(Date.parse(delayIn({ calendar: 'exact' })) - Date.parse(christmas)).toBe(14 * 86_400_000);
  });
});

describe('checkEvent()', () => {
  const machine = createCaseMachine(def);
  const draft = startCase(machine, info, at).snapshot;

  it('accepts a declared event the state accepts from a permitted role', () => {
    expect(checkEvent(def, draft, { type: 'SUBMIT', at }, { id: 'a', role: 'applicant' })).toEqual({ ok: true });
  });

  it.each([
    ['unknown-event', { type: 'NOPE', at }, undefined],
    ['unknown-event', { type: 'constructor', at }, undefined],
    ['role-not-allowed', { type: 'SUBMIT', at }, { id: 'k', role: 'clerk' }],
    ['not-accepted-in-state', { type: 'APPROVE', at }, undefined],
  ] as const)('rejects with %s', (code, event, actor) => {
    const result = checkEvent(def, draft, event, actor);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.de).not.toBe('');
    }
  });

  it('rejects an event whose guard fails', () => {
    const submitted = transitionCase(machine, draft, { type: 'SUBMIT', data: { amount: 5 }, at }).snapshot;
    const result = checkEvent(def, submitted, { type: 'APPROVE', at });
    expect(result.ok ? 'ok' : result.error.code).toBe('guard-failed');
  });

  it('lists the events the state accepts', () => {
    const submitted = transitionCase(machine, draft, { type: 'SUBMIT', data: {}, at }).snapshot;
    expect(acceptedEvents(def, submitted)).toEqual(['APPROVE', 'REJECT']);
  });
});
