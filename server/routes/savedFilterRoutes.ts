import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import { arrayOf, savedFilter } from './responses.js';

/** How many filters one clerk keeps: enough for their views, few enough to read as links. */
const MAX_SAVED_FILTERS = 50;

const body = {
  type: 'object', required: ['name', 'query'], additionalProperties: false, properties: {
    // Some visible character, no control characters; kept trimmed.
    name: { type: 'string', minLength: 1, maxLength: 80, pattern: '^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$' },
    query: { type: 'string', maxLength: 500, pattern: '^[A-Za-z0-9=&%._~+-]*$', description: 'the queue\'s URL query without "?", e.g. ansicht=mine&verfahren=gewerbeanmeldung' },
  },
};

const view = (f: { id: string; name: string; query: string; createdAt: Date }) => ({ id: f.id, name: f.name, query: f.query, createdAt: f.createdAt.toISOString() });

/** A clerk's saved queue filters: list, save (a name again replaces its query), delete; each clerk sees only their own. */
export function savedFilterRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get', path: '/api/staff/saved-filters', tag: 'workbench', access: 'staff', response: arrayOf(savedFilter),
      summary: 'My saved queue filters, by name',
      handler: async ({ principal }) => (await deps.store.savedFiltersOf(principal!.sub)).map(view),
    }),
    defineRoute<{ name: string; query: string }>({
      method: 'post', path: '/api/staff/saved-filters', tag: 'workbench', access: 'staff', idempotent: true, body, response: savedFilter,
      summary: `Save the queue's filter under a name (the same name again replaces its query); at most ${MAX_SAVED_FILTERS} per person`,
      async handler({ principal, body: { name, query } }) {
        const owner = principal!.sub;
        const trimmed = name.trim();
        const mine = await deps.store.savedFiltersOf(owner);
        if (mine.length >= MAX_SAVED_FILTERS && !mine.some((f) => f.name === trimmed)) {
          throw new HttpError(409, 'too-many-saved-filters', `You keep ${MAX_SAVED_FILTERS} saved filters already; delete one first`);
        }
        return view(await deps.store.saveFilter({ owner, name: trimmed, query }));
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/staff/saved-filters/:id', tag: 'workbench', access: 'staff', params: { id: 'uuid' }, status: 204,
      summary: 'Delete one of my saved filters; 404 when I have none with this id',
      async handler({ ctx, principal, params }) {
        if (!(await deps.store.deleteSavedFilter(principal!.sub, params.id!))) throw new HttpError(404, 'saved-filter-not-found', `No saved filter ${params.id}`);
        ctx.status = 204;
        return undefined;
      },
    }),
  ];
}
