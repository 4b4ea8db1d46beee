import { describe, expect, it } from 'vitest';
import { MAX_DURATION_YEARS, durationMs, parseDefinitionDuration, parseDuration } from './duration.js';

describe('parseDuration()', () => {
  it('reads the parts of an ISO 8601 duration', () => {
    expect(parseDuration('P1Y2M3DT4H5M6S')).toEqual({ years: 1, months: 2, weeks: 0, days: 3, hours: 4, minutes: 5, seconds: 6 });
    expect(parseDuration('3 months')).toBeUndefined();
  });

  it(`refuses in a definition a duration longer than ${MAX_DURATION_YEARS} years, so no deadline ends on an invalid date`, () => {
    expect(parseDefinitionDuration(`P${MAX_DURATION_YEARS}Y`)).toBeDefined();
    expect(parseDuration('P99999999Y')).toBeDefined();
    expect(parseDefinitionDuration('P99999999Y')).toBeUndefined();
    expect(parseDefinitionDuration('PT999999999999H')).toBeUndefined();
  });
});

describe('durationMs()', () => {
  it('counts months in the calendar: P1M from 31 January ends on the last day of February', () => {
    const from = new Date(Date.UTC(2027, 0, 31, 10));
    expect(new Date(from.getTime() + durationMs('P1M', from)).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('is a finite number for the longest duration a definition may name', () => {
    expect(Number.isFinite(durationMs(`P${MAX_DURATION_YEARS}Y`, new Date()))).toBe(true);
  });
});
