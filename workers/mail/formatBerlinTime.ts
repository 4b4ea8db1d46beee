import type { NotificationLanguage } from './NotificationValues.js';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * Shows a UTC instant as the local time of the German authorities (Europe/Berlin, summer time
 * included): `{ date: '02.03.2026', time: '09:15 Uhr' }` in German, ISO-like
 * `{ date: '2026-03-02', time: '09:15 (UTC+01:00)' }` in English, where a reader abroad needs
 * the offset. Throws for anything but an ISO 8601 instant — a programmer mistake upstream.
 */
export function formatBerlinTime(iso: string, language: NotificationLanguage): { date: string; time: string } {
  const instant = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(instant.getTime())) {
    throw new TypeError(`formatBerlinTime: expected an ISO 8601 instant, got ${JSON.stringify(iso)}`);
  }
  const part = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const { year, month, day, hour, minute } = part as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
  if (language === 'de') return { date: `${day}.${month}.${year}`, time: `${hour}:${minute} Uhr` };
  const offset = (part.timeZoneName ?? 'GMT+01:00').replace('GMT', 'UTC');
  return { date: `${year}-${month}-${day}`, time: `${hour}:${minute} (${offset})` };
}
