import { describe, expect, it } from 'vitest';
import { choiceSchema, fieldTexts, formFields, validateDefinition } from './index.js';
import type { ProcedureConfig } from './index.js';

const nationality = {
  type: 'string', title: 'Staatsangehörigkeit', description: 'Wie im Pass angegeben',
  'x-i18n': { en: { title: 'Nationality', description: 'As stated in your passport' } },
};
const legalForm = { enum: ['gmbh', 'ag'], title: 'Rechtsform', 'x-i18n': { en: { title: 'Legal form' } }, 'x-enum-titles': { de: ['GmbH', 'Aktiengesellschaft'], en: ['Limited company', 'Public limited company'] } };

describe('fieldTexts()', () => {
  it('picks German from title and description', () => {
    expect(fieldTexts(nationality, 'de')).toEqual({ title: 'Staatsangehörigkeit', description: 'Wie im Pass angegeben' });
  });

  it('picks English from x-i18n', () => {
    expect(fieldTexts(nationality, 'en')).toEqual({ title: 'Nationality', description: 'As stated in your passport' });
  });

  it('falls back to German where English is missing, and to nothing where both are', () => {
    expect(fieldTexts({ title: 'Ort', 'x-i18n': { en: { description: 'Town' } } }, 'en')).toEqual({ title: 'Ort', description: 'Town' });
    expect(fieldTexts({ type: 'string' }, 'en')).toEqual({});
  });

  it('picks choice labels by language', () => {
    expect(fieldTexts(legalForm, 'de').enumTitles).toEqual(['GmbH', 'Aktiengesellschaft']);
    expect(fieldTexts(legalForm, 'en').enumTitles).toEqual(['Limited company', 'Public limited company']);
    expect(fieldTexts({ enum: ['a'], 'x-enum-titles': { de: ['A'] } }, 'en').enumTitles).toEqual(['A']);
  });
});

describe('formFields()', () => {
  it('finds fields at every depth, in $defs and list items, but not the parts a file field fills', () => {
    const schema = {
      type: 'object',
      properties: {
        anschrift: { $ref: '#/$defs/anschrift' },
        kinder: { type: 'array', items: { type: 'object', properties: { vorname: { type: 'string' } } } },
        nachweis: { type: 'object', properties: { art: { enum: ['plan'] }, name: { type: 'string' }, sha256: { type: 'string' } } },
      },
      $defs: { anschrift: { type: 'object', properties: { ort: { type: 'string' } } } },
    };
    expect(formFields(schema).map((f) => f.pointer)).toEqual([
      '/properties/anschrift', '/properties/kinder', '/properties/kinder/items/properties/vorname', '/properties/nachweis', '/properties/nachweis/properties/art', '/$defs/anschrift/properties/ort',
    ]);
  });

  it('finds the choices of a single and a multiple choice', () => {
    expect(choiceSchema(legalForm)).toBe(legalForm);
    const many = { type: 'array', items: legalForm };
    expect(choiceSchema(many)).toBe(legalForm);
    expect(choiceSchema(nationality)).toBeUndefined();
  });
});

describe('validateDefinition() and field texts', () => {
  const withForm = (properties: Record<string, unknown>): ProcedureConfig => ({
    id: 'probe', version: 1, title: { de: 'Probe', en: 'Probe' }, authority: 'amt', legalBasis: '§ 1 ProbeG',
    roles: { applicant: { kind: 'citizen' } },
    forms: { antrag: { schema: { type: 'object', properties } } },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' } },
    machine: { initial: 'draft', states: { draft: { meta: { title: { de: 'Entwurf', en: 'Draft' } }, on: { SUBMIT: 'done' } }, done: { type: 'final' } } },
  });

  it('accepts complete texts without warnings', () => {
    const result = validateDefinition(withForm({ staatsangehoerigkeit: nationality, rechtsform: legalForm }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about a field without title or English title and choices without labels', () => {
    const result = validateDefinition(withForm({ ort: { type: 'string' }, plz: { type: 'string', title: 'Postleitzahl' }, art: { enum: ['a', 'b'], title: 'Art', 'x-i18n': { en: { title: 'Kind' } }, 'x-enum-titles': { de: ['A', 'B'] } } }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([
      ['/forms/antrag/schema/properties/ort', 'form-field-untitled'],
      ['/forms/antrag/schema/properties/plz', 'form-field-untranslated'],
      ['/forms/antrag/schema/properties/art', 'form-choices-unlabelled'],
    ]);
  });

  it('rejects text keywords of the wrong shape', () => {
    const result = validateDefinition(withForm({ ort: { type: 'string', title: 'Ort', 'x-i18n': { fr: { title: 'Lieu' } } } }));
    expect(result.errors.map((e) => e.code)).toEqual(['form-schema-invalid']);
  });

  it('rejects unknown keys in a state title', () => {
    const def = withForm({});
    def.machine.states.done!.meta = { title: { de: 'Fertig', en: 'Done', fr: 'Fini' } as never };
    expect(validateDefinition(def).ok).toBe(false);
  });
});
