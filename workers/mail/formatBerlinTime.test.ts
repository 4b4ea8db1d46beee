import { describe, expect, it } from 'vitest';
import { formatBerlinTime } from './formatBerlinTime.js';

describe('formatBerlinTime()', () => {
  it('shows winter time as UTC+1 in German date format', () => {
    expect(formatBerlinTime('2026-01-15T11:05:00Z', 'de')).toEqual({ date: '15.01.2026', time: '12:05 Uhr' });
  });

  it('shows summer time as UTC+2 with the offset in English', () => {
    expect(formatBerlinTime('2026-06-15T11:05:00Z', 'en')).toEqual({ date: '2026-06-15', time: '13:05 (UTC+02:00)' });
  });

  it('moves to the next local day when UTC is still on the day before', () => {
    expect(formatBerlinTime('2026-12-31T23:30:00Z', 'de')).toEqual({ date: '01.01.2027', time: '00:30 Uhr' });
  });

  it('throws for a value that is not an ISO 8601 instant', () => {
    expect(() => formatBerlinTime('02.03.2026', 'de')).toThrow(TypeError);
  });
});
