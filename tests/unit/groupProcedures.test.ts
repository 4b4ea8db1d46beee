import { describe, expect, it } from 'vitest';
import { groupProcedures, matchesSearch } from '../../portal/components/catalogue/groupProcedures.js';
import type { ProcedureSummary } from '../../portal/components/catalogue/procedureTypes.js';

const text = (de: string, en: string) => ({ de, en });
const inGerman = (t?: { de: string }) => t?.de ?? '';
const inEnglish = (t?: { en: string }) => t?.en ?? '';
const gewerbe: ProcedureSummary = {
  id: 'gewerbeanmeldung', version: 1, title: text('Gewerbeanmeldung', 'Business registration'), authority: 'gewerbeamt',
  authorityTitle: text('Gewerbeamt', 'Trade office'), legalBasis: '§ 14 GewO',
  lifeSituations: [text('Unternehmen gründen', 'Starting a business'), text('Arbeit und Beruf', 'Work and occupation')],
};
const bau: ProcedureSummary = {
  id: 'baugenehmigung', version: 1, title: text('Baugenehmigung', 'Building permit'), description: text('Ein Gebäude errichten', 'Erect a building'),
  authority: 'bauaufsicht', legalBasis: 'BayBO',
};

describe('matchesSearch()', () => {
  it('finds by any word of title or description, in either language, ignoring case and umlauts', () => {
    expect(matchesSearch(bau, 'gebaude')).toBe(true);
    expect(matchesSearch(bau, 'BUILDING permit')).toBe(true);
    expect(matchesSearch(gewerbe, 'gründen')).toBe(true);
    expect(matchesSearch(gewerbe, 'gewerbe bau')).toBe(false);
    expect(matchesSearch(gewerbe, '  ')).toBe(true);
  });
});

describe('groupProcedures()', () => {
  it('groups by life situation, a procedure under each of its situations, the rest last', () => {
    const groups = groupProcedures([gewerbe, bau], 'lebenslage', inGerman, 'Weitere');
    expect(groups.map((g) => [g.title, g.procedures.map((p) => p.id)])).toEqual([
      ['Arbeit und Beruf', ['gewerbeanmeldung']], ['Unternehmen gründen', ['gewerbeanmeldung']], ['Weitere', ['baugenehmigung']],
    ]);
  });

  it('groups by authority with its title in the language, the id when it has none', () => {
    const groups = groupProcedures([gewerbe, bau], 'behoerde', inEnglish, 'Other');
    expect(groups.map((g) => g.title)).toEqual(['bauaufsicht', 'Trade office']);
  });
});
