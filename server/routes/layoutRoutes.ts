import type { ProcedureConfig } from '../../engine/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { JsonSchema } from '../http/RouteSpec.js';

/** Most state boxes one layout may place (a statechart past this is no longer readable anyway). */
const MAX_PLACEMENTS = 2000;

const coordinate = { type: 'number', minimum: -1e6, maximum: 1e6 } as const;
const size = { type: 'number', minimum: 0, maximum: 1e6 } as const;
const placement: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['x', 'y'],
  properties: { x: coordinate, y: coordinate, width: size, height: size },
  description: 'top-left corner relative to the parent state\'s box; size of a compound state\'s box',
};
const positions: JsonSchema = {
  type: 'object', maxProperties: MAX_PLACEMENTS, additionalProperties: placement,
  propertyNames: { pattern: '^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100}){0,30}$' },
  description: 'placements keyed by state path (`verfahren.entscheidung`)',
};
const versionQuery: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['version'],
  properties: { version: { type: 'string', pattern: '^[1-9][0-9]{0,8}$', description: 'the definition version' } },
};
const layoutBody: JsonSchema = {
  type: 'object', additionalProperties: false, required: ['version', 'positions'],
  properties: { version: { type: 'integer', minimum: 1, maximum: 999_999_999 }, positions },
};
const layoutAnswer: JsonSchema = {
  type: 'object', required: ['id', 'version', 'positions', 'savedBy', 'savedAt'],
  properties: {
    id: { type: 'string' }, version: { type: 'integer' }, positions,
    savedBy: { anyOf: [{ type: 'string' }, { type: 'null' }] }, savedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
  },
};

/** The body of `PUT /api/definitions/:id/layout`. */
interface LayoutBody { version: number; positions: Record<string, { x: number; y: number; width?: number; height?: number }> }

/**
 * The designer canvas's layout of a definition version (issue 12): positions of the state boxes,
 * stored apart from the definition, so that arranging boxes never changes a procedure. A version
 * gets a layout from the server's ELK when it is saved (or first asked for); when that fails the
 * answer has empty positions, and the canvas lays it out in the browser and saves it.
 */
export function layoutRoutes(deps: AppDeps) {
  /** The version's definition, as a draft or published (the catalogue files included); 404 when there is none. */
  async function requireVersion(id: string, version: number): Promise<ProcedureConfig> {
    const stored = (await deps.store.definitionVersions(id)).find((v) => v.version === version);
    const definition = (stored?.content as unknown as ProcedureConfig | undefined) ?? await deps.catalogue.get(id, version);
    if (!definition) throw new HttpError(404, 'definition-not-found', `No definition ${id} version ${version}`);
    return definition;
  }

  return [
    defineRoute({
      method: 'get', path: '/api/definitions/:id/layout', tag: 'definitions', access: 'designer', params: { id: 'id' }, query: versionQuery,
      summary: 'The canvas layout of a definition version (laid out by the server with ELK when none is stored; empty positions when that fails)', response: layoutAnswer,
      async handler({ params, query }) {
        const version = Number(query.version);
        const definition = await requireVersion(params.id!, version);
        // The stored one; none yet (a save's layout still running, or a version from before): laid out now.
        const layout = deps.layouts ? await deps.layouts.ensure(params.id!, version, definition) : await deps.store.getLayout(params.id!, version);
        return { id: params.id, version, positions: layout?.positions ?? {}, savedBy: layout?.savedBy ?? null, savedAt: layout?.savedAt.toISOString() ?? null };
      },
    }),
    defineRoute<LayoutBody>({
      method: 'put', path: '/api/definitions/:id/layout', tag: 'definitions', access: 'designer', params: { id: 'id' }, body: layoutBody,
      summary: 'Replace the canvas layout of a definition version (presentation only: the definition is not changed)', response: layoutAnswer,
      async handler({ principal, params, body }) {
        await requireVersion(params.id!, body.version);
        const saved = await deps.store.saveLayout({ definitionId: params.id!, version: body.version, positions: body.positions, savedBy: principal!.sub });
        return { id: saved.definitionId, version: saved.version, positions: saved.positions, savedBy: saved.savedBy, savedAt: saved.savedAt.toISOString() };
      },
    }),
  ];
}
