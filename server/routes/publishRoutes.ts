import { validateDefinition } from '../../engine/index.js';
import type { DefinitionVersionRecord } from '../../store/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';

const publishAnswer = {
  type: 'object', additionalProperties: false, required: ['id', 'version', 'status', 'approvalsNeeded'],
  properties: {
    id: { type: 'string' }, version: { type: 'integer' }, status: { enum: ['pending', 'published'] },
    approvalsNeeded: { type: 'integer', description: 'approvals by other designers still missing' },
  },
} as const;

/**
 * Publishing is the coordinating ministry's act (issue 9): a designer asks to publish the draft,
 * and it goes live only after `deps.publishApprovals` other designers — neither the one who asked
 * nor the draft's last author — approved it (four eyes; 0 publishes at once). Who asked, who
 * approved and who published stay on the version. A procedure keeps its authority across versions.
 */
export function publishRoutes(deps: AppDeps) {
  const required = deps.publishApprovals ?? 1;
  const latest = async (id: string) => (await deps.store.definitionVersions(id)).at(-1);

  async function goLiveIfApproved(version: DefinitionVersionRecord) {
    const missing = Math.max(0, required - version.approvals.length);
    if (missing === 0) {
      await deps.store.saveDefinition({ ...version, status: 'published', publishedAt: new Date(), publishedBy: version.publishRequestedBy });
      return { id: version.id, version: version.version, status: 'published' as const, approvalsNeeded: 0 };
    }
    await deps.store.saveDefinition({ ...version, status: 'pending' });
    return { id: version.id, version: version.version, status: 'pending' as const, approvalsNeeded: missing };
  }

  return [
    defineRoute({
      method: 'post', path: '/api/definitions/:id/publish', tag: 'definitions', access: 'designer', params: { id: 'id' }, idempotent: true,
      summary: 'Ask to publish the current draft; it goes live once other designers approved it (four eyes), then new cases start on it',
      response: publishAnswer,
      async handler({ principal, params }) {
        const draft = await latest(params.id!);
        if (draft?.status !== 'draft') throw new HttpError(409, 'no-draft', `Definition ${params.id} has no draft to publish${draft?.status === 'pending' ? ' (it awaits approval)' : ''}`);
        const result = validateDefinition(draft.content);
        if (!result.ok) throw new HttpError(422, 'definition-invalid', 'The draft does not validate', result);
        const live = await deps.catalogue.get(draft.id);
        const authority = (draft.content as { authority?: unknown }).authority;
        if (live && live.authority !== authority) {
          throw new HttpError(422, 'authority-changed', `Procedure ${draft.id} belongs to ${live.authority}; a version cannot hand it to ${String(authority)}. Create a new procedure instead.`);
        }
        return goLiveIfApproved({ ...draft, publishRequestedBy: principal!.sub, approvals: [] });
      },
    }),
    defineRoute({
      method: 'post', path: '/api/definitions/:id/approve', tag: 'definitions', access: 'designer', params: { id: 'id' }, idempotent: true,
      summary: 'Approve the version awaiting publication (not by the designer who asked, nor by its author)',
      response: publishAnswer,
      async handler({ principal, params }) {
        const pending = await latest(params.id!);
        if (pending?.status !== 'pending') throw new HttpError(409, 'nothing-pending', `Definition ${params.id} has no version awaiting approval`);
        const me = principal!.sub;
        if (me === pending.publishRequestedBy || me === pending.author) {
          throw new HttpError(403, 'four-eyes', 'A version is approved by another designer than the one who asked to publish it or last changed it');
        }
        if (pending.approvals.includes(me)) throw new HttpError(409, 'already-approved', `You approved version ${pending.version} already`);
        return goLiveIfApproved({ ...pending, approvals: [...pending.approvals, me] });
      },
    }),
  ];
}
