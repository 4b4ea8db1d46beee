import { consentRole } from '../../engine/index.js';
import { audit } from './audit.js';
import { misconfigured } from './misconfigured.js';
import type { EffectHandler } from './EffectInput.js';
import { deliver } from './deliver.js';

/**
 * requestConsent: opens a consent request to the party in the citizen role `from` (default: the
 * procedure's first citizen role) for data categories of the case, and tells them.
 */
export const requestConsent: EffectHandler<'requestConsent'> = async (input, deps) => {
  const { categories, purpose, validFor = 'P30D', from } = input.effect.params;
  const role = consentRole(from, input.roles, (r) => Object.hasOwn(input.staffAuthorities ?? {}, r));
  if (!role) throw misconfigured(`requestConsent: procedure ${input.procedure} has no citizen role to ask`);
  const subject = input.parties.find((p) => p.role === role)?.id;
  if (!subject) throw misconfigured(`requestConsent: case ${input.caseId} has no party in role ${role}`);
  await deps.store.openConsent({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: input.key, subject, authority: input.authority, categories,
    purpose: purpose.de, note: null, officer: null, duration: validFor, status: 'open', decidedAt: null, expiresAt: null,
  });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'consent.requested', details: { categories, role } });
  await deliver(input, deps, { recipients: [subject], template: 'consentRequested', values: { categories, purpose } });
  return { subject };
};
