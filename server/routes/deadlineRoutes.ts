import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { GENERAL_CATEGORY } from '../../engine/index.js';
import { EVENT_REJECTED, extendDeadline } from '../../workflows/index.js';
import type { RejectionDetails } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess, staffRoles } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { ownView } from '../access/competitorScope.js';
import { logRead } from '../access/logRead.js';
import { plainText } from '../access/plainText.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import { caseViewSchema } from './schemas.js';

type ExtensionBody = { until?: string; by?: string; reason: string };

/** HTTP status of each refusal of the workflow's `extendDeadline`. */
const STATUS: Record<string, number> = {
  'deadline-not-found': 404, 'deadline-already-extended': 409, 'case-closed': 409, 'role-not-allowed': 403, 'event-replayed': 409,
};

/** Extending a legal deadline (§ 42a (2) VwVfG): once, with a reason, by the case's authority. */
export function deadlineRoutes(deps: AppDeps) {
  const { client } = deps.temporal;
  return [
    defineRoute<ExtensionBody, CaseAccess>({
      method: 'post', path: '/api/cases/:id/deadlines/:deadline/extension', tag: 'cases', access: 'staff', params: { id: 'uuid', deadline: 'timer' }, idempotent: true,
      summary: 'Extend a running deadline once, with a reason (§ 42a (2) VwVfG): to `until`, or by the duration `by` counted from its current end; 409 when extended before',
      body: {
        type: 'object', required: ['reason'], additionalProperties: false, properties: {
          until: { type: 'string', format: 'date-time', description: 'the new end' },
          by: { type: 'string', pattern: '^P(?:\\d{1,4}[YMWD]){1,4}(?:T(?:\\d{1,6}[HMS]){1,3})?$|^PT(?:\\d{1,6}[HMS]){1,3}$', description: 'ISO 8601 duration added to the current end (a Frist where the case counts Fristen)' },
          reason: { type: 'string', minLength: 3, maxLength: 500, description: 'plain text shown to the citizen and kept in the audit trail' },
        },
      },
      response: caseViewSchema,
      async authorize({ principal, params }) {
        const access = await caseAccess(deps, principal!, params.id!);
        if (access.record.authority !== principal!.authority) throw new HttpError(403, 'not-own-authority', 'Only the case\'s own authority extends its deadlines');
        // The answer is the case view: for staff a read, logged first.
        await logRead(deps, principal!, access, 'Fristverlängerung', [GENERAL_CATEGORY]);
        return access;
      },
      async handler({ ctx, principal, params, body, authorized: access }) {
        if ((body.until === undefined) === (body.by === undefined)) throw new HttpError(422, 'extension-invalid', 'Give either until or by');
        const reason = plainText(body.reason, 500);
        if (!reason.ok) throw new HttpError(422, 'reason-invalid', `The reason is not usable: ${reason.why.en}`, { message: reason.why });
        const role = staffRoles(access.definition, principal!.authority)[0] ?? '';
        const key = ctx.get('Idempotency-Key');
        try {
          return ownView(access, principal!, await client.workflow.getHandle(params.id!).executeUpdate(extendDeadline, {
            args: [{
              caseId: params.id!, requestId: randomUUID(), deadlineId: params.deadline!, reason: reason.text, actor: { id: principal!.sub, role },
              ...(body.until ? { until: body.until } : {}), ...(body.by ? { by: body.by } : {}),
            }],
            ...(key ? { updateId: `${principal!.sub}:extension:${key}` } : {}),
          }));
        } catch (err) {
          const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
          if (cause instanceof ApplicationFailure && cause.type === EVENT_REJECTED) {
            const r = cause.details?.[0] as RejectionDetails;
            throw new HttpError(STATUS[r.code] ?? 422, r.code, r.message.en, { message: r.message });
          }
          if (err instanceof WorkflowNotFoundError) throw new HttpError(409, 'case-closed', 'The case is closed.');
          throw err;
        }
      },
    }),
  ];
}
