import { GENERAL_CATEGORY } from '../../engine/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess } from '../access/caseAccess.js';
import { competitorScope, ownAuditEntry } from '../access/competitorScope.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { defineRoute } from '../http/RouteSpec.js';
import { caseHistory } from './responses.js';
import { purposeQuery } from './schemas.js';

/** The history of a case as the workbench and the portal show it: what happened (audit trail) and who read it. */
export function historyRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get', path: '/api/cases/:id/history', tag: 'cases', access: 'any', params: { id: 'uuid' }, query: purposeQuery,
      summary: 'The audit trail of a case (transitions, assignments, deadline extensions, messages, …) and the reads of its data (staff reads are logged)',
      response: caseHistory,
      async handler({ principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        await logRead(deps, principal!, access, requirePurpose(access, query.purpose), [GENERAL_CATEGORY]);
        // A bidder sees its own part only, as in the Akte export.
        const scope = await competitorScope(deps, access, principal!);
        const audit = (await deps.store.auditTrail(access.record.id)).filter((e) => ownAuditEntry(scope, e))
          .map(({ seq, at, actor, action, details }) => ({ seq, at, actor, action, details }));
        // A read logs one entry per citizen party: staff see each read once, a party the reads of its own data.
        const seen = new Set<string>();
        const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
        const reads = (await deps.store.accessLogOfCase(access.record.id))
          .filter((r) => (access.as === 'party' ? r.subject === principal!.sub : once(`${r.at.toISOString()}|${r.officer}|${r.purpose}`)))
          .map(({ at, authority, officer, purpose, categories }) => ({ at, authority, officer, purpose, categories }));
        return { audit, reads };
      },
    }),
  ];
}
