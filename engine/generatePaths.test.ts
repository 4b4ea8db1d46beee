import { describe, expect, it } from 'vitest';
import { generatePaths } from './index.js';
import type { ProcedureConfig } from './index.js';

const def: ProcedureConfig = {
  id: 'probe', version: 1, title: { de: 'P', en: 'P' }, authority: 'amt', legalBasis: '§ 1',
  roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
  forms: { antrag: { schema: { type: 'object', properties: { betrag: { type: 'integer' } }, examples: [{ betrag: 50 }, { betrag: 500 }] } } },
  events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, APPROVE: { by: ['clerk'] }, NOTE: { by: ['clerk'] } },
  machine: {
    initial: 'draft',
    states: {
      draft: { on: { SUBMIT: 'submitted' } },
      submitted: {
        after: { P1M: 'lapsed' },
        on: { APPROVE: { target: 'approved', guard: { '>': [{ var: 'data.antrag.betrag' }, 100] } }, NOTE: { actions: [{ type: 'receipt' }] } },
      },
      approved: { type: 'final' },
      lapsed: { type: 'final' },
    },
  },
};

describe('generatePaths()', () => {
  const report = generatePaths(def);

  it('finds every simple path to a final state, with the sample that satisfies the guard', () => {
    const approved = report.paths.filter((p) => p.final === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.every((p) => p.steps[0]!.event.data?.betrag === 500)).toBe(true);
    expect(report.paths.some((p) => p.final === 'lapsed')).toBe(true);
  });

  it('takes a targetless loop once per path and fires deadlines', () => {
    const withNote = report.paths.filter((p) => p.steps.some((s) => s.event.type === 'NOTE'));
    expect(withNote.length).toBeGreaterThan(0);
    expect(withNote.every((p) => p.steps.filter((s) => s.event.type === 'NOTE').length === 1)).toBe(true);
  });

  it('reports full coverage as pointers into the definition', () => {
    expect(report.coverage.transitions).toEqual({ reached: 4, total: 4, missing: [] });
    expect(report.coverage.states).toEqual({ reached: 4, total: 4, missing: [] });
    expect(report.truncated).toBe(false);
  });

  it('lists what no path reaches', () => {
    const partial = structuredClone(def);
    partial.forms!.antrag!.schema.examples = [{ betrag: 50 }];
    expect(generatePaths(partial).coverage.transitions.missing).toEqual(['/machine/states/submitted/on/APPROVE']);
  });
});

describe('generatePaths() through a transient state', () => {
  // SUBMIT routes on the submitted amount through `routing`, which an eventless transition leaves at once.
  const transient = structuredClone(def);
  transient.machine.states.draft = { on: { SUBMIT: 'routing' } };
  transient.machine.states.routing = { always: [{ target: 'approved', guard: { '<': [{ var: 'data.antrag.betrag' }, 100] } }, { target: 'submitted' }] };
  transient.machine.states.submitted!.on!.APPROVE = 'approved';
  const report = generatePaths(transient);

  it('takes each eventless alternative with the sample that makes its guard hold, and names the state passed', () => {
    const first = report.paths.map((p) => p.steps[0]!).map((s) => [s.event.data?.betrag, s.passed, s.state]);
    expect(first).toContainEqual([50, ['routing'], 'approved']);
    expect(first).toContainEqual([500, ['routing'], 'submitted']);
  });

  it('counts the passed state and the eventless transitions as covered', () => {
    expect(report.coverage.states.missing).toEqual([]);
    expect(report.coverage.transitions.missing).toEqual([]);
  });
});

describe('generatePaths() explains why paths stop short', () => {
  const form = (schema: Record<string, unknown>) => ({ ...def, forms: { antrag: { schema: { type: 'object', ...schema } } } });

  it('names the event that a form without valid sample input keeps from being sent (0 paths otherwise unexplained)', () => {
    const pattern = form({ required: ['mail'], properties: { mail: { type: 'string', pattern: '^[a-z]+@amt\\.de$' } } });
    const report = generatePaths(pattern);
    expect(report.paths.filter((p) => p.final === 'approved')).toEqual([]);
    expect(report.unsent).toEqual([expect.objectContaining({ code: 'form-no-sample', path: '/forms/antrag/schema/examples' })]);
    expect(report.unsent[0]!.message.en).toContain('never send SUBMIT');
    expect(report.unsent[0]!.message.de).toContain('mail');
  });

  it('points at a guarded transition that the one generated sample cannot satisfy', () => {
    const report = generatePaths(form({ required: ['betrag'], properties: { betrag: { type: 'integer' } } }));
    expect(report.unsent.map((u) => [u.code, u.path])).toEqual([['guard-no-example', '/machine/states/submitted/on/APPROVE/guard']]);
  });

  it('has nothing to explain when the examples cover every branch', () => {
    expect(generatePaths(def).unsent).toEqual([]);
  });
});
