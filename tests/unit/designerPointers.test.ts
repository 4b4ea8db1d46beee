import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import { durationWords, pointerTarget, transitionPointer } from '../../designer/model/index.js';
import type { JsonObject } from '../../designer/model/index.js';

const baugenehmigung = JSON.parse(readFileSync(new URL('../../definitions/baugenehmigung/procedure.json', import.meta.url), 'utf8')) as JsonObject;

describe('pointerTarget', () => {
  it('finds nested states, transitions among alternatives and their fields', () => {
    const def = { machine: { initial: 'a', states: { a: { states: { b: { on: { GO: [{ target: 'c' }, { target: 'd', guard: true }] }, after: { P14D: 'c' } } } } } } };
    expect(pointerTarget(def, '/machine/states/a/states/b/on/GO/1/guard')).toEqual({ kind: 'transition', ref: { source: 'a.b', trigger: { kind: 'event', event: 'GO' }, index: 1 }, field: 'guard' });
    expect(pointerTarget(def, '/machine/states/a/states/b/after/P14D')).toEqual({ kind: 'transition', ref: { source: 'a.b', trigger: { kind: 'after', delay: 'P14D' }, index: 0 } });
    expect(pointerTarget(def, '/machine/states/a/states/b')).toEqual({ kind: 'state', id: 'a.b' });
    expect(pointerTarget(def, '/machine/states/a/initial')).toEqual({ kind: 'state', id: 'a', field: 'initial' });
    expect(pointerTarget(def, '/events/GO/by')).toEqual({ kind: 'event', name: 'GO', field: 'by' });
    expect(pointerTarget(def, '/title')).toEqual({ kind: 'definition', field: 'title' });
  });

  it('is the inverse of transitionPointer for every transition the engine knows', () => {
    const resolved = validateDefinition(baugenehmigung).definition!;
    for (const t of resolved.transitions.filter((x) => x.trigger.kind !== 'done')) {
      const target = pointerTarget(baugenehmigung, t.id);
      expect(target.kind, t.id).toBe('transition');
      if (target.kind === 'transition') expect(transitionPointer(baugenehmigung, target.ref)).toBe(t.id);
    }
  });
});

describe('durationWords', () => {
  it('reads ISO 8601 durations in German and English', () => {
    expect(durationWords('P14D', 'de')).toBe('14 Tage');
    expect(durationWords('P3M', 'de')).toBe('3 Monate');
    expect(durationWords('P1M2W', 'de')).toBe('1 Monat und 2 Wochen');
    expect(durationWords('P1D', 'en')).toBe('1 day');
    expect(durationWords('14 Tage', 'de')).toBeUndefined();
  });
});
