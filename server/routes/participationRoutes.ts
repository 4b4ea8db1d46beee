import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { ProcedureConfig } from '../../engine/index.js';
import type { CaseRecord } from '../../store/index.js';
import { EVENT_REJECTED, caseData, joinCase, view } from '../../workflows/index.js';
import type { CaseView, RejectionDetails } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { ownView } from '../access/competitorScope.js';
import { HttpError } from '../HttpError.js';
import { requireAssurance } from '../identity/index.js';
import { defineRoute } from '../http/RouteSpec.js';
import { arrayOf, openCase } from './responses.js';
import { caseViewSchema } from './schemas.js';

/** Most open cases one answer lists (each costs two queries of its workflow). */
const OPEN_CASES_MAX = 50;

/** The roles in which citizens and companies may join a case of the procedure (a tender's bidders). */
const joinableRoles = (def: ProcedureConfig) => Object.entries(def.roles).filter(([, r]) => r.kind === 'citizen' && r.joinable).map(([name]) => name);

/** Top-level states that accept an event of one of `roles`: where cases open for joining stand. */
const openStates = (def: ProcedureConfig, roles: string[]) => Object.entries(def.machine.states)
  .filter(([, s]) => Object.keys(s.on ?? {}).some((event) => def.events[event]?.by.some((r) => roles.includes(r))))
  .map(([name]) => name);

const acceptsRole = (v: CaseView, roles: string[]) => v.status === 'active' && v.accepts.some((a) => a.by.some((r) => roles.includes(r)));

/** Only what the definition marks public (`forms.<id>.public`, a contract notice): never a party's data. */
const publicData = (def: ProcedureConfig, data: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(def.forms ?? {}).filter(([id, f]) => f.public && data[id]).map(([id]) => [id, data[id]!]));

/**
 * Cases that anyone may join (tenders): the public list of those open now, with only their
 * published data, and joining one as a party in the joinable role (then e.g. SUBMIT_BID through
 * `POST /api/cases/:id/events`; competitors stay hidden from each other, see competitorScope).
 */
export function participationRoutes(deps: AppDeps) {
  const { client } = deps.temporal;
  return [
    defineRoute({
      method: 'get', path: '/api/procedures/:id/open-cases', tag: 'catalogue', access: 'public', params: { id: 'id' }, response: arrayOf(openCase),
      summary: `Cases of the procedure open for joining now (tenders in their bidding period), with their published data and deadline; at most ${OPEN_CASES_MAX}`,
      async handler({ params }) {
        const latest = await deps.catalogue.get(params.id!);
        const roles = latest ? joinableRoles(latest) : [];
        if (!latest || !roles.length) throw new HttpError(404, 'procedure-not-joinable', `No published procedure ${params.id} whose cases can be joined`);
        const records = (await Promise.all(openStates(latest, roles).map((state) => deps.store.listCases({ procedure: latest.id, state, limit: OPEN_CASES_MAX, offset: 0 }))))
          .flatMap((l) => l.items).slice(0, OPEN_CASES_MAX);
        const open = await Promise.all(records.map(async (record) => {
          const def = await deps.catalogue.get(record.procedure, record.version);
          const handle = client.workflow.getHandle(record.id);
          const current = await handle.query(view).catch(() => undefined);
          if (!def || !current || !acceptsRole(current, joinableRoles(def))) return [];
          const due = current.deadlines.map((d) => d.dueAt).sort()[0] ?? null;
          return [{ id: record.id, procedure: def.id, version: def.version, authority: def.authority, state: record.state, deadline: due, published: publicData(def, await handle.query(caseData)) }];
        }));
        return open.flat();
      },
    }),
    defineRoute<unknown, { record: CaseRecord; def: ProcedureConfig; role: string }>({
      method: 'post', path: '/api/cases/:id/participation', tag: 'cases', access: 'citizen', params: { id: 'uuid' }, idempotent: true, response: caseViewSchema,
      summary: 'Join an open case as a party in its joinable role (become a bidder of a tender); 409 once it is closed for joining',
      // A case that cannot be joined answers as if it did not exist (the first answer and a replay alike).
      async authorize({ principal, params }) {
        const record = await deps.store.getCase(params.id!);
        const def = record && await deps.catalogue.get(record.procedure, record.version);
        const role = def ? joinableRoles(def)[0] : undefined;
        if (!record || !def || !role) throw new HttpError(404, 'case-not-found', `No case ${params.id} open for joining`);
        if (def.assuranceLevel) requireAssurance(principal!, def.assuranceLevel);
        return { record, def, role };
      },
      async handler({ principal, authorized: { record, def, role } }) {
        const party = { id: principal!.sub, role };
        let joined: CaseView;
        try {
          joined = await client.workflow.getHandle(record.id).executeUpdate(joinCase, { args: [{ caseId: record.id, party }] });
        } catch (err) {
          const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
          if (cause instanceof ApplicationFailure && cause.type === EVENT_REJECTED) {
            const r = cause.details?.[0] as RejectionDetails;
            throw new HttpError(409, r.code, r.message.en, { message: r.message });
          }
          if (err instanceof WorkflowNotFoundError) throw new HttpError(409, 'case-closed', 'The case is closed.');
          throw err;
        }
        // The worker records the join too (with its audit entry); this makes the next request see it at once.
        await deps.store.addParty(record.id, party);
        const parties = record.parties.some((p) => p.id === party.id && p.role === role) ? record.parties : [...record.parties, party];
        return ownView({ record: { ...record, parties }, definition: def, as: 'party', roles: [role] }, principal!, joined);
      },
    }),
  ];
}
