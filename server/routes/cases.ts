import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TypedSearchAttributes } from '@temporalio/common';
import { EVENT_REJECTED, caseWorkflow, searchAttributesOf, sendEvent, view } from '../../workflows/index.js';
import type { RejectionDetails } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import type { RequestState } from '../authenticate.js';
import { HttpError } from '../HttpError.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function caseId(raw: string | undefined): string {
  if (!raw || !UUID.test(raw)) throw new HttpError(404, 'case-not-found', `No case ${String(raw).slice(0, 64)}`);
  return raw;
}

function objectBody(body: unknown, allowed: string[]): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'bad-request', 'Expected a JSON object body');
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length) throw new HttpError(400, 'bad-request', `Unknown fields: ${unknown.join(', ')}`, { unknown });
  return body as Record<string, unknown>;
}

/** Case routes: create a case, send it events, read it. */
export function caseRoutes(deps: AppDeps): Router {
  const router = new Router();
  const { client, taskQueue } = deps.temporal;

  const notFound = (id: string) => new HttpError(404, 'case-not-found', `No case ${id}`);

  router.post('/api/cases', async (ctx) => {
    const body = objectBody(ctx.request.body, ['procedure']);
    if (typeof body.procedure !== 'string') throw new HttpError(400, 'bad-request', '`procedure` (string) is required');
    const definition = deps.catalogue.get(body.procedure);
    if (!definition) throw new HttpError(422, 'unknown-procedure', `No published procedure "${body.procedure.slice(0, 100)}"`);
    const id = randomUUID();
    const handle = await client.workflow.start(caseWorkflow, {
      workflowId: id,
      taskQueue,
      args: [{ caseId: id, definition }],
      typedSearchAttributes: new TypedSearchAttributes(searchAttributesOf(definition, { value: definition.machine.initial }, [])
        .filter((p) => p.value !== null) as never),
    });
    ctx.status = 201;
    ctx.body = await handle.query(view);
  });

  router.get('/api/cases/:id', async (ctx) => {
    const id = caseId(ctx.params.id);
    try {
      ctx.body = await client.workflow.getHandle(id).query(view);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw notFound(id);
      throw err;
    }
  });

  router.post('/api/cases/:id/events', async (ctx) => {
    const id = caseId(ctx.params.id);
    const body = objectBody(ctx.request.body, ['type', 'data']);
    if (typeof body.type !== 'string' || !body.type) throw new HttpError(400, 'bad-request', '`type` (string) is required');
    if (body.data !== undefined && (typeof body.data !== 'object' || body.data === null || Array.isArray(body.data))) {
      throw new HttpError(400, 'bad-request', '`data` must be an object');
    }
    const handle = client.workflow.getHandle(id);
    const input = { type: body.type, data: (body.data ?? {}) as Record<string, unknown>, ...((ctx.state as RequestState).actor ? { actor: (ctx.state as RequestState).actor } : {}) };
    // The same Idempotency-Key is the same Update: Temporal applies it once and answers again.
    const updateId = ctx.get('Idempotency-Key') || undefined;
    try {
      ctx.body = await handle.executeUpdate(sendEvent, { args: [input], ...(updateId ? { updateId: `${id}:${updateId}` } : {}) });
    } catch (err) {
      const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === EVENT_REJECTED) {
        const rejection = cause.details?.[0] as RejectionDetails;
        const status = rejection.code === 'invalid-form-data' || rejection.code === 'unexpected-data' ? 422 : 409;
        throw new HttpError(status, rejection.code, rejection.message.en, { message: rejection.message, ...(rejection.errors ? { errors: rejection.errors } : {}) });
      }
      if (err instanceof WorkflowNotFoundError) {
        const closed = await handle.describe().then((d) => d.status.name !== 'RUNNING', () => false);
        if (closed) throw new HttpError(409, 'case-closed', 'The case is closed and accepts no further events.');
        throw notFound(id);
      }
      throw err;
    }
  });

  return router;
}
