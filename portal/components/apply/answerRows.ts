import { fileInfo, formatBytes, isFileField } from '../../../engine/index.js';
import { fieldId, isAttachment } from '../../../ui/index.js';
import type { PreparedForm } from '../../../ui/index.js';

type Schema = Record<string, unknown>;
type Ui = Record<string, unknown>;

/** One answer of the check-answers list. */
export interface AnswerRow {
  label: string;
  /** The answer as text; null when none was given. */
  value: string | null;
  /** Id of the field (the "Ändern" link's target). */
  id: string;
  /** Top-level property the answer belongs to (finds its page). */
  top: string;
}

/** Texts the rows need in the page's language. */
export interface AnswerTexts { yes: string; no: string; language: string }

function format(value: unknown, schema: Schema, ui: Ui, texts: AnswerTexts): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (Array.isArray(schema.enum)) {
    const names = ui['ui:enumNames'] as string[] | undefined;
    return names?.[schema.enum.indexOf(value)] ?? String(value);
  }
  if (isAttachment(schema)) return String((value as { name?: string }).name ?? '');
  // A file shows as its name and size, never as the data URL that holds it.
  if (isFileField(schema)) {
    const file = fileInfo(value);
    return file ? `${file.name ?? '–'} (${formatBytes(file.size, texts.language)})` : null;
  }
  if (Array.isArray(value)) {
    if (!value.length) return null;
    const items = (schema.items ?? {}) as Schema;
    const itemUi = (ui.items ?? {}) as Ui;
    return value.map((v) => (v && typeof v === 'object' && !isAttachment(items)
      ? Object.entries(v as Record<string, unknown>).map(([k, x]) => format(x, ((items.properties ?? {}) as Record<string, Schema>)[k] ?? {}, (itemUi[k] ?? {}) as Ui, texts)).filter(Boolean).join(', ')
      : format(v, Array.isArray(items.enum) ? items : items, itemUi, texts))).join('; ');
  }
  if (typeof value === 'number') return value.toLocaleString(texts.language);
  if (schema.format === 'date' && typeof value === 'string') {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(texts.language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  }
  return String(value);
}

/**
 * The answers of a form in the order of its fields, each labelled as in the form; the fields
 * of a group one by one ("Betriebsanschrift: Strasse"). Fields of `only` when given.
 */
export function answerRows(form: PreparedForm, data: Record<string, unknown>, texts: AnswerTexts, only?: string[]): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const walk = (schema: Schema, ui: Ui, value: unknown, path: string[], prefix: string) => {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const order = (ui['ui:order'] as string[] | undefined)?.filter((k) => k in props) ?? [];
    for (const key of [...order, ...Object.keys(props).filter((k) => !order.includes(k))]) {
      if (path.length === 0 && only && !only.includes(key)) continue;
      const sub = props[key]!;
      const subUi = (ui[key] ?? {}) as Ui;
      const label = String(subUi['ui:title'] ?? key);
      const v = (value as Record<string, unknown> | undefined)?.[key];
      if (sub.type === 'object' && sub.properties && !isAttachment(sub)) walk(sub, subUi, v, [...path, key], `${prefix}${label}: `);
      else rows.push({ label: prefix + label, value: format(v, sub, subUi, texts), id: fieldId([...path, key]), top: path[0] ?? key });
    }
  };
  walk(form.schema, form.uiSchema as Ui, data, [], '');
  return rows;
}
