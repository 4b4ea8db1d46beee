import { caseReference, renderDocumentTemplate } from '../../documents/index.js';
import { GENERAL_CATEGORY } from '../../engine/index.js';
import type { PreviewEventAnswer } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import type { CaseAccess } from '../access/caseAccess.js';

/** One document of a preview: its name in the definition, the PDF and the categories it shows. */
export interface PreviewDocument {
  document: string;
  fileName: string;
  pdf: Uint8Array;
  categories: string[];
}

/**
 * Renders the documents a preview step names, as the `renderDocument` effect would render them
 * when the event is fired — same templates, same renderer, same view (Aktenzeichen, receipt
 * time, deadline after the step, the applicant's language) — but marked as a draft and kept
 * nowhere: nothing is filed, sealed or audited.
 */
export async function previewDocuments(
  deps: AppDeps, access: CaseAccess, step: Extract<PreviewEventAnswer, { ok: true }>, event: string, at: string,
): Promise<PreviewDocument[]> {
  const { record, definition } = access;
  const citizen = record.parties.find((p) => definition.roles[p.role]?.kind === 'citizen');
  const language = citizen && (await deps.store.getPreference(citizen.id))?.language === 'en' ? 'en' : 'de';
  const receipt = (await deps.store.documentsOf(record.id)).find((d) => d.kind === 'receipt');
  const receivedAt = receipt?.signatures[0]?.signedAt ?? receipt?.createdAt.toISOString();
  const authority = deps.authorities?.[record.authority];
  const out: PreviewDocument[] = [];
  for (const { document, template } of step.documents) {
    const { pdf, categories } = await renderDocumentTemplate(template.document!, {
      language,
      case: { id: record.id, reference: caseReference(record.procedure, record.id, record.createdAt), ...(receivedAt ? { receivedAt } : {}) },
      authority: { name: authority?.name[language] ?? record.authority, address: authority?.address ?? [] },
      procedure: { title: definition.title[language] ?? definition.title.de, legalBasis: template.legalBasis },
      event: { type: event, at }, date: at, ...(step.deadline ? { deadline: step.deadline } : {}),
      ...(citizen?.name ? { applicant: { name: citizen.name } } : {}),
      data: step.caseData, forms: template.forms,
    }, { ...(citizen?.name ? { applicantName: citizen.name } : {}), draft: true });
    out.push({ document, fileName: `${document}-entwurf.pdf`, pdf, categories: [...new Set([GENERAL_CATEGORY, ...categories])].sort() });
  }
  return out;
}
