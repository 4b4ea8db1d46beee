import { readDeadlineEnd } from '../../../engine/index.js';

/** A date for people in the UI language: "12. März 2027" / "12 March 2027". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/** Date and time for people: "12. März 2027, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * The end of a deadline as a person reads it, in German time (Europe/Berlin) whatever the
 * browser's zone: the weekday and date, and the time of day — `24:00` for a Frist, which ends
 * at the end of its last day ("Montag, 4. Januar 2027", "24:00"), not at 0:00 of the next.
 */
export function formatDeadlineEnd(dueAt: string, language: string): { date: string; time: string } {
  const { day, time } = readDeadlineEnd(dueAt);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { date: new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date)), time };
}
