import { formSamples, formShapes, renderTemplate, templateView } from '../../engine/index.js';
import type { FormConfig, ProcedureConfig, TemplateLanguage } from '../../engine/index.js';
import { isObject, objectAt } from './json.js';
import type { JsonObject } from './json.js';
import { DOCUMENT_PARTS, NOTIFICATION_PARTS } from './templateOps.js';

/** One part of a template as the runtime would render it, or why it cannot be rendered. */
export type PreviewPart = { part: string; text: string } | { part: string; problem: string };

/** What the preview fills in besides the forms' samples; shown to the designer beside the preview. */
export const PREVIEW_CASE = {
  reference: 'BEISPIEL-2026-000123',
  applicant: 'Erika Mustermann',
  address: ['Musterstraße 1', '12345 Musterstadt'],
} as const;

const DAY = 24 * 60 * 60 * 1000;

/**
 * A document or notification template of a draft rendered as the runtime renders it (the
 * engine's `templateView` and `renderTemplate`, the same Mustache rules), over sample data: the
 * first of each form's samples (its `examples`, else a value for every required field), a
 * sample reference, applicant and address, the authority's name, today's date and a deadline
 * in 14 days. Text only: the sealed PDF's layout is the runtime's. A part that does not render
 * (a broken tag) says why; the problems panel names it too.
 */
export function templatePreview(def: JsonObject, kind: 'document' | 'notification', name: string, language: TemplateLanguage, now: Date): PreviewPart[] {
  const template = objectAt(objectAt(kind === 'document' ? def.documents : def.notifications)[name]);
  const forms = objectAt(def.forms) as Record<string, FormConfig>;
  const data: Record<string, unknown> = {};
  for (const form of Object.keys(forms)) {
    try {
      const [sample] = formSamples(forms, form, () => ({ ok: true }));
      if (sample) data[form] = sample;
    } catch {
      // A half-edited form has no sample; its placeholders stay empty.
    }
  }
  const text = (value: unknown) => (isObject(value) && typeof value[language] === 'string' ? (value[language] as string) : '');
  const authorityName = text(def.authorityTitle) || (typeof def.authority === 'string' ? def.authority : '');
  let shapes: ReturnType<typeof formShapes> = {};
  try {
    shapes = formShapes(def as unknown as ProcedureConfig);
  } catch {
    // Without shapes values show as given (no choice titles, no date formatting).
  }
  const view = templateView({
    language,
    case: { id: 'beispiel', reference: PREVIEW_CASE.reference, receivedAt: new Date(now.getTime() - 3 * DAY).toISOString() },
    authority: { name: authorityName, address: [...PREVIEW_CASE.address] },
    procedure: { title: text(def.title), ...(typeof def.legalBasis === 'string' ? { legalBasis: def.legalBasis } : {}) },
    event: { type: 'BEISPIEL', at: now.toISOString() },
    date: now.toISOString().slice(0, 10),
    deadline: new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10),
    applicant: { name: PREVIEW_CASE.applicant },
    data,
    forms: shapes,
  });
  const parts = kind === 'document' ? DOCUMENT_PARTS : NOTIFICATION_PARTS;
  return parts.flatMap((part): PreviewPart[] => {
    const source = text(template[part]);
    if (!source) return [];
    try {
      return [{ part, text: renderTemplate(source, view, language) }];
    } catch (err) {
      return [{ part, problem: err instanceof Error ? err.message.replace(/^renderTemplate: /, '') : String(err) }];
    }
  });
}
