import type { LocalizedText } from '../../../engine/index.js';
import type { ProcedureSummary } from './procedureTypes.js';

/** A text of a definition in the reader's language (`localized` of ui, bound to the language). */
export type Localize = (text: LocalizedText | undefined) => string;

/** How the catalogue groups its procedures: by life situation (Lebenslage) or by authority. */
export type Grouping = 'lebenslage' | 'behoerde';

/** One heading of the catalogue and the procedures under it. */
export interface ProcedureGroup {
  key: string;
  title: string;
  procedures: ProcedureSummary[];
}

/** Lower case without diacritics, so "gebaude" finds "Gebäude" and "strasse" not "Straße" (kept simple). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('de');
}

/**
 * Whether a procedure matches the search: every word of `query` occurs in its title, description,
 * authority or life situations, in German or English (people search in either language).
 */
export function matchesSearch(p: ProcedureSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const texts = [p.title, p.description, p.authorityTitle, ...(p.lifeSituations ?? [])].flatMap((t) => (t ? [t.de, t.en] : []));
  const haystack = fold([...texts, p.authority].join(' '));
  return words.every((w) => haystack.includes(w));
}

/**
 * The catalogue's groups in the reader's language, each sorted by title; a procedure with several life
 * situations appears under each, one without any under `otherTitle`.
 */
export function groupProcedures(list: ProcedureSummary[], by: Grouping, text: Localize, otherTitle: string): ProcedureGroup[] {
  const groups = new Map<string, ProcedureGroup>();
  const add = (key: string, title: string, p: ProcedureSummary) => {
    const group = groups.get(key) ?? { key, title, procedures: [] };
    group.procedures.push(p);
    groups.set(key, group);
  };
  for (const p of list) {
    if (by === 'behoerde') add(p.authority, text(p.authorityTitle) || p.authority, p);
    else if (!p.lifeSituations?.length) add('', otherTitle, p);
    else for (const s of p.lifeSituations) add(s.de, text(s), p);
  }
  const byTitle = (a: string, b: string) => a.localeCompare(b, 'de');
  const sorted = [...groups.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : byTitle(a.title, b.title)));
  for (const g of sorted) g.procedures.sort((a, b) => byTitle(text(a.title), text(b.title)));
  return sorted;
}
