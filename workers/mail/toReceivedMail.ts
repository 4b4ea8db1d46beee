import type { HeaderValue, ParsedMail } from 'mailparser';
import type { ReceivedMail } from './ReceivedMail.js';

/**
 * Headers kept besides the `x-*` ones: enough to check threading, automation flags and the
 * sender, without copying every Received line of a message into the index.
 */
const KEPT = new Set(['message-id', 'date', 'from', 'to', 'cc', 'reply-to', 'subject', 'in-reply-to', 'references', 'auto-submitted', 'content-language']);

/** What the SMTP session knew about the message besides its content. */
export interface Delivery {
  mailFrom: string;
  rcptTo: string[];
  size: number;
  receivedAt: Date;
}

/** Turns a parsed message and its SMTP envelope into the JSON shape the sink keeps. */
export function toReceivedMail(parsed: ParsedMail, delivery: Delivery): ReceivedMail {
  const headers: Record<string, string> = {};
  for (const [name, value] of parsed.headers) {
    if (KEPT.has(name) || name.startsWith('x-')) headers[name] = headerText(value);
  }
  return {
    messageId: parsed.messageId ?? '',
    from: parsed.from?.text || delivery.mailFrom,
    to: delivery.rcptTo,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
    date: (parsed.date ?? delivery.receivedAt).toISOString(),
    receivedAt: delivery.receivedAt.toISOString(),
    headers,
    size: delivery.size,
  };
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerText(v)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}
