import { getHolidays } from 'feiertagejs';
import { Temporal } from 'temporal-polyfill';
import { durationMs, parseDuration } from './duration.js';
import type { Duration } from './duration.js';

/** The German states (ISO 3166-2:DE without the prefix); public holidays differ between them. */
export const GERMAN_STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
/** One German state. */
export type GermanState = (typeof GERMAN_STATES)[number];

/**
 * Whose calendar a Frist is counted in: the state of the authority (its public holidays end no
 * Frist, § 193 BGB, § 31 (3) VwVfG). Without a state only the nationwide holidays count.
 */
export interface FristCalendar {
  state?: GermanState;
}

/** Authorities, and so their Fristen, keep German civil time. */
const FRIST_TIME_ZONE = 'Europe/Berlin';

/**
 * Whether a duration is a Frist of German law (§§ 187–193 BGB): only calendar parts — years,
 * months, weeks, days. A duration with any time part (`PT10S`, `PT2H`, `P1DT2H`) is an exact
 * period from the instant of the event.
 */
function isFristDuration(d: Duration): boolean {
  return d.hours === 0 && d.minutes === 0 && d.seconds === 0;
}

/** The calendar date in Berlin of an instant (`YYYY-MM-DD`). */
export function berlinDate(instant: string | Date): string {
  const epoch = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return Temporal.Instant.fromEpochMilliseconds(epoch).toZonedDateTimeISO(FRIST_TIME_ZONE).toPlainDate().toString();
}

/** The public holidays of a year in a state (or nationwide), as `YYYY-MM-DD`. */
function holidaysOf(year: number, state: GermanState | undefined): Set<string> {
  // feiertagejs puts each holiday at noon UTC, the same calendar day in Berlin on every host;
  // reading it with UTC getters keeps the host's time zone (and the workflow sandbox) out.
  return new Set(getHolidays(year, state ?? 'BUND').map(({ date }) => Temporal.PlainDate.from({
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
  }).toString()));
}

/** Saturday, Sunday or a public holiday of the calendar's state: no day for a Frist to end on. */
function isNonWorkingDay(day: Temporal.PlainDate, calendar: FristCalendar): boolean {
  return day.dayOfWeek >= 6 || holidaysOf(day.year, calendar.state).has(day.toString());
}

/**
 * The last day of a Frist that starts with an event on `eventDay`: the event's day is not
 * counted (§ 187 (1) BGB), so a Frist of days ends on the n-th day after it; one of weeks,
 * months or years on the day whose weekday or number matches the event's day, or on the last
 * day of the month when that month has no such day (§ 188 (2), (3) BGB) — which is what
 * Temporal's calendar arithmetic with `overflow: 'constrain'` does. Then § 193 BGB / § 31 (3)
 * VwVfG: a Saturday, Sunday or public holiday moves the end to the next working day.
 */
function fristLastDay(eventDay: Temporal.PlainDate, d: Duration, calendar: FristCalendar): Temporal.PlainDate {
  let last = eventDay.add({ years: d.years, months: d.months, weeks: d.weeks, days: d.days }, { overflow: 'constrain' });
  while (isNonWorkingDay(last, calendar)) last = last.add({ days: 1 });
  return last;
}

/**
 * The end of a Frist that an event at `at` starts (epoch milliseconds): the end (24:00) of its
 * last day in Berlin, i.e. the start of the following day there — 23:00 UTC in winter, 22:00
 * UTC in summer.
 */
function fristEnd(at: string, d: Duration, calendar: FristCalendar): number {
  const eventDay = Temporal.PlainDate.from(berlinDate(at));
  return fristLastDay(eventDay, d, calendar).add({ days: 1 }).toZonedDateTime({ timeZone: FRIST_TIME_ZONE }).epochMilliseconds;
}

/**
 * The end of a deadline as a person reads it in Berlin: the day, and the time of day, where an
 * end at midnight is the end (`24:00`) of the day before, as the law says it.
 */
export function readDeadlineEnd(dueAt: string): { day: string; time: string } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(Date.parse(dueAt)).toZonedDateTimeISO(FRIST_TIME_ZONE);
  const time = zoned.toPlainTime();
  if (time.hour === 0 && time.minute === 0 && time.second === 0 && time.millisecond === 0) {
    return { day: zoned.toPlainDate().subtract({ days: 1 }).toString(), time: '24:00' };
  }
  return { day: zoned.toPlainDate().toString(), time: time.toString({ smallestUnit: 'minute' }) };
}

/**
 * How a case counts its `after` deadlines: as Fristen in a calendar, or `'exact'` — the periods
 * from the event's instant that cases started before Fristen were counted keep for their life.
 */
export type DeadlineCalendar = FristCalendar | 'exact';

/**
 * When a deadline of `duration` (ISO 8601) that an event at `at` starts ends, in epoch
 * milliseconds: a Frist (only years, months, weeks, days) at the end of its last day in Berlin
 * (`fristEnd`); a duration with a time part, or any under `'exact'`, that long after `at`.
 */
export function deadlineEnd(duration: string, at: string, calendar: DeadlineCalendar): number {
  const d = parseDuration(duration);
  if (!d) throw new Error(`not an ISO 8601 duration: ${duration}`);
  if (calendar !== 'exact' && isFristDuration(d)) return fristEnd(at, d, calendar);
  return Date.parse(at) + durationMs(duration, new Date(at));
}
