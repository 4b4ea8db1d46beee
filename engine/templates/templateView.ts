import type { FieldShape, FormShapes } from './formShapes.js';

/** Language of a rendered text. */
export type TemplateLanguage = 'de' | 'en';

/** What a template view is built from; every instant is an ISO 8601 string. */
export interface TemplateViewInput {
  language: TemplateLanguage;
  case: { id: string; reference: string; receivedAt?: string };
  authority: { name: string; address: string[] };
  procedure: { title: string; legalBasis?: string };
  event: { type: string; at: string };
  /** Date of the document or notice. */
  date: string;
  /** The next deadline of the case, when one runs. */
  deadline?: string;
  /** The first citizen party of the case (applicant, requester, first bidder) as the login names them. */
  applicant?: { name?: string };
  /** Form data of the case by form id. */
  data: Record<string, unknown>;
  forms: FormShapes;
}

/** A view: plain values in objects and lists without prototypes. */
export type TemplateView = Record<string, unknown>;

const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;
const ATTACHMENT = { de: 'Anlage', en: 'Attachment' } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const bare = <T extends object>(entries: Iterable<readonly [string, unknown]>): T => {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out as T;
};

/** A date (`2026-03-02`) or an instant as a person reads it: "2. März 2026" (Europe/Berlin for instants). */
function formatDate(value: string, language: TemplateLanguage, withTime = false): string {
  const day = DATE.test(value);
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'long', ...(withTime && !day ? { timeStyle: 'short' } : {}), timeZone: day ? 'UTC' : 'Europe/Berlin',
  }).format(date) + (withTime && !day && language === 'de' ? ' Uhr' : '');
}

function formatValue(value: unknown, shape: FieldShape | undefined, language: TemplateLanguage, depth: number): unknown {
  if (value === null || value === undefined || depth > 10) return undefined;
  if (shape?.file || (typeof value === 'string' && value.startsWith('data:'))) {
    const name = value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : undefined;
    return name ? `${ATTACHMENT[language]}: ${name}` : ATTACHMENT[language];
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => formatValue(v, shape?.items, language, depth + 1)).filter((v) => v !== undefined);
    return Object.setPrototypeOf(items, null) as unknown[];
  }
  if (typeof value === 'object') {
    const fields = shape?.fields;
    return bare(Object.entries(value).map(([k, v]) => [k, formatValue(v, fields && Object.hasOwn(fields, k) ? fields[k] : undefined, language, depth + 1)] as const));
  }
  if (shape?.choices) {
    const i = shape.choices.values.indexOf(value);
    const label = i >= 0 ? (shape.choices[language] ?? shape.choices.de)?.[i] : undefined;
    if (label !== undefined) return label;
  }
  if (typeof value === 'string' && (shape?.format === 'date' || shape?.format === 'date-time')) return formatDate(value, language, shape.format === 'date-time');
  if (typeof value === 'number') return shape?.type === 'integer' ? String(value) : new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 }).format(value);
  return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

/**
 * The view templates render over: formatted values (dates as a person reads them, choices by
 * their labels, attachments by name only) in objects and lists without a prototype, built from
 * own properties only — so `{{constructor}}` or `{{__proto__}}` find nothing, and nothing in
 * it is a function Mustache could call.
 */
export function templateView(input: TemplateViewInput): TemplateView {
  const { language } = input;
  return bare([
    ['case', bare([['id', input.case.id], ['reference', input.case.reference], ['receivedAt', input.case.receivedAt && formatDate(input.case.receivedAt, language, true)]])],
    ['authority', bare([['name', input.authority.name], ['address', input.authority.address.join(', ')]])],
    ['procedure', bare([['title', input.procedure.title], ['legalBasis', input.procedure.legalBasis]])],
    ['event', bare([['type', input.event.type], ['at', formatDate(input.event.at, language, true)]])],
    ['date', formatDate(input.date, language)],
    ['deadline', input.deadline && formatDate(input.deadline, language)],
    ['applicant', bare([['name', input.applicant?.name]])],
    ['data', bare(Object.entries(input.data).map(([form, values]) => [form, formatValue(values, Object.hasOwn(input.forms, form) ? input.forms[form] : undefined, language, 0)] as const))],
  ]);
}
