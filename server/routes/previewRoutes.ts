import { WorkflowNotFoundError } from '@temporalio/client';
import { previewEvent } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess, roleForEvent } from '../access/caseAccess.js';
import { consentGate } from '../access/consentGate.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import { previewDocuments } from './previewDocuments.js';
import { eventPreview } from './responses.js';
import { purposeQuery } from './schemas.js';
import { checkInlineFiles } from './storeFormFiles.js';

/**
 * The preview of an event before it is fired (issue 11: "an event that seals shows what will be
 * sealed before it is fired"): the documents its step would render, marked as drafts, from the
 * case's data plus the event's. Authorised like firing it; a read of personal data like any
 * other staff read (purpose, consent, access log); it changes nothing.
 */
export function previewRoutes(deps: AppDeps) {
  return [
    defineRoute<{ data?: Record<string, unknown> }>({
      method: 'post', path: '/api/cases/:id/events/:event/preview', tag: 'cases', access: 'staff', params: { id: 'uuid', event: 'event' }, query: purposeQuery,
      summary: 'Preview the documents an event would render (PDFs marked "Entwurf – nicht bekanntgegeben", base64), without firing it; 409 when the state does not accept it, 422 for invalid data',
      body: { type: 'object', additionalProperties: false, properties: { data: { type: 'object' } } },
      response: eventPreview,
      async handler({ principal, params, query, body }) {
        const access = await caseAccess(deps, principal!, params.id!);
        const purpose = requirePurpose(access, query.purpose);
        const type = params.event!;
        if (!Object.hasOwn(access.definition.events, type)) throw new HttpError(409, 'unknown-event', `Event "${type}" is not declared in procedure ${access.definition.id}.`);
        const role = roleForEvent(access, type);
        // The data goes to the workflow's query as it is (a preview stores nothing).
        checkInlineFiles(body.data);
        const at = new Date().toISOString();
        const step = await deps.temporal.client.workflow.getHandle(params.id!)
          .query(previewEvent, { type, data: body.data ?? {}, actor: { id: principal!.sub, role }, at })
          .catch((err: unknown) => {
            if (err instanceof WorkflowNotFoundError) throw new HttpError(409, 'case-closed', 'The case is closed and accepts no further events.');
            throw err;
          });
        if (!step.ok) {
          const status = step.code === 'invalid-form-data' || step.code === 'unexpected-data' ? 422 : 409;
          throw new HttpError(status, step.code, step.message.en, { message: step.message, ...(step.errors ? { errors: step.errors } : {}) });
        }
        const documents = await previewDocuments(deps, access, step, type, at);
        const categories = [...new Set(documents.flatMap((d) => d.categories))].sort();
        // What the drafts show is read now: consent for gated categories, then the log entry
        // (an event that renders nothing reads nothing).
        if (documents.length) {
          await consentGate(deps, principal!, access, categories);
          await logRead(deps, principal!, access, purpose, ['entwurf', ...categories]);
        }
        return {
          event: type, at,
          documents: documents.map((d) => ({ document: d.document, fileName: d.fileName, mediaType: 'application/pdf', size: d.pdf.byteLength, content: Buffer.from(d.pdf).toString('base64') })),
        };
      },
    }),
  ];
}
