import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import type { Principal } from '../http/RouteSpec.js';
import type { CaseAccess } from './caseAccess.js';
import { needsConsent } from './dataCategories.js';

/**
 * Refuses staff a read that would reveal consent-gated categories the citizen has not granted
 * to the reader's authority (403 naming them). Parties reading their own case pass.
 */
export async function consentGate(deps: AppDeps, principal: Principal, access: CaseAccess, categories: string[]): Promise<void> {
  if (access.as !== 'staff') return;
  const gated = categories.filter((c) => needsConsent(access.definition, c));
  if (!gated.length) return;
  const granted = await deps.store.grantedCategories(access.record.id, principal.authority ?? '', new Date());
  const withheld = gated.filter((c) => !granted.has(c));
  if (withheld.length) throw new HttpError(403, 'consent-required', `The citizen's consent is required for: ${withheld.join(', ')}`, { categories: withheld });
}
