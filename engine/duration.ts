/** ISO 8601 durations (`P1Y2M3DT4H5M6S`, `P2W`) for `after` deadlines. */

const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parsed parts of an ISO 8601 duration. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Longest duration a definition may name: no legal deadline or retention runs longer. */
export const MAX_DURATION_YEARS = 200;

const DAY_MS = 86_400_000;

/** Parses an ISO 8601 duration; undefined when the text is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = ISO_DURATION.exec(text);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/**
 * Parses a duration a definition may name: an ISO 8601 duration of at most MAX_DURATION_YEARS
 * (`P99999999Y` would end beyond what a date can hold, and a deadline timer on NaN).
 */
export function parseDefinitionDuration(text: string): Duration | undefined {
  const d = parseDuration(text);
  if (!d) return undefined;
  const approxMs = (d.years * 366 + d.months * 31 + d.weeks * 7 + d.days) * DAY_MS + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
  return approxMs <= MAX_DURATION_YEARS * 366 * DAY_MS ? d : undefined;
}

/**
 * Milliseconds from `from` until `from + duration`. Years and months are calendar units
 * (UTC), so `P1M` from 31 January ends on the last day of February, as § 188 BGB counts.
 */
export function durationMs(text: string, from: Date): number {
  const d = parseDuration(text);
  if (!d) throw new Error(`not an ISO 8601 duration: ${text}`);
  const end = new Date(from.getTime());
  if (d.years || d.months) {
    const day = end.getUTCDate();
    end.setUTCDate(1);
    end.setUTCMonth(end.getUTCMonth() + d.years * 12 + d.months);
    const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
    end.setUTCDate(Math.min(day, lastDay));
  }
  const fixed = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
  return end.getTime() - from.getTime() + fixed;
}
