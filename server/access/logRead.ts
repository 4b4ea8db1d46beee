import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import type { Principal } from '../http/RouteSpec.js';
import type { CaseAccess } from './caseAccess.js';
import { plainText } from './plainText.js';

/** Longest purpose of a read (characters). */
const PURPOSE_MAX = 300;

/**
 * The purpose of a staff read (`?purpose=…`), required before anything is read and kept as
 * the citizen will read it: plain text (see plainText), tidied. Parties reading their own case
 * need none.
 */
export function requirePurpose(access: CaseAccess, purpose: string | undefined): string {
  if (access.as !== 'staff') return '';
  // The case's authority (no personal data): staff of another one are asked for a statement, and the purpose list says so.
  if (!purpose) throw new HttpError(400, 'purpose-required', 'Staff must state the purpose of every read (?purpose=…)', { authority: access.record.authority });
  const checked = plainText(purpose, PURPOSE_MAX);
  if (!checked.ok) throw new HttpError(400, 'purpose-invalid', `The purpose is not usable: ${checked.why.en}`, { message: checked.why });
  return checked.text;
}

/**
 * Records a staff read of a case's personal data in the access log of every citizen party,
 * before the data leaves the server, and tells those who asked to be told (portal inbox).
 * Parties reading their own case are not logged: the log is about authorities.
 */
export async function logRead(deps: AppDeps, principal: Principal, access: CaseAccess, purpose: string, categories: string[]): Promise<void> {
  if (access.as !== 'staff') return;
  const at = new Date();
  for (const party of access.record.parties) {
    const entry = await deps.store.logAccess({
      id: crypto.randomUUID(), subject: party.id, at, authority: principal.authority ?? '', officer: principal.sub,
      purpose, categories, caseId: access.record.id,
    });
    const pref = await deps.store.getPreference(party.id);
    if (pref?.notifyOnAccess) {
      const de = `Die Behörde ${entry.authority} hat am ${at.toISOString()} Ihre Daten (${categories.join(', ')}) gelesen. Zweck: ${purpose}`;
      const en = `Authority ${entry.authority} read your data (${categories.join(', ')}) at ${at.toISOString()}. Purpose: ${purpose}`;
      await deps.store.addInbox({
        id: crypto.randomUUID(), recipient: party.id, caseId: access.record.id, effectKey: `access:${entry.id}`, template: 'accessNotice',
        subject: pref.language === 'en' ? 'Access to your data' : 'Zugriff auf Ihre Daten', body: pref.language === 'en' ? en : de, documentId: null,
      });
    }
  }
}
