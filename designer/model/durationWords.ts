import { parseDuration } from '../../engine/index.js';

const UNITS = [['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second']] as const;

/**
 * An ISO 8601 duration in words for the preview beside a deadline field: `P14D` → „14 Tage“,
 * `P1M2W` → „1 Monat und 2 Wochen“; undefined when the text is no duration.
 */
export function durationWords(iso: string, language: 'de' | 'en'): string | undefined {
  const d = parseDuration(iso.trim());
  if (!d) return undefined;
  const parts = UNITS.filter(([key]) => d[key] > 0)
    .map(([key, unit]) => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(d[key]));
  if (parts.length === 0) return new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(0);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}
