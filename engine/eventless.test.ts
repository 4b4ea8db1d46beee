import { describe, expect, it } from 'vitest';
import { createCaseMachine, startCase, transitionCase } from './index.js';
import type { ProcedureConfig, StateConfig } from './index.js';

// Issue 13, part 3: a definition routes on submitted data through a transient state.

/** Up to 10 m² a notice is enough (`angezeigt`), above the authority reviews (`pruefung`). */
function routing(): ProcedureConfig & { machine: { states: Record<string, StateConfig> } } {
  return {
    id: 'weiche', version: 1, title: { de: 'W', en: 'W' }, authority: 'amt', legalBasis: '§ 1',
    roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
    forms: {
      antrag: { schema: { type: 'object', properties: { flaeche: { type: 'number' } } } },
      nachweis: { schema: { type: 'object', properties: { versichert: { type: 'boolean' } } } },
    },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, PROVE: { by: ['applicant'], form: 'nachweis' }, APPROVE: { by: ['clerk'] } },
    machine: {
      initial: 'entwurf',
      states: {
        entwurf: { on: { SUBMIT: { target: 'eingang', actions: [{ type: 'receipt' }] } } },
        eingang: {
          entry: [{ type: 'createEFile' }],
          exit: [{ type: 'fileDocument', params: { document: 'antrag' } }],
          after: { PT10S: 'pruefung' },
          always: [
            { target: 'angezeigt', guard: { '<=': [{ var: 'data.antrag.flaeche' }, 10] }, actions: [{ type: 'notify', params: { to: 'applicant', template: 'anzeige' } }] },
            { target: 'pruefung', actions: [{ type: 'notify', params: { to: 'applicant', template: 'pruefung' } }] },
          ],
        },
        angezeigt: { type: 'final', entry: [{ type: 'sign', params: { document: 'antrag', kind: 'seal' } }] },
        pruefung: { on: { APPROVE: 'erteilt' } },
        erteilt: { type: 'final' },
      },
    },
  };
}
const at = '2026-01-31T10:00:00.000Z';
const info = { id: 'c1', procedure: 'weiche', version: 1 };
const submit = (flaeche: number) => ({ type: 'SUBMIT', data: { flaeche }, at });
const effectsOf = (step: { effects: { type: string; params: object }[] }) =>
  step.effects.map((e) => ('template' in e.params && e.params.template ? `${e.type}:${String(e.params.template)}` : e.type));

describe('transitionCase() through an eventless transition', () => {
  const machine = createCaseMachine(routing());
  const draft = startCase(machine, info, at).snapshot;

  it('routes on the data the event just stored, to one target or the other', () => {
    expect(transitionCase(machine, draft, submit(8)).snapshot.value).toBe('angezeigt');
    expect(transitionCase(machine, draft, submit(60)).snapshot.value).toBe('pruefung');
  });

  it('returns the effects of both transitions in order: transition, entry and exit of the transient state, eventless transition, entry of the target', () => {
    const step = transitionCase(machine, draft, submit(8));
    expect(effectsOf(step)).toEqual(['receipt', 'createEFile', 'fileDocument', 'notify:anzeige', 'sign']);
    expect(step.transitions).toEqual(['/machine/states/entwurf/on/SUBMIT', '/machine/states/eingang/always/0']);
    expect(effectsOf(transitionCase(machine, draft, submit(60)))).toEqual(['receipt', 'createEFile', 'fileDocument', 'notify:pruefung']);
  });

  it('starts no deadline of a state it only passed through', () => {
    const step = transitionCase(machine, draft, submit(60));
    expect(step.timers).toEqual({ start: [], cancel: [] });
  });

  it('gives an eventless guard no event data, however the step began', () => {
    const def = routing();
    def.machine.states.eingang!.always = [{ target: 'angezeigt', guard: { '===': [{ var: 'event.data.flaeche' }, 8] } }, { target: 'pruefung' }];
    const byEvent = createCaseMachine(def);
    expect(transitionCase(byEvent, startCase(byEvent, info, at).snapshot, submit(8)).snapshot.value).toBe('pruefung');
  });

  it('passes through a transient initial state when the case starts', () => {
    const def = routing();
    def.machine.initial = 'start';
    def.machine.states.start = { entry: [{ type: 'createEFile' }], always: 'entwurf' };
    const step = startCase(createCaseMachine(def), info, at);
    expect(step.snapshot.value).toBe('entwurf');
    expect(effectsOf(step)).toEqual(['createEFile']);
    expect(step.transitions).toEqual(['/machine/states/start/always']);
  });

  it('waits in a state whose eventless transitions are guarded until an event makes one hold', () => {
    const def = routing();
    def.machine.states.pruefung = {
      on: { PROVE: {}, APPROVE: 'erteilt' },
      always: { target: 'erteilt', guard: { '===': [{ var: 'data.nachweis.versichert' }, true] } },
    };
    const m = createCaseMachine(def);
    const waiting = transitionCase(m, startCase(m, info, at).snapshot, submit(60)).snapshot;
    expect(transitionCase(m, waiting, { type: 'PROVE', data: { versichert: false }, at }).snapshot.value).toBe('pruefung');
    expect(transitionCase(m, waiting, { type: 'PROVE', data: { versichert: true }, at }).snapshot.value).toBe('erteilt');
  });

  it('fails a step that would go round an eventless circle instead of hanging (validation refuses such a definition)', () => {
    const def = routing();
    def.machine.states.eingang!.always = 'pruefung';
    def.machine.states.pruefung = { always: 'eingang' };
    const m = createCaseMachine(def);
    expect(() => transitionCase(m, startCase(m, info, at).snapshot, submit(8))).toThrow(/Infinite loop/);
  });
});
