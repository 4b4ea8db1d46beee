import { parseDuration } from '../../engine/index.js';
import type { Duration } from '../../engine/index.js';

type Unit = keyof Duration;
const UNITS: Unit[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];

/** German unit words after "nach" (dative plural), English after "after": [one, many]. */
const WORDS: Record<'de' | 'en', Record<Unit, [string, string]>> = {
  de: {
    years: ['Jahr', 'Jahren'], months: ['Monat', 'Monaten'], weeks: ['Woche', 'Wochen'], days: ['Tag', 'Tagen'],
    hours: ['Stunde', 'Stunden'], minutes: ['Minute', 'Minuten'], seconds: ['Sekunde', 'Sekunden'],
  },
  en: {
    years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'],
    hours: ['hour', 'hours'], minutes: ['minute', 'minutes'], seconds: ['second', 'seconds'],
  },
};

/**
 * An `after` deadline in words, as the canvas labels its edge: `P14D` → "nach 14 Tagen",
 * `P1M2W` → "nach 1 Monat und 2 Wochen" ("after 1 month and 2 weeks"). A delay that is no
 * ISO 8601 duration (a named delay) is shown as it is written.
 */
export function durationWords(delay: string, language: string): string {
  const lang = language === 'en' ? 'en' : 'de';
  const parsed = parseDuration(delay);
  const parts = parsed ? UNITS.filter((u) => parsed[u] > 0).map((u) => `${parsed[u]} ${WORDS[lang][u][parsed[u] === 1 ? 0 : 1]}`) : [delay];
  if (parts.length === 0) parts.push(lang === 'de' ? 'sofort' : 'immediately');
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${parts.at(-1)}` : parts[0]!;
  if (!parsed || parts[0] === 'sofort' || parts[0] === 'immediately') return joined;
  return `${lang === 'de' ? 'nach' : 'after'} ${joined}`;
}
