import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { sha256Hex } from '../../documents/index.js';
import type { MessageRecord } from '../../store/index.js';
import { EVENT_REJECTED, postMessage, view } from '../../workflows/index.js';
import type { RejectionDetails } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { visibleToStaff } from '../access/drafts.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { HttpError } from '../HttpError.js';
import { requireAssurance } from '../identity/index.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { JsonSchema, Principal } from '../http/RouteSpec.js';
import { MESSAGE_LIMITS } from '../../engine/index.js';
import { messageBodySchema, readMessageBody } from './readMessageBody.js';
import type { MessageBody } from './readMessageBody.js';
import { purposeQuery } from './schemas.js';

const attachmentSchema = {
  type: 'object', required: ['name', 'mediaType', 'size', 'sha256'],
  properties: { name: { type: 'string' }, mediaType: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' } },
} satisfies JsonSchema;

/** A message between citizen and authority on a case, as the API shows it. */
export const messageSchema = {
  type: 'object', required: ['id', 'caseId', 'from', 'text', 'attachments', 'sentAt', 'receipt'],
  properties: {
    id: { type: 'string', format: 'uuid' }, caseId: { type: 'string', format: 'uuid' }, from: { enum: ['citizen', 'authority'] },
    authorName: { type: 'string' }, text: { type: 'string' }, attachments: { type: 'array', items: attachmentSchema },
    sentAt: { type: 'string', format: 'date-time' },
    receipt: {
      type: 'object', required: ['status'], description: 'The signed Eingangsbestätigung: download and verify it at /api/documents/{documentId}',
      properties: { status: { enum: ['pending', 'issued'] }, documentId: { type: 'string', format: 'uuid' } },
    },
  },
} satisfies JsonSchema;

/** Who may write and read a case's messages: its citizen parties, and staff of its own authority. */
async function messageAccess(deps: AppDeps, principal: Principal, caseId: string): Promise<CaseAccess> {
  const access = await caseAccess(deps, principal, caseId);
  if (access.as === 'staff' && principal.authority !== access.record.authority) {
    throw new HttpError(403, 'not-case-authority', 'Only staff of the case\'s own authority exchange messages with the citizen');
  }
  return access;
}

/** What a party sees: its own messages and the authority's (to every party); staff see all. */
const visibleTo = (access: CaseAccess, principal: Principal) => (m: MessageRecord) =>
  access.as === 'staff' || m.sender === 'authority' || m.party === principal.sub;

/** Maps a refusal of the case's workflow to the API's error. */
function refused(err: unknown): never {
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type === EVENT_REJECTED) {
    const r = cause.details?.[0] as RejectionDetails;
    const status = r.code === 'invalid-message' ? 422 : r.code === 'not-a-party' ? 403 : 409;
    throw new HttpError(status, r.code, r.message.en, { message: r.message });
  }
  if (err instanceof WorkflowNotFoundError) throw closed();
  throw err;
}

const closed = () => new HttpError(409, 'case-closed', 'The case is closed and accepts no further messages', {
  message: { de: 'Der Vorgang ist abgeschlossen und nimmt keine Nachrichten mehr an.', en: 'The case is closed and accepts no further messages.' },
});

/**
 * Messages between citizen and authority on a case, the secure replacement for fax and letters:
 * each is accepted through the case's workflow (Update `postMessage`), gets a signed receipt and
 * lands in the recipient's inbox (and mail, if chosen). Text and files are stored in PostgreSQL,
 * content-addressed, before the workflow is asked, so its history holds hashes only.
 */
export function messageRoutes(deps: AppDeps) {
  const { client } = deps.temporal;
  /** Text and files of a message, from the content store. */
  const textOf = async (m: MessageRecord) => (await deps.store.getMessageContent(m.textSha256))?.toString('utf8') ?? '';
  const show = async (m: MessageRecord) => ({
    id: m.id, caseId: m.caseId, from: m.sender, ...(m.authorName ? { authorName: m.authorName } : {}), text: await textOf(m),
    attachments: m.attachments, sentAt: m.sentAt.toISOString(), receipt: { status: 'issued' as const, documentId: m.receiptDocumentId },
  });

  return [
    defineRoute<MessageBody, { access: CaseAccess; role: string }>({
      method: 'post', path: '/api/cases/:id/messages', tag: 'messages', access: 'any', params: { id: 'uuid' }, idempotent: true, status: 201,
      summary: `Write to the authority (citizen party) or to the citizen (staff of the case's authority): text and up to ${MESSAGE_LIMITS.maxFiles} PDF, PNG or JPEG files `
        + '(each ≤ 5 MB, together ≤ 10 MB); answers with the signed receipt. 422 names the field at fault; 409 on a closed case',
      body: messageBodySchema, response: messageSchema,
      async authorize({ principal, params }) {
        const access = await messageAccess(deps, principal!, params.id!);
        if (access.as === 'party' && access.definition.assuranceLevel) requireAssurance(principal!, access.definition.assuranceLevel);
        return { access, role: access.roles[0]! };
      },
      async handler({ ctx, principal, params, body, authorized: { access, role } }) {
        if (access.record.status !== 'active') throw closed();
        const handle = client.workflow.getHandle(params.id!);
        // A draft is the citizen's alone (staff do not see it), so nobody writes about it yet.
        if (!visibleToStaff(access.definition, access.record.seq) && !visibleToStaff(access.definition, (await handle.query(view).catch(refused)).seq)) {
          throw new HttpError(409, 'case-not-submitted', 'Messages start once the application is submitted', {
            message: { de: 'Nachrichten sind möglich, sobald der Antrag abgeschickt ist.', en: 'Messages are possible once the application is submitted.' },
          });
        }
        const read = readMessageBody(body);
        if (!read.ok) {
          throw new HttpError(422, 'invalid-message', 'The message breaks a limit (see details.errors)', {
            message: { de: 'Die Nachricht kann so nicht gesendet werden.', en: 'The message cannot be sent like this.' }, errors: read.errors,
          });
        }
        const text = new TextEncoder().encode(read.text);
        const textSha256 = sha256Hex(text);
        // Stored before the workflow accepts: content-addressed, so a retry or a refusal leaves at most an unreferenced copy.
        await deps.store.putMessageContent([{ sha256: textSha256, content: text }, ...read.files]);
        const key = ctx.get('Idempotency-Key');
        const sent = await handle.executeUpdate(postMessage, {
          args: [{
            caseId: params.id!, messageId: randomUUID(), actor: { id: principal!.sub, role }, ...(principal!.name ? { authorName: principal!.name } : {}),
            textSha256, attachments: read.files.map(({ name, mediaType, content, sha256 }) => ({ name, mediaType, size: content.byteLength, sha256 })),
          }],
          // A retry after a lost answer (same key) gets the first message back from the workflow, not a second one.
          ...(key ? { updateId: `${principal!.sub}:message:${key}` } : {}),
        }).catch(refused);
        return { ...sent, text: read.text };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/messages', tag: 'messages', access: 'any', params: { id: 'uuid' }, query: purposeQuery,
      summary: 'The messages of a case, oldest first (staff reads are logged in the citizen\'s access log)',
      response: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: messageSchema } } },
      async handler({ principal, params, query }) {
        const access = await messageAccess(deps, principal!, params.id!);
        await logRead(deps, principal!, access, requirePurpose(access, query.purpose), ['nachrichten']);
        const messages = (await deps.store.messagesOf(access.record.id)).filter(visibleTo(access, principal!));
        return { items: await Promise.all(messages.map(show)) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/messages/:messageId/attachments/:index', tag: 'messages', access: 'any',
      params: { id: 'uuid', messageId: 'uuid', index: 'id' }, query: purposeQuery, produces: 'application/octet-stream',
      summary: 'Download a file of a message (staff reads are logged)',
      async handler({ ctx, principal, params, query }) {
        const access = await messageAccess(deps, principal!, params.id!);
        const message = (await deps.store.messagesOf(access.record.id)).filter(visibleTo(access, principal!)).find((m) => m.id === params.messageId);
        const file = message?.attachments[Number(params.index)];
        const content = file ? await deps.store.getMessageContent(file.sha256) : null;
        if (!file || !content) throw new HttpError(404, 'attachment-not-found', 'No such file of a message');
        await logRead(deps, principal!, access, requirePurpose(access, query.purpose), ['nachrichten', 'anhang']);
        ctx.set('Content-Type', file.mediaType);
        ctx.set('Content-Disposition', `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`);
        return content;
      },
    }),
  ];
}
