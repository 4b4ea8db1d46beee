import { describe, expect, it } from 'vitest';
import { FormValidator } from './createFormValidator.js';
import { prepareForm } from './prepareForm.js';

const form = {
  schema: {
    type: 'object',
    required: ['staatsangehoerigkeit'],
    properties: {
      staatsangehoerigkeit: {
        type: 'string', pattern: '^[A-Z]{3}$', title: 'Staatsangehörigkeit', description: 'Ländercode, z. B. DEU',
        'x-i18n': { en: { title: 'Nationality', description: 'Country code, e.g. DEU' } },
      },
      rechtsform: { enum: ['gmbh', 'sonstige'], title: 'Rechtsform', 'x-enum-titles': { de: ['GmbH', 'Sonstige Rechtsform'], en: ['Private limited company', 'Other legal form'] } },
      sprachen: { type: 'array', uniqueItems: true, items: { enum: ['de', 'en'], 'x-enum-titles': { de: ['Deutsch', 'Englisch'], en: ['German', 'English'] } } },
      anschrift: { type: 'object', title: 'Anschrift', properties: { ort: { type: 'string', title: 'Ort', 'x-i18n': { en: { title: 'Town' } } } } },
      beschaeftigte: { type: 'integer' },
    },
  },
};

describe('prepareForm()', () => {
  it('labels fields, hints and choices in German', () => {
    const { uiSchema } = prepareForm(form, 'de');
    expect(uiSchema.staatsangehoerigkeit).toMatchObject({ 'ui:title': 'Staatsangehörigkeit', 'ui:description': 'Ländercode, z. B. DEU' });
    expect(uiSchema.rechtsform['ui:enumNames']).toEqual(['GmbH', 'Sonstige Rechtsform']);
    expect(uiSchema.sprachen['ui:enumNames']).toEqual(['Deutsch', 'Englisch']);
    expect(uiSchema.anschrift.ort['ui:title']).toBe('Ort');
  });

  it('labels them in English from x-i18n and x-enum-titles, German where English is missing', () => {
    const { uiSchema } = prepareForm(form, 'en');
    expect(uiSchema.staatsangehoerigkeit).toMatchObject({ 'ui:title': 'Nationality', 'ui:description': 'Country code, e.g. DEU' });
    expect(uiSchema.rechtsform['ui:title']).toBe('Rechtsform');
    expect(uiSchema.rechtsform['ui:enumNames']).toEqual(['Private limited company', 'Other legal form']);
    expect(uiSchema.sprachen['ui:enumNames']).toEqual(['German', 'English']);
    expect(uiSchema.anschrift.ort['ui:title']).toBe('Town');
  });

  it('falls back to the humanised key without a title, and keeps one schema for both languages', () => {
    expect(prepareForm(form, 'en').uiSchema.beschaeftigte['ui:title']).toBe('Beschaeftigte');
    expect(prepareForm(form, 'en').schema).toBe(prepareForm(form, 'de').schema);
  });

  it('validates in the browser with the text keywords in place', () => {
    const validator = new FormValidator((keyword) => keyword);
    const { schema } = prepareForm(form, 'de');
    expect(validator.errorsOf(schema, { staatsangehoerigkeit: 'DEU', rechtsform: 'gmbh' })).toEqual([]);
    expect(validator.errorsOf(schema, { staatsangehoerigkeit: 'deutsch' }).map((e) => [e.property, e.name])).toEqual([['.staatsangehoerigkeit', 'pattern']]);
  });
});
