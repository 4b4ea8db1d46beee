import { caseReference } from '../../documents/index.js';
import type { EffectTemplate, TemplateLanguage, TemplateViewInput } from '../../engine/index.js';
import { authorityName } from './EffectInput.js';
import type { EffectDeps, RunEffectInput } from './EffectInput.js';

/** The first citizen party of the case (the applicant, the requester, the first bidder), if any. */
export function firstCitizen(input: RunEffectInput) {
  return input.parties.find((p) => !input.staffAuthorities?.[p.role]);
}

/** The language of a person's notices and documents: their choice, else German (the Amtssprache, § 23 VwVfG). */
export async function languageOf(deps: EffectDeps, subject: string | undefined): Promise<TemplateLanguage> {
  if (!subject) return 'de';
  return (await deps.store.getPreference(subject))?.language === 'en' ? 'en' : 'de';
}

/** What a template of this effect renders over (see `templateView` in engine). */
export async function templateInput(input: RunEffectInput, deps: EffectDeps, template: EffectTemplate, language: TemplateLanguage, applicantName?: string): Promise<TemplateViewInput> {
  const record = await deps.store.getCase(input.caseId);
  const receipts = (await deps.store.documentsOf(input.caseId)).filter((d) => d.kind === 'receipt');
  const deadline = record?.deadlines.map((d) => d.dueAt).sort()[0];
  const receivedAt = receipts[0]?.signatures[0]?.signedAt ?? receipts[0]?.createdAt.toISOString();
  return {
    language,
    case: { id: input.caseId, reference: caseReference(input.procedure, input.caseId, record?.createdAt ?? new Date(input.trigger.at)), ...(receivedAt ? { receivedAt } : {}) },
    authority: { name: authorityName(deps, input.authority, language), address: deps.authorities?.[input.authority]?.address ?? [] },
    procedure: { title: input.title[language], legalBasis: template.legalBasis },
    event: { type: input.trigger.type, at: input.trigger.at },
    date: input.trigger.at,
    ...(deadline ? { deadline } : {}),
    ...(applicantName ? { applicant: { name: applicantName } } : {}),
    data: input.caseData,
    forms: template.forms,
  };
}
