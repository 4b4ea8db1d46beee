import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { citizenActsFirst, staffActsFirst, visibleToStaff } from './drafts.js';

const catalogue = loadCatalogue();

describe('visibleToStaff()', () => {
  it('hides a citizen\'s draft until something happened in it', () => {
    const gewerbe = catalogue.get('gewerbeanmeldung')!;
    expect([visibleToStaff(gewerbe, 0), visibleToStaff(gewerbe, 1)]).toEqual([false, true]);
  });

  it('shows a case from the start where staff act first (a tender\'s notice), in nested and parallel start states too', () => {
    expect([...catalogue.values()].filter(staffActsFirst).map((d) => d.id)).toEqual(['vergabe-angebot']);
    const parallel = {
      ...catalogue.get('anfrage')!,
      machine: { initial: 'start', states: { start: { type: 'parallel', states: { a: { initial: 'x', states: { x: { on: { ANSWER: 'x' } } } }, b: {} } } } },
    } as ProcedureConfig;
    expect(staffActsFirst(parallel)).toBe(true);
  });

  // Issue 13: a case that starts in a transient state stands in its target.
  it('looks past an eventless transition of the initial state', () => {
    const anfrage = catalogue.get('anfrage')!;
    const transient = { ...anfrage, machine: { initial: 'start', states: { ...anfrage.machine.states, start: { always: 'submitted' } } } } as ProcedureConfig;
    expect([staffActsFirst(transient), citizenActsFirst(transient)]).toEqual([true, true]);
    expect([staffActsFirst(anfrage), citizenActsFirst(anfrage)]).toEqual([false, true]);
  });
});
