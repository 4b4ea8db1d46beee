import { canonicalJson, sha256Hex } from '../../documents/index.js';
import { validateDefinition } from '../../engine/index.js';
import type { DefinitionVersionRecord } from '../../store/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';

const publishAnswer = {
  type: 'object', additionalProperties: false, required: ['id', 'version', 'status', 'approvalsNeeded', 'sha256'],
  properties: {
    id: { type: 'string' }, version: { type: 'integer' }, status: { enum: ['pending', 'published'] },
    approvalsNeeded: { type: 'integer', description: 'approvals by other designers still missing' },
    sha256: { type: 'string', description: 'SHA-256 of the version\'s content (RFC 8785 JSON): what an approval must name' },
  },
} as const;

/** What an approval names: the content its approver reviewed. */
const approveBody = {
  type: 'object', additionalProperties: false, required: ['sha256'],
  properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'the sha256 the publish answer gave for the content you reviewed' } },
} as const;

/** SHA-256 of a definition's content in its canonical JSON form. */
export const contentSha256 = (content: Record<string, unknown>) => sha256Hex(canonicalJson(content));

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
      return { id: version.id, version: version.version, status: 'published' as const, approvalsNeeded: 0, sha256: contentSha256(version.content) };
    }
    await deps.store.saveDefinition({ ...version, status: 'pending' });
    return { id: version.id, version: version.version, status: 'pending' as const, approvalsNeeded: missing, sha256: contentSha256(version.content) };
  }

  return [
    defineRoute({
      method: 'post', path: '/api/definitions/:id/publish', tag: 'definitions', access: 'designer', params: { id: 'id' }, idempotent: true,
      summary: 'Ask to publish the current draft; it goes live once other designers approved it (four eyes), then new cases start on it',
      response: publishAnswer,
      // One designer's act at a time per procedure: a PUT racing an approval must not be lost.
      handler: ({ principal, params }) => deps.store.withLock(`definition\n${params.id}`, async () => {
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
      }),
    }),
    defineRoute<{ sha256: string }>({
      method: 'post', path: '/api/definitions/:id/approve', tag: 'definitions', access: 'designer', params: { id: 'id' }, idempotent: true,
      summary: 'Approve the version awaiting publication, naming the content reviewed (not by the designer who asked, nor by its author)',
      body: approveBody,
      response: publishAnswer,
      handler: ({ principal, params, body }) => deps.store.withLock(`definition\n${params.id}`, async () => {
        const pending = await latest(params.id!);
        if (pending?.status !== 'pending') throw new HttpError(409, 'nothing-pending', `Definition ${params.id} has no version awaiting approval`);
        const me = principal!.sub;
        if (me === pending.publishRequestedBy || me === pending.author) {
          throw new HttpError(403, 'four-eyes', 'A version is approved by another designer than the one who asked to publish it or last changed it');
        }
        if (pending.approvals.includes(me)) throw new HttpError(409, 'already-approved', `You approved version ${pending.version} already`);
        // The author could otherwise swap the content between the review and the click.
        if (body.sha256 !== contentSha256(pending.content)) {
          throw new HttpError(409, 'content-changed', `Version ${pending.version} is not the content you reviewed (sha256 ${body.sha256.slice(0, 12)}…); review it again`);
        }
        return goLiveIfApproved({ ...pending, approvals: [...pending.approvals, me] });
      }),
    }),
  ];
}
