import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diffDefinitions.js';

const anfrage = () => JSON.parse(readFileSync(new URL('../definitions/anfrage/procedure.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('diffDefinitions', () => {
  it('finds nothing between a definition and its copy, even with keys in another order', () => {
    const a = anfrage();
    const reordered = Object.fromEntries(Object.entries(anfrage()).reverse());
    expect(diffDefinitions(a, reordered)).toEqual([]);
  });

  it('ignores the version number, which every new version changes', () => {
    expect(diffDefinitions(anfrage(), { ...anfrage(), version: 2 })).toEqual([]);
  });

  it('names added, removed and changed states, transitions, events, forms and fields', () => {
    const b = anfrage();
    b.machine.states.submitted.on.ANSWER = { target: 'answered', guard: { '==': [1, 1] } };
    delete b.machine.states.withdrawn;
    delete b.machine.states.submitted.on.WITHDRAW;
    b.machine.states.review = { meta: { title: { de: 'Prüfung', en: 'Review' } }, after: { P14D: 'answered' } };
    b.events.REMIND = { by: ['clerk'] };
    b.events.SUBMIT.title.de = 'Einreichen';
    delete b.forms.antwort;
    b.forms.anfrage.schema.properties.telefon = { type: 'string' };
    b.forms.anfrage.schema.properties.betreff.maxLength = 100;
    b.title = { de: 'Neu', en: 'New' };
    expect(diffDefinitions(anfrage(), b)).toEqual(expect.arrayContaining([
      { kind: 'setting', change: 'changed', key: 'title' },
      { kind: 'state', change: 'added', key: 'review' },
      { kind: 'state', change: 'removed', key: 'withdrawn' },
      { kind: 'transition', change: 'changed', key: 'submitted → ANSWER' },
      { kind: 'transition', change: 'removed', key: 'submitted → WITHDRAW' },
      { kind: 'transition', change: 'added', key: 'review → after P14D' },
      { kind: 'event', change: 'added', key: 'REMIND' },
      { kind: 'event', change: 'changed', key: 'SUBMIT' },
      { kind: 'form', change: 'removed', key: 'antwort' },
      { kind: 'field', change: 'added', key: 'anfrage.telefon' },
      { kind: 'field', change: 'changed', key: 'anfrage.betreff' },
      { kind: 'field', change: 'removed', key: 'antwort.text' },
    ]));
    expect(diffDefinitions(anfrage(), b)).toHaveLength(12);
  });

  it('sees a nested state and a reordered pair of guarded alternatives', () => {
    const a = anfrage();
    a.machine.states.submitted.on.ANSWER = [{ target: 'answered', guard: true }, { target: 'withdrawn' }];
    const b = structuredClone(a);
    b.machine.states.submitted.on.ANSWER.reverse();
    b.machine.states.submitted.states = { eins: {} };
    expect(diffDefinitions(a, b)).toEqual([
      { kind: 'state', change: 'added', key: 'submitted.eins' },
      { kind: 'transition', change: 'changed', key: 'submitted → ANSWER #1' },
      { kind: 'transition', change: 'changed', key: 'submitted → ANSWER #2' },
    ]);
  });

  it('tolerates a draft that is not a definition yet', () => {
    expect(diffDefinitions(undefined, { machine: { states: { a: {} } } })).toEqual([{ kind: 'state', change: 'added', key: 'a' }]);
    expect(diffDefinitions({}, { machine: { initial: 'a', states: {} } })).toEqual([{ kind: 'setting', change: 'added', key: 'machine.initial' }]);
  });
});
