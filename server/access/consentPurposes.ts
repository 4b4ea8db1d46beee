import type { LocalizedText, ProcedureConfig } from '../../engine/index.js';

/**
 * Purposes for which staff of any procedure may ask a citizen's consent, declared by the
 * installation. A procedure adds its own (`consentPurposes` in its definition). Staff pick one
 * by id; the citizen reads its title as declared — never text a clerk typed freely.
 */
const INSTALLATION_CONSENT_PURPOSES: Readonly<Record<string, { title: LocalizedText }>> = {
  antragspruefung: { title: { de: 'Prüfung Ihres Antrags', en: 'Examination of your application' } },
  nachweispruefung: { title: { de: 'Prüfung Ihrer Nachweise und Erlaubnisse', en: 'Examination of your certificates and permits' } },
  identitaetspruefung: { title: { de: 'Prüfung Ihrer Identität', en: 'Verification of your identity' } },
};

/** The purposes staff may name in a consent request of this procedure, by id. */
export function consentPurposes(def: ProcedureConfig): Record<string, { title: LocalizedText }> {
  return { ...INSTALLATION_CONSENT_PURPOSES, ...def.consentPurposes };
}
