import { issue } from '../DefinitionIssue.js';
import type { DefinitionIssue } from '../DefinitionIssue.js';
import type { ProcedureDefinition } from '../resolveDefinition.js';
import { placedEffects } from './placedEffects.js';

/**
 * What an effect's params say that the meta-schema cannot check alone: a `sign` must ask for
 * what exists (the authority's seal — personal signatures have no signer yet), and a
 * `requestConsent` asks a citizen role of the procedure (`from`, default its first citizen role).
 */
export function checkEffects(def: ProcedureDefinition): DefinitionIssue[] {
  const errors: DefinitionIssue[] = [];
  const citizenRoles = Object.entries(def.roles).filter(([, r]) => r.kind === 'citizen').map(([name]) => name);
  for (const { effect, at } of placedEffects(def)) {
    if (effect.type === 'sign' && effect.params.kind === 'signature') {
      errors.push(issue(`${at}/params/kind`, 'sign-kind-unsupported',
        'sign: Persönliche Signaturen („signature“) kann Amtsweg noch nicht erstellen; möglich ist das Siegel der Behörde („seal“).',
        'sign: Amtsweg cannot make personal signatures ("signature") yet; the authority\'s seal ("seal") is available.'));
    }
    if (effect.type === 'requestConsent') {
      const { from } = effect.params;
      if (from !== undefined && !citizenRoles.includes(from)) {
        errors.push(issue(`${at}/params/from`, 'consent-role-invalid',
          `requestConsent: „${from}“ ist keine Bürgerrolle des Verfahrens (Bürgerrollen: ${citizenRoles.join(', ') || 'keine'}).`,
          `requestConsent: "${from}" is not a citizen role of the procedure (citizen roles: ${citizenRoles.join(', ') || 'none'}).`));
      } else if (from === undefined && citizenRoles.length === 0) {
        errors.push(issue(at, 'consent-role-invalid', 'requestConsent: Das Verfahren hat keine Bürgerrolle, die einwilligen könnte.', 'requestConsent: the procedure has no citizen role that could consent.'));
      }
    }
  }
  return errors;
}

/** The role a `requestConsent` asks: its `from`, else the first citizen role among `roles` (in definition order). */
export function consentRole(from: string | undefined, roles: readonly string[], isStaff: (role: string) => boolean): string | undefined {
  return from ?? roles.find((role) => !isStaff(role));
}
