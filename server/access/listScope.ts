import type { CaseFilter } from '../../store/index.js';
import type { AppDeps } from '../AppDeps.js';
import type { Principal } from '../http/RouteSpec.js';
import { HttpError } from '../HttpError.js';
import { staffActsFirst } from './drafts.js';

/**
 * The filter of `GET /api/cases` for a principal: citizens see the cases they are a party of,
 * staff their authority's without citizens' drafts (see visibleToStaff), and other
 * authorities' cases while these wait for a statement of theirs. Staff also get the
 * views — `mine` (assigned to me), `group` (the state waits for an event of a role my authority
 * holds, so that anyone of us can act), `all` —, `assignee=me|none|<sub>` and the received
 * range; the order defaults to the nearest legal deadline for staff, the latest change for citizens.
 */
export async function listScope(deps: AppDeps, principal: Principal, query: Record<string, string>): Promise<Omit<CaseFilter, 'limit' | 'offset'>> {
  const common = {
    ...(query.procedure ? { procedure: query.procedure } : {}), ...(query.state ? { state: query.state } : {}),
    ...(query.deadlineBefore ? { deadlineBefore: new Date(query.deadlineBefore) } : {}),
  };
  if (principal.kind !== 'staff') return { party: principal.sub, ...common, sort: (query.sort as CaseFilter['sort']) ?? 'updated' };
  const authority = principal.authority ?? '-';
  const firstActs = [...(await deps.catalogue.latest()).values()].filter(staffActsFirst).map((d) => d.id);
  const assignee = query.assignee === undefined ? undefined : query.assignee === 'me' ? principal.sub : query.assignee === 'none' ? null : query.assignee;
  if (query.view === 'mine' && assignee !== undefined && assignee !== principal.sub) {
    throw new HttpError(400, 'conflicting-filters', 'view=mine lists the cases assigned to you; leave out assignee or use view=all');
  }
  return {
    // Another authority asked for a statement sees the case while it is asked (as caseAccess lets it).
    authority, orWaitingFor: authority, withoutDraftsExcept: firstActs, ...common,
    ...(query.receivedFrom ? { receivedFrom: new Date(query.receivedFrom) } : {}), ...(query.receivedTo ? { receivedTo: new Date(query.receivedTo) } : {}),
    ...(assignee !== undefined ? { assignee } : {}),
    ...(query.view === 'mine' ? { assignee: principal.sub } : {}),
    ...(query.view === 'group' ? { waitingFor: authority } : {}),
    sort: (query.sort as CaseFilter['sort']) ?? 'deadline',
  };
}
