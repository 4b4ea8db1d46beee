import type { TFunction } from 'i18next';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** Date and time as people read them in the UI's language ("3. März 2026, 14:05"). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** A date as people read it in the UI's language ("3. März 2026"). */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(new Date(iso));
}

const UNITS = ['years', 'months', 'weeks', 'days'];

/** An ISO 8601 duration of a consent request (`P7D`, `P1Y6M`, `PT12H`) in words; unknown forms as they are. */
export function formatDuration(iso: string, t: TFunction<'cockpit'>): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(iso);
  if (!match) return iso;
  const parts: [string, number][] = UNITS.map((unit, i) => [unit, Number(match[i + 1] ?? 0)]);
  parts.push(['hours', Number(match[5] ?? 0)]);
  const words = parts.filter(([, n]) => n > 0).map(([unit, count]) => t(`duration.${unit}`, { count }));
  return words.length ? words.join(', ') : iso;
}
