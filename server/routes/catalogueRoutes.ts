import { validateDefinition } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import { draftEtag, requireDraftMatch } from './draftEtag.js';
import { contentSha256 } from './publishRoutes.js';
import { arrayOf, definitionResult, definitionVersion, definitionVersionSummary, draftSaved, procedureSchema, procedureSummary as summarySchema } from './responses.js';

const procedureSummary = (d: ProcedureConfig) => ({
  id: d.id, version: d.version, title: d.title, description: d.description, authority: d.authority, authorityTitle: d.authorityTitle,
  lifeSituations: d.lifeSituations, fee: d.fee, legalBasis: d.legalBasis, leika: d.leika, assuranceLevel: d.assuranceLevel,
});

/** The published catalogue (public) and definitions as drafts for designers; publishing: publishRoutes. */
export function catalogueRoutes(deps: AppDeps) {
  const draftOf = async (id: string) => (await deps.store.definitionVersions(id)).at(-1);
  const publishedVersion = async (id: string) => (await deps.catalogue.get(id))?.version ?? 0;

  return [
    defineRoute({
      method: 'get', path: '/api/procedures', tag: 'catalogue', access: 'public', summary: 'Published procedures (newest version each)', response: arrayOf(summarySchema),
      async handler() {
        return [...(await deps.catalogue.latest()).values()].map(procedureSummary);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/procedures/:id', tag: 'catalogue', access: 'public', params: { id: 'id' }, summary: 'A published procedure with its forms and texts', response: procedureSchema,
      async handler({ params }) {
        const def = await deps.catalogue.get(params.id!);
        if (!def) throw new HttpError(404, 'procedure-not-found', `No published procedure ${params.id}`);
        return def;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/definitions', tag: 'definitions', access: 'designer', summary: 'All definition versions (drafts and published)', response: arrayOf(definitionVersionSummary),
      async handler() {
        return (await deps.store.allDefinitionVersions()).map(({ id, version, status, author, createdAt, publishedAt, publishRequestedBy, approvals, publishedBy, revision }) =>
          ({ id, version, status, author, createdAt, publishedAt, publishRequestedBy, approvals, publishedBy, revision }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/definitions/:id', tag: 'definitions', access: 'designer', params: { id: 'id' },
      summary: 'The versions of one definition; the ETag names the draft\'s revision (send it as If-Match when saving)', response: arrayOf(definitionVersion),
      async handler({ ctx, params }) {
        const versions = await deps.store.definitionVersions(params.id!);
        const draft = versions.at(-1);
        if (draft && draft.status !== 'published') ctx.set('ETag', draftEtag(draft.version, draft.revision));
        return versions.map((v) => ({ ...v, sha256: contentSha256(v.content) }));
      },
    }),
    defineRoute<Record<string, unknown>>({
      method: 'post', path: '/api/definitions', tag: 'definitions', access: 'designer', status: 201, idempotent: true,
      summary: 'Save a definition as a new draft (the next version after the published one)', response: draftSaved,
      body: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } } },
      async handler({ ctx, principal, body }) {
        const id = String(body.id);
        const current = await draftOf(id);
        if (current?.status === 'draft' || current?.status === 'pending') throw new HttpError(409, 'draft-exists', `Definition ${id} already has draft version ${current.version}; PUT it`);
        const version = Math.max(current?.version ?? 0, await publishedVersion(id)) + 1;
        await deps.store.saveDefinition({ id, version, status: 'draft', content: { ...body, version }, author: principal!.sub, publishedAt: null, revision: 1 });
        deps.layouts?.prepare(id, version, { ...body, version } as unknown as ProcedureConfig);
        ctx.set('ETag', draftEtag(version, 1));
        return { id, version, status: 'draft', revision: 1, etag: draftEtag(version, 1) };
      },
    }),
    defineRoute<Record<string, unknown>>({
      method: 'put', path: '/api/definitions/:id', tag: 'definitions', access: 'designer', params: { id: 'id' }, summary: 'Replace the current draft (If-Match: its ETag; 412 draft-changed when someone saved it since)', response: draftSaved,
      body: { type: 'object' },
      // Under the procedure's lock, like publish and approve (publishRoutes).
      handler: ({ ctx, principal, params, body }) => deps.store.withLock(`definition\n${params.id}`, async () => {
        const draft = await draftOf(params.id!);
        if (draft?.status !== 'draft' && draft?.status !== 'pending') throw new HttpError(409, 'no-draft', `Definition ${params.id} has no draft; POST a new one`);
        requireDraftMatch(ctx, draft);
        const revision = draft.revision + 1;
        // A change withdraws a request to publish: what was approved is no longer what would go live.
        await deps.store.saveDefinition({
          ...draft, status: 'draft', content: { ...body, id: params.id, version: draft.version }, author: principal!.sub, publishRequestedBy: null, approvals: [], revision,
        });
        // A draft first saved broken gets its layout once it can be laid out; a stored one stays.
        deps.layouts?.prepare(params.id!, draft.version, { ...body, id: params.id, version: draft.version } as unknown as ProcedureConfig);
        ctx.set('ETag', draftEtag(draft.version, revision));
        return { id: params.id, version: draft.version, status: 'draft', revision, etag: draftEtag(draft.version, revision) };
      }),
    }),
    defineRoute<Record<string, unknown>>({
      method: 'post', path: '/api/definition-checks', tag: 'definitions', access: 'designer', response: definitionResult, body: { type: 'object' },
      summary: 'Validate a definition as edited, without saving it (the designer\'s problems panel; the browser cannot run the engine\'s ajv under the CSP)',
      async handler({ body }) {
        const { definition: _resolved, ...result } = validateDefinition(body);
        return result;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/definitions/:id/validate', tag: 'definitions', access: 'designer', params: { id: 'id' }, summary: 'Validate the current draft', response: definitionResult,
      async handler({ params }) {
        const draft = await draftOf(params.id!);
        if (!draft) throw new HttpError(404, 'definition-not-found', `No definition ${params.id}`);
        return validateDefinition(draft.content);
      },
    }),
  ];
}
