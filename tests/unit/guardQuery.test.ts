import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardFields } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { builderFields, guardToQuery, operatorsFor, queryToGuard } from '../../designer/guards/guardQuery.js';
import type { FieldLabels } from '../../designer/guards/guardQuery.js';

const gewerbe = JSON.parse(readFileSync(new URL('../../definitions/gewerbeanmeldung/procedure.json', import.meta.url), 'utf8')) as ProcedureConfig;
const labels: FieldLabels = { language: 'de', formTitle: (f) => f, operator: (op) => op, group: (s, f) => `${s} ${f}`, yes: 'ja', no: 'nein' };
const at = (pointer: string) => builderFields(guardFields(gewerbe).get(pointer)!, labels);
const submit = at('/machine/states/entwurf/on/SUBMIT');
const confirm = at('/machine/states/pruefung/on/CONFIRM');
const v = (path: string) => ({ var: path });

describe('guard builder ↔ JSON Logic', () => {
  it('turns a built rule into JSON Logic with values typed after the field', () => {
    const rule = (field: string, operator: string, value: unknown) => ({ combinator: 'and', rules: [{ field, operator, value }] });
    expect(queryToGuard(rule('event.data.beschaeftigte', '>=', '18'), submit)).toEqual({ '>=': [v('event.data.beschaeftigte'), 18] });
    expect(queryToGuard(rule('event.data.nebenerwerb', '=', 'false'), submit)).toEqual({ '==': [v('event.data.nebenerwerb'), false] });
    expect(queryToGuard(rule('event.data.betriebsanschrift.postleitzahl', '=', '01234'), submit)).toEqual({ '==': [v('event.data.betriebsanschrift.postleitzahl'), '01234'] });
    expect(queryToGuard(rule('event.data.beschaeftigte', '>=', ''), submit)).toBeUndefined();
    expect(queryToGuard(rule('event.data.beschaeftigte', '>=', '2.5'), submit)).toBeUndefined();
    expect(queryToGuard(rule('event.data.beschaeftigte', 'notNull', ''), submit)).toEqual({ '!=': [v('event.data.beschaeftigte'), null] });
    expect(queryToGuard({ combinator: 'and', rules: [] }, submit)).toBeUndefined();
  });

  it('reads back what it wrote, identical', () => {
    const guards = [
      { '>=': [v('event.data.beschaeftigte'), 18] },
      { and: [{ '>=': [v('event.data.beschaeftigte'), 18] }, { '==': [v('event.data.rechtsform'), 'gmbh'] }] },
      { or: [{ '==': [v('event.data.nebenerwerb'), true] }, { and: [{ '<': [v('event.data.beginn'), '2030-01-01'] }, { in: ['Bäcker', v('event.data.taetigkeit')] }] }] },
    ];
    for (const guard of guards) {
      const query = guardToQuery(guard, submit);
      expect(query, JSON.stringify(guard)).toBeDefined();
      expect(queryToGuard(query!, submit)).toEqual(guard);
    }
    expect(guardToQuery({ '==': [v('event.data.registernummer'), 'HRB 1'] }, confirm)).toBeDefined();
  });

  it('leaves to the text view what it cannot show faithfully', () => {
    const text = [
      { or: [{ '!': v('data.anmeldung.erlaubnispflichtig') }, { '!!': v('data.anmeldung.erlaubnis.behoerde') }] },
      { '==': [v('event.data.beschaeftigte'), '18'] }, // a number field compared to text
      { '==': [v('event.data.rechtsform'), 'verein'] }, // not one of the choices
      { '<=': [1, v('event.data.beschaeftigte'), 5] }, // between: not offered
      { '==': [v('data.anmeldung.beschaeftigte'), 3] }, // not stored before submitting
      { '!!': [v('case.id')] }, true, 'x',
    ];
    for (const guard of text) expect(guardToQuery(guard, submit), JSON.stringify(guard)).toBeUndefined();
    expect(guardToQuery(undefined, submit)).toEqual({ combinator: 'and', rules: [] });
  });

  it('offers comparisons after the field\'s type', () => {
    const field = (path: string) => guardFields(gewerbe).get('/machine/states/entwurf/on/SUBMIT')!.find((f) => f.path === path)!;
    expect(operatorsFor(field('event.data.beschaeftigte'))).toContain('>=');
    expect(operatorsFor(field('event.data.rechtsform'))).not.toContain('>=');
    expect(operatorsFor(field('event.data.nebenerwerb'))).toEqual(['=', 'null', 'notNull']);
    expect(operatorsFor(field('event.data.taetigkeit'))).toContain('contains');
    const rechtsform = submit.flatMap((g) => g.options).find((f) => f.name === 'event.data.rechtsform')!;
    expect(rechtsform.values?.[4]).toMatchObject({ name: 'gmbh', label: 'Gesellschaft mit beschränkter Haftung (GmbH)' });
  });
});
