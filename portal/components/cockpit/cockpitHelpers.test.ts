import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { formatDuration } from './formatters.js';
import { settingsErrors } from './settingsErrors.js';
import { ApiError } from '../../../ui/index.js';

// The Datencockpit's pure helpers (issue 10): consent durations in words, server refusals of the settings at their fields.
const t = ((key: string, o: { count: number }) => `${o.count} ${key.slice('duration.'.length)}`) as unknown as TFunction<'cockpit'>;

describe('formatDuration()', () => {
  it('names each part of an ISO 8601 duration and leaves unknown forms as they are', () => {
    expect(formatDuration('P7D', t)).toBe('7 days');
    expect(formatDuration('P1Y6M', t)).toBe('1 years, 6 months');
    expect(formatDuration('P2W', t)).toBe('2 weeks');
    expect(formatDuration('PT12H', t)).toBe('12 hours');
    expect(formatDuration('P0D', t)).toBe('P0D');
    expect(formatDuration('sieben Tage', t)).toBe('sieben Tage');
  });
});

describe('settingsErrors()', () => {
  const text = (key: string, message?: string) => (message ? `${key}: ${message}` : key);

  it('puts the business codes at their fields', () => {
    expect(settingsErrors(new ApiError(422, 'email-required', 'x'), text)).toEqual([{ field: 'email', message: 'email' }]);
    expect(settingsErrors(new ApiError(422, 'address-required', 'x'), text)).toEqual([{ field: 'address', message: 'address' }]);
  });

  it('puts schema refusals at the fields their JSON pointers name, once each', () => {
    const details = { errors: [{ path: 'body/email', message: 'must match format "email"' }, { path: 'body/channels', message: 'must NOT have fewer than 1 items' }, { path: 'body/email', message: 'x' }] };
    expect(settingsErrors(new ApiError(400, 'invalid-request', 'Invalid body', details), text)).toEqual([
      { field: 'email', message: 'email' }, { field: 'channels', message: 'channels' },
    ]);
  });

  it('keeps anything else as one general error with the server\'s message', () => {
    expect(settingsErrors(new ApiError(500, 'internal', 'Boom'), text)).toEqual([{ message: 'other: Boom' }]);
    expect(settingsErrors(new TypeError('Failed to fetch'), text)).toEqual([{ message: 'other: Failed to fetch' }]);
  });
});
