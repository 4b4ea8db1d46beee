import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, TypedSearchAttributes, WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { GENERAL_CATEGORY, caseDataCategories, pickCategories } from '../../engine/index.js';
import { EVENT_REJECTED, caseWorkflow, sendEvent, startSearchAttributes, view } from '../../workflows/index.js';
import type { RejectionDetails } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess, roleForEvent } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { ownView } from '../access/competitorScope.js';
import { consentGate } from '../access/consentGate.js';
import { caseFormData, caseView } from '../access/keptCase.js';
import { citizenActsFirst } from '../access/drafts.js';
import { listScope } from '../access/listScope.js';
import { askedCategories } from '../access/dataCategories.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { HttpError } from '../HttpError.js';
import { requireAssurance } from '../identity/index.js';
import { defineRoute } from '../http/RouteSpec.js';
import { caseDataAnswer, caseList } from './responses.js';
import { caseIdForKey } from './caseIdForKey.js';
import { checkInlineFiles, storeFormData, storeFormFiles } from './storeFormFiles.js';
import { caseListQuery, caseViewSchema, purposeQuery } from './schemas.js';

/** Case routes: open a case, list, read, send events, read its data (consent requests: consentRoutes). */
export function caseRoutes(deps: AppDeps) {
  const { client, taskQueue } = deps.temporal;

  return [
    defineRoute<{ procedure: string }>({
      method: 'post', path: '/api/cases', tag: 'cases', access: 'citizen', status: 201, idempotent: true,
      summary: 'Open a case of a published procedure (the caller becomes its applicant); 409 where the authority opens cases (tenders: join one instead)',
      body: { type: 'object', required: ['procedure'], additionalProperties: false, properties: { procedure: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } } },
      response: caseViewSchema,
      async handler({ ctx, principal, body }) {
        const definition = await deps.catalogue.get(body.procedure);
        if (!definition) throw new HttpError(422, 'unknown-procedure', `No published procedure "${body.procedure}"`);
        if (definition.assuranceLevel) requireAssurance(principal!, definition.assuranceLevel);
        const role = Object.entries(definition.roles).find(([, r]) => r.kind === 'citizen')?.[0];
        if (!role) throw new HttpError(422, 'no-citizen-role', `Procedure ${definition.id} cannot be opened by citizens`);
        // A tender is opened by its contracting authority; a company opening one would sit alone in a case it cannot act in.
        if (!citizenActsFirst(definition)) {
          throw new HttpError(409, 'opened-by-authority', `Cases of ${definition.id} are opened by the authority; join an open one (GET /api/procedures/${definition.id}/open-cases)`, {
            message: {
              de: 'Dieses Verfahren eröffnet die Behörde selbst. Sie können an einem offenen Vorgang teilnehmen, zum Beispiel an einer bekanntgemachten Ausschreibung.',
              en: 'The authority opens cases of this procedure itself. You can take part in an open one, such as a published tender.',
            },
          });
        }
        // With an Idempotency-Key the case id follows from caller, key and procedure: a retry after
        // the workflow started but the answer was lost (server killed, database down before the
        // key's answer was kept) finds the case it opened instead of opening a second one.
        const key = ctx.get('Idempotency-Key');
        const id = key ? caseIdForKey(principal!.sub, key, definition.id) : randomUUID();
        const parties = [{ id: principal!.sub, role }];
        // The workflow reads no configuration: the calendar of its Fristen comes with the start.
        const state = deps.authorities?.[definition.authority]?.state;
        const handle = await client.workflow.start(caseWorkflow, {
          workflowId: id, taskQueue, args: [{ caseId: id, definition, parties, calendar: state ? { state } : {} }],
          // Procedure and authority only: state and deadlines are PostgreSQL's (ARCHITECTURE.md, "Search attributes").
          typedSearchAttributes: new TypedSearchAttributes(startSearchAttributes(definition) as never),
          ...(key ? { workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE } : {}),
        }).catch((err: unknown) => {
          if (key && err instanceof WorkflowExecutionAlreadyStartedError) return client.workflow.getHandle(id);
          throw err;
        });
        // The creator can read the case at once; the workflow's own record (same seq) does not overwrite it.
        await deps.store.projectCase({ id, procedure: definition.id, version: definition.version, authority: definition.authority, state: definition.machine.initial, status: 'active', parties, deadlines: [], seq: 0 });
        return handle.query(view);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases', tag: 'cases', access: 'any',
      summary: 'List my cases (citizens) or my authority\'s cases, drafts left out, nearest deadline first (staff: views, assignee and received filters)',
      query: caseListQuery, response: caseList,
      async handler({ principal, query }) {
        if (principal!.kind === 'designer') throw new HttpError(403, 'forbidden', 'Designers manage definitions, not cases');
        const staff = principal!.kind === 'staff';
        const limit = Math.min(Number(query.limit ?? 50), 200);
        const offset = Number(query.offset ?? 0);
        const list = await deps.store.listCases({ ...(await listScope(deps, principal!, query)), limit, offset });
        return { total: list.total, limit, offset, items: list.items.map(({ id, procedure, version, authority, state, status, deadlines, updatedAt, nextDeadline, receivedAt, assignee }) =>
          ({ id, procedure, version, authority, state, status, deadlines, updatedAt, nextDeadline, receivedAt, ...(staff ? { assignee } : {}) })) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id', tag: 'cases', access: 'any', params: { id: 'uuid' }, query: purposeQuery,
      summary: 'A case: state, the events it accepts now, deadlines, history (staff reads are logged)', response: caseViewSchema,
      async handler({ principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        await logRead(deps, principal!, access, requirePurpose(access, query.purpose), [GENERAL_CATEGORY]);
        return ownView(access, principal!, await caseView(deps, params.id!));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/data', tag: 'cases', access: 'any', params: { id: 'uuid' },
      query: { ...purposeQuery, properties: { ...purposeQuery.properties, categories: { type: 'string', pattern: '^[a-zA-Z0-9_,-]{1,500}$' } } },
      summary: 'The form data of a case, by data category at any depth; categories that need consent are withheld until the citizen grants it',
      response: caseDataAnswer,
      async handler({ principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        const purpose = requirePurpose(access, query.purpose);
        const asked = query.categories === undefined ? undefined : askedCategories(access.definition, query.categories);
        const data = await caseFormData(deps, params.id!);
        const present = caseDataCategories(access.definition, data);
        const wanted = asked ? asked.filter((c) => present.includes(c)).sort() : present;
        await consentGate(deps, principal!, access, wanted);
        await logRead(deps, principal!, access, purpose, wanted);
        return { categories: wanted, data: pickCategories(access.definition, data, new Set(wanted)) };
      },
    }),
    defineRoute<{ type: string; data?: Record<string, unknown> }, { role: string; access: CaseAccess }>({
      method: 'post', path: '/api/cases/:id/events', tag: 'cases', access: 'any', params: { id: 'uuid' }, idempotent: true,
      summary: 'Send an event (with its form data); 409 when the state or role does not allow it, 422 for invalid data',
      body: { type: 'object', required: ['type'], additionalProperties: false, properties: { type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' }, data: { type: 'object' } } },
      response: caseViewSchema,
      async authorize({ principal, params, body }) {
        const access = await caseAccess(deps, principal!, params.id!);
        const role = roleForEvent(access, body.type);
        if (access.as === 'party' && access.definition.assuranceLevel) requireAssurance(principal!, access.definition.assuranceLevel);
        // The answer is the case view (parties, history), the first and a replayed one alike: for
        // staff that is a read, logged first.
        await logRead(deps, principal!, access, `Ereignis ${body.type}`, [GENERAL_CATEGORY]);
        return { role, access };
      },
      async handler({ ctx, principal, params, body, authorized: { role, access } }) {
        const handle = client.workflow.getHandle(params.id!);
        const key = ctx.get('Idempotency-Key');
        // Files go to PostgreSQL, references to Temporal (storeFormFiles); the data once more as
        // JSON, so that the effects get it by hash. Data the case does not keep (a sealed bid)
        // is never stored in plain: it stays inline, within Temporal's limits.
        const inline = access.definition.events[body.type]?.keepData === false;
        if (inline) checkInlineFiles(body.data);
        const data = inline ? body.data ?? {} : await storeFormFiles(deps.store, body.data ?? {});
        const dataSha256 = inline ? undefined : await storeFormData(deps.store, data);
        try {
          // The Update answers a small acknowledgement (it is stored in the history); the view is a query.
          await handle.executeUpdate(sendEvent, {
            args: [{ caseId: params.id!, eventId: randomUUID(), type: body.type, data, ...(dataSha256 ? { dataSha256 } : {}), actor: { id: principal!.sub, role } }],
            ...(key ? { updateId: `${principal!.sub}:${key}` } : {}),
          });
          return ownView(access, principal!, await handle.query(view));
        } catch (err) {
          const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
          if (cause instanceof ApplicationFailure && cause.type === EVENT_REJECTED) {
            const r = cause.details?.[0] as RejectionDetails;
            const status = r.code === 'invalid-form-data' || r.code === 'unexpected-data' ? 422 : 409;
            throw new HttpError(status, r.code, r.message.en, { message: r.message, ...(r.errors ? { errors: r.errors } : {}) });
          }
          if (err instanceof WorkflowNotFoundError) throw new HttpError(409, 'case-closed', 'The case is closed and accepts no further events.');
          throw err;
        }
      },
    }),
  ];
}
