import { describe, expect, it } from 'vitest';
import { checkCategoryPlacement } from './checkCategoryPlacement.js';
import { categoriesAt, categorizeData, caseDataCategories, pickCategories, validateDefinition } from './index.js';
import type { ProcedureConfig } from './index.js';

// Issue 9, finding 4: `x-data-category` below the top level of a form was ignored.

const text = { de: 'x', en: 'x' };

/** A procedure with one form `antrag` of the given properties (and $defs). */
function procedure(properties: Record<string, unknown>, extra: Record<string, unknown> = {}): ProcedureConfig {
  return {
    id: 'probe', version: 1, title: text, authority: 'amt', legalBasis: '§ 1',
    roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
    dataCategories: { person: {}, wohnort: { consentRequired: true }, strafen: { consentRequired: true } },
    forms: { antrag: { schema: { type: 'object', properties, ...extra } } },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, CLOSE: { by: ['clerk'] } },
    machine: { initial: 'draft', states: { draft: { on: { SUBMIT: 'open' } }, open: { on: { CLOSE: 'done' } }, done: { type: 'final' } } },
  };
}

const nested = procedure({
  name: { type: 'string', 'x-data-category': 'person' },
  anschrift: { type: 'object', 'x-data-category': 'person', properties: { strasse: { type: 'string', 'x-data-category': 'wohnort' }, ort: { type: 'string' } } },
  eintraege: { type: 'array', items: { type: 'object', properties: { gericht: { type: 'string' }, urteil: { type: 'string', 'x-data-category': 'strafen' } } } },
  paar: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'string', 'x-data-category': 'wohnort' }] },
  zweit: { $ref: '#/$defs/adresse' },
  frei: { type: 'object', additionalProperties: { type: 'string', 'x-data-category': 'wohnort' } },
  gemischt: { allOf: [{ properties: { a: { type: 'string', 'x-data-category': 'strafen' } } }, { properties: { b: { type: 'string' } } }] },
  akte: { type: 'object', 'x-data-category': 'strafen', properties: { az: { type: 'string', 'x-data-category': 'person' } } },
}, { $defs: { adresse: { type: 'object', properties: { strasse: { type: 'string', 'x-data-category': 'wohnort' } } } } });

describe('categorizeData()', () => {
  it('finds categories on nested properties, in arrays, prefixItems, $ref targets, additionalProperties and allOf', () => {
    const at = (data: unknown) => categorizeData(nested, 'antrag', data).categories;
    expect(at({ name: 'E' })).toEqual(['person']);
    expect(at({ anschrift: { strasse: 'S', ort: 'O' } })).toEqual(['person', 'wohnort']);
    expect(at({ eintraege: [{ gericht: 'AG' }, { gericht: 'LG', urteil: 'U' }] })).toEqual(['strafen', 'verfahrensdaten']);
    expect(at({ paar: ['a', 'b'] })).toEqual(['verfahrensdaten', 'wohnort']);
    expect(at({ zweit: { strasse: 'S' } })).toEqual(['wohnort']);
    expect(at({ frei: { irgendwas: 'x' } })).toEqual(['wohnort']);
    expect(at({ gemischt: { a: 'x', b: 'y' } })).toEqual(['strafen', 'verfahrensdaten']);
  });

  it('keeps a value inside gated data gated, whatever it declares itself', () => {
    expect(categorizeData(nested, 'antrag', { akte: { az: '1' } }).categories).toEqual(['person', 'strafen']);
  });

  it('tells the categories at a pointer into the data', () => {
    const map = categorizeData(nested, 'antrag', { anschrift: { strasse: 'S', ort: 'O' }, eintraege: [{ urteil: 'U' }] });
    expect(categoriesAt(map, '/anschrift/strasse')).toEqual(['wohnort']);
    expect(categoriesAt(map, '/anschrift/ort')).toEqual(['person']);
    expect(categoriesAt(map, '/eintraege/0/urteil')).toEqual(['strafen']);
    expect(categoriesAt(map, '/eintraege/0/anderes')).toEqual(['verfahrensdaten']);
  });

  it('unions the forms of a case', () => {
    expect(caseDataCategories(nested, { antrag: { name: 'E', eintraege: [{ urteil: 'U' }] } })).toEqual(['person', 'strafen']);
  });
});

describe('pickCategories()', () => {
  const data = {
    antrag: {
      name: 'E', anschrift: { strasse: 'S', ort: 'O' }, eintraege: [{ gericht: 'AG', urteil: 'U' }], paar: ['a', 'b'],
      zweit: { strasse: 'Z' }, frei: { k: 'v' }, gemischt: { a: 'x', b: 'y' }, akte: { az: '1' },
    },
  };

  it('keeps only values of allowed categories, at any depth', () => {
    expect(pickCategories(nested, data, new Set(['person', 'verfahrensdaten']))).toEqual({
      antrag: { name: 'E', anschrift: { ort: 'O' }, eintraege: [{ gericht: 'AG' }], paar: ['a'], gemischt: { b: 'y' } },
    });
  });

  it('shows everything when every category is allowed, and keeps each form as a key', () => {
    expect(pickCategories(nested, data, new Set(['person', 'verfahrensdaten', 'wohnort', 'strafen']))).toEqual(data);
    expect(pickCategories(nested, { antrag: { eintraege: [{ urteil: 'U' }] } }, new Set(['person']))).toEqual({ antrag: {} });
  });
});

describe('validateDefinition(): data categories where they cannot be enforced', () => {
  const issues = (def: ProcedureConfig) => checkCategoryPlacement(def).map((e) => `${e.code} ${e.path}`);

  it('accepts categories at any depth through the keywords it follows', () => {
    expect(issues(nested)).toEqual([]);
    const result = validateDefinition(nested);
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['anyOf', { kontakt: { anyOf: [{ type: 'string', 'x-data-category': 'wohnort' }, { type: 'integer' }] } }, {}, '/forms/antrag/schema/properties/kontakt/anyOf'],
    ['oneOf via $ref', { kontakt: { oneOf: [{ $ref: '#/$defs/a' }, { type: 'integer' }] } }, { $defs: { a: { type: 'string', 'x-data-category': 'wohnort' } } }, '/forms/antrag/schema/properties/kontakt/oneOf'],
    ['if/then', { k: { if: { type: 'string' }, then: { 'x-data-category': 'wohnort' } } }, {}, '/forms/antrag/schema/properties/k/then'],
    ['patternProperties', { k: { type: 'object', patternProperties: { '^s': { 'x-data-category': 'wohnort' } } } }, {}, '/forms/antrag/schema/properties/k/patternProperties'],
    ['dependentSchemas', {}, { dependentSchemas: { a: { properties: { b: { 'x-data-category': 'wohnort' } } } } }, '/forms/antrag/schema/dependentSchemas'],
    ['an unused $defs entry', { a: { type: 'string' } }, { $defs: { alt: { type: 'string', 'x-data-category': 'wohnort' } } }, '/forms/antrag/schema/$defs/alt/x-data-category'],
    ['a nested $id', { a: { $id: 'urn:amtsweg:a', type: 'object', properties: { s: { type: 'string', 'x-data-category': 'wohnort' } } } }, {}, '/forms/antrag/schema/properties/a/$id'],
    ['an anchor $ref', { a: { $ref: '#adr' } }, { $defs: { adr: { $anchor: 'adr', type: 'string', 'x-data-category': 'wohnort' } } }, '/forms/antrag/schema/properties/a/$ref'],
  ])('refuses a category under %s, naming the place', (_, properties, extra, path) => {
    const def = procedure(properties as Record<string, unknown>, extra);
    expect(issues(def)).toContain(`category-unenforceable ${path}`);
    const result = validateDefinition(def);
    expect(result.ok).toBe(false);
    expect(result.errors.find((e) => e.code === 'category-unenforceable')?.message.de).toMatch(/nicht durchgesetzt/);
  });

  it('does not mind anyOf and the like in a form without categories, or data keywords that look like one', () => {
    const def = procedure({ k: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, l: { type: 'object', default: { 'x-data-category': 'x' } } });
    expect(issues(def)).toEqual([]);
  });
});
