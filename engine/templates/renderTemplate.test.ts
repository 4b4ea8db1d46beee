import { describe, expect, it } from 'vitest';
import type { ProcedureConfig } from '../types.js';
import { formShapes } from './formShapes.js';
import { renderTemplate } from './renderTemplate.js';
import { templateCategories } from './templateCategories.js';
import { templateView, type TemplateViewInput } from './templateView.js';

const def = {
  forms: {
    antrag: {
      schema: {
        type: 'object',
        properties: {
          name: { type: 'string' }, geburtsdatum: { type: 'string', format: 'date' }, nebenerwerb: { type: 'boolean' },
          rechtsform: { enum: ['gmbh', 'ag'], 'x-enum-titles': { de: ['GmbH', 'Aktiengesellschaft'], en: ['Private limited company', 'Public limited company'] } },
          adresse: { type: 'object', properties: { strasse: { type: 'string' }, ort: { type: 'string' } } },
          iban: { type: 'string', 'x-data-category': 'bank' },
          kosten: { type: 'number' },
          staaten: { type: 'array', items: { type: 'string' } },
          anlagen: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, sha256: { type: 'string' } } } },
        },
      },
    },
  },
  dataCategories: { bank: { consentRequired: true } },
} as unknown as ProcedureConfig;

const input = (language: 'de' | 'en' = 'de'): TemplateViewInput => ({
  language,
  case: { id: 'c-1', reference: 'GEWE-2026-ABCDEF12', receivedAt: '2026-03-02T08:15:00.000Z' },
  authority: { name: 'Stadt Musterstadt – Gewerbeamt', address: ['Rathausplatz 1', '86150 Musterstadt'] },
  procedure: { title: 'Gewerbeanmeldung' },
  event: { type: 'CONFIRM', at: '2026-03-05T10:00:00.000Z' },
  date: '2026-03-05T10:00:00.000Z',
  data: {
    antrag: {
      name: 'Łukasz Żółć <b>', geburtsdatum: '1990-02-28', nebenerwerb: true, rechtsform: 'gmbh', adresse: { strasse: 'Ørstedvej 7', ort: 'Musterstadt' },
      iban: 'DE02120300000000202051', kosten: 1234.5, staaten: ['DEU', 'DNK'], anlagen: [{ name: 'plan.pdf', sha256: 'ab' }],
    },
  },
  forms: formShapes(def),
});
const render = (template: string, language: 'de' | 'en' = 'de') => renderTemplate(template, templateView(input(language)), language);

describe('renderTemplate()', () => {
  it('shows values as a person reads them: dates, choice labels, yes/no, numbers, lists, attachments', () => {
    expect(render('{{data.antrag.geburtsdatum}} · {{data.antrag.rechtsform}} · {{data.antrag.nebenerwerb}} · {{data.antrag.kosten}} · {{data.antrag.staaten}}'))
      .toBe('28. Februar 1990 · GmbH · Ja · 1.234,5 · DEU, DNK');
    expect(render('{{data.antrag.geburtsdatum}} · {{data.antrag.rechtsform}} · {{data.antrag.nebenerwerb}} · {{case.receivedAt}}', 'en'))
      .toBe('28 February 1990 · Private limited company · Yes · 2 March 2026 at 09:15');
    expect(render('{{#data.antrag.anlagen}}{{.}};{{/data.antrag.anlagen}} {{data.antrag.anlagen}}')).toBe('Anlage: plan.pdf; Anlage: plan.pdf');
  });

  it('walks groups with sections and leaves a group named as a value empty, not JSON', () => {
    expect(render('{{#data.antrag.adresse}}{{strasse}}, {{ort}}{{/data.antrag.adresse}}')).toBe('Ørstedvej 7, Musterstadt');
    expect(render('[{{data.antrag.adresse}}]')).toBe('[]');
  });

  it('renders nothing for prototype names, at any depth', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'case.constructor', 'case.id.constructor', 'data.antrag.staaten.constructor', 'data.__proto__.x', 'constructor.name']) {
      expect(render(`[{{${name}}}]`), name).toBe('[]');
      expect(render(`[{{#${name}}}x{{/${name}}}]`), name).toBe('[]');
    }
  });

  it('does not escape HTML (a PDF shows text; mails escape where they build HTML)', () => {
    expect(render('{{data.antrag.name}}')).toBe('Łukasz Żółć <b>');
  });

  it('refuses partials and unescaped tags, which publishing refuses too', () => {
    expect(() => render('{{> kopf}}')).toThrow(/Not allowed/);
    expect(() => render('{{{data.antrag.name}}}')).toThrow(/Not allowed/);
    expect(() => render('{{=<% %>=}}<% case.id %>')).toThrow(/Not allowed/);
  });

  it('collapses the blank lines that empty sections leave', () => {
    expect(render('A\n\n{{#data.antrag.fehlt}}x{{/data.antrag.fehlt}}\n\n\nB')).toBe('A\n\nB');
  });
});

describe('templateCategories()', () => {
  it('lists the categories of exactly the fields a template names', () => {
    const forms = formShapes(def);
    expect(templateCategories(['{{data.antrag.name}}'], forms)).toEqual(['verfahrensdaten']);
    expect(templateCategories(['{{data.antrag.name}}', 'IBAN: {{data.antrag.iban}}'], forms)).toEqual(['bank', 'verfahrensdaten']);
  });
});
