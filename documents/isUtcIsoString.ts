const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** True for an ISO 8601 timestamp in UTC (`2026-03-02T08:15:00Z`, optional milliseconds). */
export function isUtcIsoString(value: unknown): value is string {
  return typeof value === 'string' && UTC_ISO.test(value) && !Number.isNaN(Date.parse(value));
}
