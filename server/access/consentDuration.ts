import { durationMs, parseDuration } from '../../engine/index.js';
import type { Duration } from '../../engine/index.js';
import { HttpError } from '../HttpError.js';

/** Default of `AMTSWEG_CONSENT_MAX_DURATION`. */
export const DEFAULT_CONSENT_MAX_DURATION = 'P90D';

/**
 * The length (ms from `now`) of a consent of `duration`, or a 422 naming the maximum when it
 * asks for nothing or for longer than `max` — also for durations too long to compute at all
 * (`P99999Y`), which are longer than any maximum.
 */
export function consentDurationMs(duration: string, max: string, now: Date): number {
  if (!parseDuration(duration)) throw new HttpError(400, 'duration-invalid', `"${duration}" is not an ISO 8601 duration (e.g. P7D, P3M)`);
  const ms = durationMs(duration, now);
  if (ms === 0) throw new HttpError(422, 'duration-empty', `A consent for ${duration} would end when it starts`);
  if (!Number.isFinite(ms) || ms > durationMs(max, now)) {
    throw new HttpError(422, 'duration-too-long', `A consent may run for at most ${max} (asked: ${duration})`, { maximum: max, message: { de: `Eine Einwilligung darf höchstens ${max} gelten.`, en: `A consent may run for at most ${max}.` } });
  }
  return ms;
}

const UNITS: [keyof Duration, string, string, string, string][] = [
  ['years', 'Jahr', 'Jahre', 'year', 'years'], ['months', 'Monat', 'Monate', 'month', 'months'], ['weeks', 'Woche', 'Wochen', 'week', 'weeks'],
  ['days', 'Tag', 'Tage', 'day', 'days'], ['hours', 'Stunde', 'Stunden', 'hour', 'hours'], ['minutes', 'Minute', 'Minuten', 'minute', 'minutes'],
  ['seconds', 'Sekunde', 'Sekunden', 'second', 'seconds'],
];

/** A duration as people read it: `P1Y2M` → „1 Jahr 2 Monate“ / "1 year 2 months". */
export function readableDuration(duration: string, lang: 'de' | 'en'): string {
  const d = parseDuration(duration);
  if (!d) return duration;
  return UNITS.filter(([unit]) => d[unit]).map(([unit, one, many, oneEn, manyEn]) =>
    `${d[unit]} ${lang === 'de' ? (d[unit] === 1 ? one : many) : (d[unit] === 1 ? oneEn : manyEn)}`).join(' ');
}
