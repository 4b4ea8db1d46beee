import type { ProcedureConfig } from '../../engine/index.js';
import type { CaseRecord } from '../../store/index.js';
import type { CaseView } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import type { Principal } from '../http/RouteSpec.js';
import { visibleToStaff } from './drafts.js';
import { caseView } from './keptCase.js';

/** What a principal may do with one case: as a party (citizen side) or as staff of an authority. */
export interface CaseAccess {
  record: CaseRecord;
  definition: ProcedureConfig;
  as: 'party' | 'staff';
  /** The procedure roles the principal holds in this case. */
  roles: string[];
}

/** Staff roles of a procedure that staff of `authority` hold. */
export function staffRoles(def: ProcedureConfig, authority: string | undefined): string[] {
  return Object.entries(def.roles)
    .filter(([, r]) => r.kind === 'staff' && (r.authority ?? def.authority) === authority)
    .map(([name]) => name);
}

/**
 * Resolves the principal's access to a case. Citizens reach only cases they are a party of,
 * staff only submitted cases (not a citizen's draft, see visibleToStaff) of their authority,
 * or of another while it is asked (403 once it has given its part); anything else answers
 * 404, so the existence of other people's cases does not leak. There is no administrator bypass.
 */
export async function caseAccess(deps: AppDeps, principal: Principal, caseId: string): Promise<CaseAccess> {
  const notFound = new HttpError(404, 'case-not-found', `No case ${caseId}`);
  const record = await deps.store.getCase(caseId);
  if (!record) throw notFound;
  const definition = await deps.catalogue.get(record.procedure, record.version);
  if (!definition) throw notFound;
  if (principal.kind === 'citizen' || principal.kind === 'company') {
    const roles = record.parties.filter((p) => p.id === principal.sub).map((p) => p.role);
    if (roles.length) return { record, definition, as: 'party', roles };
  } else if (principal.kind === 'staff') {
    const roles = staffRoles(definition, principal.authority);
    if (roles.length) return staffAccess(deps, record, definition, roles, principal.authority === definition.authority, notFound);
  }
  throw notFound;
}

/**
 * Staff holding `roles` in the case's procedure: the owning authority (`own`) sees a submitted
 * case, an asked authority one that asks it now. The projection follows the workflow a moment
 * later: while it still shows a case in which nothing happened, the workflow decides — and when
 * the engine cannot answer (a worker or Temporal down), the owning authority's staff get 503
 * `case-not-ready` with Retry-After instead of 404: the id of a case they cannot see yet reaches
 * them only once it was submitted (case ids cannot be guessed), so telling them to come back shows
 * nothing they could not read a moment later.
 */
async function staffAccess(deps: AppDeps, record: CaseRecord, definition: ProcedureConfig, roles: string[], own: boolean, notFound: HttpError): Promise<CaseAccess> {
  const current = record.seq === 0 || !own ? await currentView(deps, record.id) : undefined;
  if (current === UNANSWERED) throw own ? notReady(record.id) : notFound;
  const visible = visibleToStaff(definition, Math.max(record.seq, current?.seq ?? 0));
  if (visible && (own || (current && asked(current, roles)))) return { record, definition, as: 'staff', roles };
  // Issue 11: an authority asked for a statement loses sight of the case once it has given
  // it. It knows the case exists, so it is told why, not "not found".
  if (visible && current && acted(current, roles)) {
    throw new HttpError(403, 'no-longer-involved', 'Your authority gave its part in this case; it is no longer asked and cannot read it', {
      message: { de: 'Ihre Behörde hat ihren Beitrag zu diesem Vorgang abgegeben und ist nicht mehr beteiligt.', en: 'Your authority has given its part in this case and is no longer involved.' },
    });
  }
  throw notFound;
}

/** The engine did not answer a query (as opposed to: the case is gone, or shows nothing to staff). */
const UNANSWERED = Symbol('unanswered');

/** 503 with Retry-After: the case's state cannot be told right now. */
const notReady = (caseId: string) => new HttpError(503, 'case-not-ready', `Case ${caseId} cannot be read right now; retry shortly`, {
  message: { de: 'Der Vorgang kann gerade nicht gelesen werden. Bitte versuchen Sie es gleich noch einmal.', en: 'The case cannot be read right now. Please try again shortly.' },
}, { headers: { 'Retry-After': '5' } });

/**
 * The case as its workflow shows it now (or as kept when it closed); undefined when neither
 * has it (410), UNANSWERED when the engine could not be asked (no worker, Temporal down).
 */
async function currentView(deps: AppDeps, caseId: string): Promise<CaseView | undefined | typeof UNANSWERED> {
  try {
    return await caseView(deps, caseId);
  } catch (err) {
    return err instanceof HttpError ? undefined : UNANSWERED;
  }
}

/**
 * Whether another authority (say fire protection in a building permit) is asked in this case
 * now: the case accepts an event of its role. Without that it does not see the case, though
 * the procedure gives it a role.
 */
function asked(v: CaseView, roles: string[]): boolean {
  return v.accepts.some((a) => a.by.some((r) => roles.includes(r)));
}

/** Whether another authority has acted in the case (given its statement). */
function acted(v: CaseView, roles: string[]): boolean {
  return v.history.some((h) => h.actor && roles.includes(h.actor.role));
}

/** The role in which the principal fires `event`, or a 403 naming the roles that may. */
export function roleForEvent(access: CaseAccess, event: string): string {
  const by = access.definition.events[event]?.by ?? [];
  const role = by.find((r) => access.roles.includes(r));
  if (role) return role;
  if (!Object.hasOwn(access.definition.events, event)) return access.roles[0] ?? '';
  throw new HttpError(403, 'role-not-allowed', `Your role in this case may not fire ${event} (allowed: ${by.join(', ')})`, { allowed: by });
}
