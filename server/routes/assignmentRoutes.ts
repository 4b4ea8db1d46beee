import { randomUUID } from 'node:crypto';
import { appendAuditEntry } from '../../documents/index.js';
import type { AuditEntry } from '../../documents/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess } from '../access/caseAccess.js';
import { colleaguesOf } from '../access/staffDirectory.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { Principal } from '../http/RouteSpec.js';
import { arrayOf, assignmentResult, bulkAssignmentResult, currentAssignment, staffMember } from './responses.js';

const assigneeSchema = { anyOf: [{ type: 'string', pattern: '^[A-Za-z0-9._:@-]{1,255}$' }, { type: 'null' }], description: 'a staff sub of the case\'s authority (yourself to take it), or null to release it' };

/**
 * Assigns one case of the caller's own authority to `assignee` (a colleague of that authority,
 * or null), audited as `case.assigned` in the case's trail. Staff of an authority only asked for
 * a statement see the case but do not distribute its work (403).
 */
async function assignOne(deps: AppDeps, principal: Principal, caseId: string, assignee: string | null) {
  const access = await caseAccess(deps, principal, caseId);
  const authority = access.record.authority;
  if (authority !== principal.authority) throw new HttpError(403, 'not-own-authority', 'Only staff of the case\'s authority assign its work');
  if (assignee !== null && !colleaguesOf(deps, principal).some((c) => c.sub === assignee)) {
    throw new HttpError(422, 'assignee-not-colleague', `"${assignee}" is no member of staff of ${authority}`);
  }
  const at = new Date().toISOString();
  const outcome = await deps.store.assignCase({ caseId, authority, assignee, assignedBy: principal.sub }, `${caseId}:assignment:${randomUUID()}`,
    (previous) => (prev) => appendAuditEntry(prev as AuditEntry | undefined, { caseId, at, actor: principal.sub, action: 'case.assigned', details: { assignee, previous } }));
  return { caseId, assignee, previous: outcome.previous, changed: outcome.changed };
}

/** Who works on which case: assign to me, to a colleague, release; one case or many; the colleagues to choose from. */
export function assignmentRoutes(deps: AppDeps) {
  return [
    defineRoute<{ assignee: string | null }>({
      method: 'post', path: '/api/cases/:id/assignment', tag: 'workbench', access: 'staff', params: { id: 'uuid' }, idempotent: true,
      summary: 'Assign a case of my authority to me or a colleague, or release it (null); audited as case.assigned',
      body: { type: 'object', required: ['assignee'], additionalProperties: false, properties: { assignee: assigneeSchema } },
      response: assignmentResult,
      // Before a replayed answer too: the case must still be the caller's authority's to distribute.
      async authorize({ principal, params }) {
        const access = await caseAccess(deps, principal!, params.id!);
        if (access.record.authority !== principal!.authority) throw new HttpError(403, 'not-own-authority', 'Only staff of the case\'s authority assign its work');
      },
      handler: ({ principal, params, body }) => assignOne(deps, principal!, params.id!, body.assignee),
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/assignment', tag: 'workbench', access: 'any', params: { id: 'uuid' },
      summary: 'Who works on a case of my authority (null: nobody), who assigned it and when; staff of the case\'s own authority only',
      response: currentAssignment,
      async handler({ principal, params }) {
        if (principal!.kind !== 'staff') throw new HttpError(403, 'forbidden', 'This route is for staff accounts');
        const access = await caseAccess(deps, principal!, params.id!);
        if (access.record.authority !== principal!.authority) throw new HttpError(403, 'not-own-authority', 'Only staff of the case\'s authority see who works on it');
        const now = await deps.store.assignmentOf(params.id!);
        return { caseId: params.id!, assignee: now?.assignee ?? null, assignedBy: now?.assignedBy ?? null, assignedAt: now?.assignedAt.toISOString() ?? null };
      },
    }),
    defineRoute<{ caseIds: string[]; assignee: string | null }>({
      method: 'post', path: '/api/assignments', tag: 'workbench', access: 'staff', idempotent: true,
      summary: 'Assign or release many cases at once; answers per case whether it worked (200 also when some failed)',
      body: {
        type: 'object', required: ['caseIds', 'assignee'], additionalProperties: false, properties: {
          caseIds: { type: 'array', minItems: 1, maxItems: 200, uniqueItems: true, items: { type: 'string', format: 'uuid' } }, assignee: assigneeSchema,
        },
      },
      response: bulkAssignmentResult,
      async handler({ principal, body }) {
        const results = [];
        for (const caseId of body.caseIds) {
          try {
            const done = await assignOne(deps, principal!, caseId, body.assignee);
            results.push({ ok: true, ...done });
          } catch (err) {
            if (!(err instanceof HttpError)) throw err;
            results.push({ caseId, ok: false, error: err.code, status: err.status, message: err.message });
          }
        }
        return results;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/staff/colleagues', tag: 'workbench', access: 'staff',
      summary: 'Staff of my authority whom cases can be assigned to (me included)', response: arrayOf(staffMember),
      handler: async ({ principal }) => colleaguesOf(deps, principal!),
    }),
  ];
}
