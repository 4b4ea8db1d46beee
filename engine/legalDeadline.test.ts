import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { testInstant } from '../documents/testing/testClock.js';
import { deadlineEnd, readDeadlineEnd } from './legalDeadline.js';
import type { DeadlineCalendar, GermanState } from './legalDeadline.js';

// The law counts calendar days in Berlin, so these tests need particular days (a leap year,
// Easter 2027, the summer-time changes). They are built from Temporal.PlainDate and a Berlin
// wall-clock time, not written as ISO instants: no signature or timer meets them, and the
// relative cases at the end take "now" from testClock.
const berlin = (date: string, time = '10:00') =>
  Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: 'Europe/Berlin', plainTime: time }).toInstant().toString();

/** The end of a deadline started at `date` (10:00 Berlin), as the last day and time a person reads. */
function endOf(date: string, duration: string, calendar: DeadlineCalendar = {}) {
  const end = new Date(deadlineEnd(duration, berlin(date), calendar));
  return { ...readDeadlineEnd(end.toISOString()), utcHour: end.getUTCHours() };
}
const inState = (state: GermanState) => ({ state });

describe('deadlineEnd() for a Frist (§§ 187–193 BGB, § 31 VwVfG)', () => {
  it('does not count the day of the event and ends at 24:00 of the last day (§ 187 (1), § 188 (1))', () => {
    expect(endOf('2027-06-01', 'P1D')).toEqual({ day: '2027-06-02', time: '24:00', utcHour: 22 });
    expect(endOf('2027-06-01', 'P14D')).toEqual({ day: '2027-06-15', time: '24:00', utcHour: 22 });
  });

  it('counts from the event\'s day in Berlin, not in UTC: 00:30 in Berlin is the evening before in UTC', () => {
    const at = berlin('2027-06-01', '00:30');
    expect(new Date(at).getUTCDate()).toBe(31);
    expect(readDeadlineEnd(new Date(deadlineEnd('P1D', at, {})).toISOString())).toEqual({ day: '2027-06-02', time: '24:00' });
  });

  it('ends a Frist of weeks on the same weekday (§ 188 (2))', () => {
    expect(endOf('2027-06-02', 'P2W').day).toBe('2027-06-16');
  });

  it('ends a month-Frist from 31 January on the last day of February (§ 188 (3))', () => {
    expect(endOf('2030-01-31', 'P1M').day).toBe('2030-02-28');
    expect(endOf('2030-03-31', 'P1M').day).toBe('2030-04-30');
  });

  it('knows leap years: 29 February 2028 exists, 29 February 2029 does not', () => {
    expect(endOf('2028-01-31', 'P1M').day).toBe('2028-02-29');
    expect(endOf('2028-02-29', 'P1Y').day).toBe('2029-02-28');
  });

  it('ends at 24:00 Berlin across the change to summer time: 23:00 UTC before, 22:00 UTC after', () => {
    expect(endOf('2027-02-24', 'P1M')).toEqual({ day: '2027-03-24', time: '24:00', utcHour: 23 });
    expect(endOf('2027-03-01', 'P1M')).toEqual({ day: '2027-04-01', time: '24:00', utcHour: 22 });
  });

  it('ends at 24:00 Berlin across the change back to winter time: 22:00 UTC before, 23:00 UTC after', () => {
    expect(endOf('2027-09-28', 'P1M')).toEqual({ day: '2027-10-28', time: '24:00', utcHour: 22 });
    expect(endOf('2027-10-03', 'P1M', inState('BE'))).toEqual({ day: '2027-11-03', time: '24:00', utcHour: 23 });
  });

  it('moves an end on a Saturday to the Monday (§ 193 BGB)', () => {
    expect(endOf('2027-02-01', 'P12D')).toEqual({ day: '2027-02-15', time: '24:00', utcHour: 23 });
  });

  it('moves an end on Karfreitag past Easter Monday to the Tuesday', () => {
    // Easter Sunday 2027 is 28 March: Karfreitag 26, Saturday, Sunday, Ostermontag 29.
    expect(endOf('2027-03-12', 'P14D').day).toBe('2027-03-30');
    expect(endOf('2027-02-26', 'P1M', inState('BE')).day).toBe('2027-03-30');
  });

  it('moves an end through Christmas, the weekend and New Year to the next working day', () => {
    expect(endOf('2026-12-11', 'P2W').day).toBe('2026-12-28');
    expect(endOf('2026-12-04', 'P4W', inState('BY')).day).toBe('2027-01-04');
  });

  it('counts the holidays of the authority\'s state: Heilige Drei Könige in Bavaria, not in Berlin', () => {
    expect(endOf('2026-12-23', 'P14D', inState('BY')).day).toBe('2027-01-07');
    expect(endOf('2026-12-23', 'P14D', inState('BE')).day).toBe('2027-01-06');
  });

  it('counts Fronleichnam in Bavaria, not in Berlin, and Reformationstag in Saxony, not in Bavaria', () => {
    expect(endOf('2027-05-13', 'P14D', inState('BY')).day).toBe('2027-05-28');
    expect(endOf('2027-05-13', 'P14D', inState('BE')).day).toBe('2027-05-27');
    expect(endOf('2028-10-17', 'P2W', inState('SN')).day).toBe('2028-11-01');
    expect(endOf('2028-10-17', 'P2W', inState('BY')).day).toBe('2028-10-31');
  });

  it('without a state, moves an end only for nationwide holidays', () => {
    expect(endOf('2027-10-01', 'P1M', inState('BY')).day).toBe('2027-11-02');
    expect(endOf('2027-10-01', 'P1M').day).toBe('2027-11-01');
  });

  it('ends every Frist from now at a Berlin midnight after a working day, never before the plain count', () => {
    const now = testInstant();
    for (let days = 1; days <= 400; days += 7) {
      const end = deadlineEnd(`P${days}D`, now.toISOString(), inState('BY'));
      const { day, time } = readDeadlineEnd(new Date(end).toISOString());
      expect(time).toBe('24:00');
      expect(Temporal.PlainDate.from(day).dayOfWeek).toBeLessThan(6);
      expect(end - now.getTime()).toBeGreaterThanOrEqual(days * 86_400_000 - 3_600_000);
    }
  });
});

describe('deadlineEnd() for exact periods', () => {
  it('keeps a duration with a time part an exact period from the event', () => {
    const now = testInstant();
    expect(deadlineEnd('PT10S', now.toISOString(), inState('BY')) - now.getTime()).toBe(10_000);
    expect(deadlineEnd('P1DT2H', now.toISOString(), inState('BY')) - now.getTime()).toBe(26 * 3_600_000);
  });

  it('counts every duration exactly in the calendar `exact` (cases started before Fristen)', () => {
    const now = testInstant();
    expect(deadlineEnd('P14D', now.toISOString(), 'exact') - now.getTime()).toBe(14 * 86_400_000);
  });
});

describe('readDeadlineEnd()', () => {
  it('shows an exact end with its Berlin time of day', () => {
    expect(readDeadlineEnd(berlin('2027-01-04', '14:05'))).toEqual({ day: '2027-01-04', time: '14:05' });
  });
});
