import { audit } from './audit.js';
import { misconfigured } from './misconfigured.js';
import type { EffectHandler } from './EffectInput.js';
import { deliver } from './deliver.js';

/** requestConsent: opens a consent request to the applicant for data categories of the case. */
export const requestConsent: EffectHandler = async (input, deps) => {
  const subject = input.parties.find((p) => p.role === (input.effect.params.from ?? 'applicant'))?.id;
  if (!subject) throw misconfigured(`requestConsent: case ${input.caseId} has no party in role ${String(input.effect.params.from ?? 'applicant')}`);
  const categories = (input.effect.params.categories as string[] | undefined) ?? [];
  await deps.store.openConsent({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: input.key, subject, authority: input.authority, categories,
    purpose: localizedDe(input.effect.params.purpose), note: null, officer: null, duration: String(input.effect.params.validFor ?? 'P30D'),
    status: 'open', decidedAt: null, expiresAt: null,
  });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'consent.requested', details: { categories } });
  await deliver(input, deps, { recipients: [subject], template: 'consentRequested', values: { categories, purpose: (input.effect.params.purpose ?? '') as never } });
  return { subject };
};

/** The German text of a `{ de, en }` purpose (or the text itself): what the consent record keeps. */
function localizedDe(value: unknown): string {
  if (value && typeof value === 'object' && 'de' in value) return String((value as { de: unknown }).de);
  return String(value ?? '');
}
