import type { DocumentContent } from '../renderDocument.js';

/** Test-only: a small Bescheid to render and seal, with the given date and a name in it. */
export function sampleDocument(date: string, name = 'Jürgen Müller'): DocumentContent {
  return {
    kind: 'bescheid', language: 'de', authority: { name: 'Gewerbeamt Musterstadt', address: ['Rathausplatz 1', '86150 Musterstadt'] },
    reference: 'GA-2026-0001', procedureTitle: 'Gewerbeanmeldung', date, addressee: [name, 'Hauptstraße 1', '86150 Musterstadt'],
    title: 'Bescheid', tenor: 'Die Anmeldung wird bestätigt.', reasons: 'Die Anmeldung ist vollständig.',
    remedy: 'Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden.',
  };
}
