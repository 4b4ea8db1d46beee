import { renderTemplate, templateCategories, templateView } from '../engine/index.js';
import type { DocumentTemplateConfig, TemplateViewInput } from '../engine/index.js';
import { renderDocument } from './renderDocument.js';

/** A document template rendered to PDF, with the data categories of the fields it shows. */
export interface RenderedTemplate {
  pdf: Uint8Array;
  categories: string[];
}

/**
 * Renders a document template of a definition (a Bescheid, an Ablehnung, …) over a case's
 * template view to PDF: the `renderDocument` effect does it when an event is fired, the
 * workbench's preview before (`draft`, marked "Entwurf – nicht bekanntgegeben") — one renderer,
 * so the preview shows what will be sealed. Without an addressee template the applicant's
 * name (as the login names them) is the address.
 */
export async function renderDocumentTemplate(
  doc: DocumentTemplateConfig, input: TemplateViewInput, options: { applicantName?: string; draft?: boolean } = {},
): Promise<RenderedTemplate> {
  const { language } = input;
  const view = templateView(input);
  const render = (text: { de: string; en: string } | undefined) => (text ? renderTemplate(text[language], view, language) : '');
  const addressee = render(doc.addressee).split('\n').map((l) => l.trim()).filter(Boolean);
  const pdf = await renderDocument({
    kind: doc.kind, language, authority: input.authority, reference: input.case.reference, procedureTitle: input.procedure.title,
    date: input.date, addressee: addressee.length ? addressee : options.applicantName ? [options.applicantName] : [],
    title: render(doc.title), tenor: render(doc.tenor), reasons: render(doc.reasons),
    ...(doc.notes ? { notes: render(doc.notes) } : {}), ...(doc.remedy ? { remedy: render(doc.remedy) } : {}),
    ...(options.draft ? { draft: true } : {}),
  });
  const texts = [doc.title, doc.addressee, doc.tenor, doc.reasons, doc.notes, doc.remedy].flatMap((t) => (t ? [t.de, t.en] : []));
  return { pdf, categories: templateCategories(texts, input.forms) };
}
