import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { firstSubmission, formatDuration, humanize, procedureDeadlines, requiredFields, stateTitle } from '../../portal/components/catalogue/procedureFacts.js';

describe('procedure facts for the portal', () => {
  const catalogue = [...loadCatalogue().values()];
  const gewerbe = catalogue.find((d) => d.id === 'gewerbeanmeldung')!;
  const wohnsitz = catalogue.find((d) => d.id === 'wohnsitzanmeldung')!;

  it('finds the first event a citizen sends, with its form, for every procedure of the catalogue', () => {
    expect(firstSubmission(gewerbe)).toEqual({ event: 'SUBMIT', form: 'anmeldung' });
    for (const def of catalogue) expect(firstSubmission(def), def.id).toBeDefined();
  });

  it('lists the required fields of a form and its uploads apart, by their titles in the language', () => {
    const need = requiredFields(wohnsitz, 'anmeldung', 'de');
    expect(need.fields).toContain('Familienname');
    expect(need.fields).toContain('Anschrift der neuen Wohnung');
    expect(need.fields).not.toContain('Geburtsname');
    expect(need.uploads).toEqual(['Wohnungsgeberbestätigung']);
    const english = requiredFields(wohnsitz, 'anmeldung', 'en');
    expect(english.fields).toContain('Address of the new home');
    expect(english.uploads).toEqual(["Landlord's confirmation"]);
  });

  it('names states by their titles in the language, else by their humanised names', () => {
    const bau = catalogue.find((d) => d.id === 'baugenehmigung')!;
    expect(stateTitle(gewerbe, 'zurueckgezogen', 'de')).toBe('Zurückgezogen');
    expect(stateTitle(gewerbe, 'pruefung', 'en')).toBe('Under review');
    expect(stateTitle(bau, 'verfahren.stellungnahmen.brandschutz.angefragt', 'de')).toBe('Stellungnahme Brandschutz angefragt');
    expect(stateTitle(gewerbe, 'neuerSchritt', 'de')).toBe('Neuer Schritt');
    expect(stateTitle(undefined, 'pruefung', 'de')).toBe('Pruefung');
  });

  it('lists the deadlines of the statechart with their meaning', () => {
    expect(procedureDeadlines(gewerbe)).toEqual([{ state: 'nachforderung', delay: 'P1M', description: 'Keine Nachreichung innerhalb eines Monats' }]);
  });

  it('writes durations and field names for people', () => {
    expect(formatDuration('P3M', 'de')).toBe('3 Monate');
    expect(formatDuration('P1M', 'de')).toBe('1 Monat');
    expect(formatDuration('P1M2D', 'en')).toBe('1 month and 2 days');
    expect(formatDuration('drei Monate', 'de')).toBe('drei Monate');
    expect(humanize('neueAnschrift')).toBe('Neue Anschrift');
  });
});
