import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { firstSubmission, formatDuration, humanize, procedureDeadlines, requiredFields } from '../../portal/components/catalogue/procedureFacts.js';

const inGerman = (t?: { de: string }) => t?.de ?? '';

describe('procedure facts for the portal', () => {
  const catalogue = [...loadCatalogue().values()];
  const gewerbe = catalogue.find((d) => d.id === 'gewerbeanmeldung')!;
  const wohnsitz = catalogue.find((d) => d.id === 'wohnsitzanmeldung')!;

  it('finds the first event a citizen sends, with its form, for every procedure of the catalogue', () => {
    expect(firstSubmission(gewerbe)).toEqual({ event: 'SUBMIT', form: 'anmeldung' });
    for (const def of catalogue) expect(firstSubmission(def), def.id).toBeDefined();
  });

  it('lists the required fields of a form and its uploads apart', () => {
    const need = requiredFields(wohnsitz, 'anmeldung', inGerman);
    expect(need.fields).toContain('Familienname');
    expect(need.fields).toContain('Neue Anschrift');
    expect(need.fields).not.toContain('Geburtsname');
    expect(need.uploads).toEqual(['Bestätigung des Wohnungsgebers nach § 19 BMG (Upload)']);
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
