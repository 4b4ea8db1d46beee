import { WorkflowNotFoundError } from '@temporalio/client';
import { view } from '../../workflows/index.js';
import type { CaseView } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess } from '../access/caseAccess.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { Principal } from '../http/RouteSpec.js';

const draftBody = {
  type: 'object', required: ['event', 'data'], additionalProperties: false,
  properties: { event: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' }, data: { type: 'object' } },
};
const draftView = {
  type: 'object', required: ['event', 'data', 'savedAt'],
  properties: { event: { type: 'string' }, data: { type: 'object' }, savedAt: { type: 'string', format: 'date-time' } },
};
const savedView = { type: 'object', required: ['savedAt'], properties: { savedAt: { type: 'string', format: 'date-time' } } };

/**
 * Drafts of a citizen's form, kept server-side so a long application can be resumed (issue 10).
 * A draft is the citizen party's alone: staff are refused by the access rule, anyone who is no
 * party of the case gets 404 (as for the case itself). A draft belongs to the case as it was
 * when saved (`seq`): once an event was accepted (the submission), it is stale, deleted on the
 * next read and never shown again.
 */
export function draftRoutes(deps: AppDeps) {
  const current = (id: string): Promise<CaseView> => deps.temporal.client.workflow.getHandle(id).query(view).catch((err: unknown) => {
    if (err instanceof WorkflowNotFoundError) throw new HttpError(404, 'draft-not-found', 'No draft');
    throw err;
  });
  /** The case, when the principal is one of its citizen parties; 404 otherwise. */
  const ownCase = async (principal: Principal, id: string) => {
    const access = await caseAccess(deps, principal, id);
    if (access.as !== 'party') throw new HttpError(404, 'case-not-found', `No case ${id}`);
    return access;
  };

  return [
    defineRoute({
      method: 'get', path: '/api/cases/:id/draft', tag: 'drafts', access: 'citizen', params: { id: 'uuid' }, response: draftView,
      summary: 'My saved draft of the form I fill in this case; 404 when there is none or the case moved on since',
      async handler({ principal, params }) {
        await ownCase(principal!, params.id!);
        const draft = await deps.store.getDraft(params.id!, principal!.sub);
        if (!draft) throw new HttpError(404, 'draft-not-found', 'No draft');
        if (draft.seq !== (await current(params.id!)).seq) {
          await deps.store.deleteDraft(params.id!);
          throw new HttpError(404, 'draft-not-found', 'No draft (the case moved on since it was saved)');
        }
        return { event: draft.event, data: draft.data, savedAt: draft.savedAt.toISOString() };
      },
    }),
    defineRoute<{ event: string; data: Record<string, unknown> }>({
      method: 'put', path: '/api/cases/:id/draft', tag: 'drafts', access: 'citizen', params: { id: 'uuid' }, body: draftBody, response: savedView,
      summary: 'Save my draft of an event\'s form (one per case, replaced each time); 409 when the case does not accept that event from me now, or keeps no data of it (a sealed bid)',
      async handler({ principal, params, body }) {
        const access = await ownCase(principal!, params.id!);
        // Data the case does not keep (a sealed bid, § 5 VgV) must not lie unsealed in a draft either.
        if (access.definition.events[body.event]?.keepData === false) {
          throw new HttpError(409, 'draft-not-kept', `${body.event} carries data the case does not keep (a sealed bid): no draft of it is stored`);
        }
        const now = await current(params.id!);
        if (!now.accepts.some((a) => a.type === body.event && a.by.some((r) => access.roles.includes(r)))) {
          throw new HttpError(409, 'event-not-accepted', `The case does not accept ${body.event} from you now`);
        }
        const savedAt = new Date();
        await deps.store.saveDraft({ caseId: params.id!, subject: principal!.sub, event: body.event, data: body.data, seq: now.seq, savedAt });
        return { savedAt: savedAt.toISOString() };
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/cases/:id/draft', tag: 'drafts', access: 'citizen', params: { id: 'uuid' }, status: 204,
      summary: 'Discard my draft of this case',
      async handler({ ctx, principal, params }) {
        await ownCase(principal!, params.id!);
        await deps.store.deleteDraft(params.id!);
        ctx.status = 204;
        return undefined;
      },
    }),
  ];
}
