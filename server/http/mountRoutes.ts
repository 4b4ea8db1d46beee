import Router from '@koa/router';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Store } from '../../store/index.js';
import { HttpError } from '../HttpError.js';
import { withIdempotency } from './idempotency.js';
import type { Principal, RouteSpec } from './RouteSpec.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: false });
addFormats.default(ajv);

// Definitions nest about 15 levels; deeper bodies only serve to exhaust recursive code
// (canonical JSON of Idempotency-Key, payload serialisation, the ORM) and end in a 500.
const MAX_DEPTH = 64;

/**
 * Why a parsed JSON body is refused before validation: nesting deeper than MAX_DEPTH, or a key
 * that reaches a prototype (the JSON parser refuses `__proto__`, not `constructor.prototype`).
 * Iterative, so no body can exhaust the stack here.
 */
function bodyProblem(body: unknown): HttpError | undefined {
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return new HttpError(400, 'too-deep', `JSON nested deeper than ${MAX_DEPTH} levels`);
    for (const [key, child] of Object.entries(value)) {
      const reachesPrototype = key === '__proto__' || (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype'));
      if (reachesPrototype) return new HttpError(400, 'forbidden-key', 'The body holds a key that reaches a prototype (__proto__, constructor.prototype)');
      stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

const PARAM = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, id: /^[a-z0-9][a-z0-9-]{0,63}$/,
  // A deadline timer's id: `xstate.after.P1M.gewerbeanmeldung.nachforderung`.
  timer: /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/,
  // An event type of a definition: `APPROVE`, `FIRE_STATEMENT`.
  event: /^[A-Z][A-Z0-9_]{0,63}$/,
};

function validator(schema: object | undefined): ValidateFunction | undefined {
  return schema ? ajv.compile(schema) : undefined;
}

function check(validate: ValidateFunction | undefined, value: unknown, where: string): void {
  if (!validate || validate(value)) return;
  const errors = (validate.errors ?? []).map((e) => ({
    path: `${where}${e.instancePath}${e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : ''}`,
    message: e.keyword === 'additionalProperties' ? 'unknown field' : e.message ?? 'invalid',
  }));
  throw new HttpError(400, 'invalid-request', `Invalid ${where}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
}

/** Whether a principal passes a route's access rule (authorisation on the object is the handler's). */
export function permits(access: RouteSpec['access'], principal: Principal | undefined): boolean {
  if (access === 'public') return true;
  if (!principal) return false;
  if (access === 'any') return true;
  if (access === 'citizen') return principal.kind === 'citizen' || principal.kind === 'company';
  return principal.kind === access;
}

/** A router for route declarations: access rule, path-parameter shapes, query and body schemas, `authorize`, then the handler (or a replay). */
export function mountRoutes(specs: RouteSpec<never, unknown>[], store: Store): Router {
  const router = new Router();
  for (const spec of specs) {
    const body = validator(spec.body);
    const query = validator(spec.query ?? { type: 'object', additionalProperties: false });
    router[spec.method](spec.path, async (ctx) => {
      const principal = (ctx.state as { principal?: Principal }).principal;
      if (!permits(spec.access, principal)) {
        if (!principal) throw new HttpError(401, 'unauthenticated', 'Login required');
        throw new HttpError(403, 'forbidden', `This route is for ${spec.access} accounts`);
      }
      for (const [name, kind] of Object.entries(spec.params ?? {})) {
        if (!PARAM[kind].test(ctx.params[name] ?? '')) throw new HttpError(404, 'not-found', `No such ${name}`);
      }
      const q = Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
      check(query, q, 'query');
      // A body must be JSON even where the route ignores it (an empty POST is no body, though
      // type-is counts `Content-Length: 0` as one).
      const hasBody = Boolean(ctx.request.length) || ctx.get('Transfer-Encoding') !== '';
      if ((spec.body || hasBody) && !ctx.is('application/json')) throw new HttpError(415, 'unsupported-media-type', 'Send application/json');
      const problem = bodyProblem(ctx.request.body);
      if (problem) throw problem;
      if (spec.body) check(body, ctx.request.body, 'body');
      const input = { ctx, principal, params: ctx.params as Record<string, string>, query: q, body: ctx.request.body as never };
      // A replayed answer passes the same checks (and logging) as the first: both run `authorize`.
      const authorize = async () => (spec.authorize ? spec.authorize(input) : undefined);
      const run = async () => {
        const result = await spec.handler({ ...input, authorized: await authorize() as never });
        if (result !== undefined) {
          ctx.body = result;
          if (spec.status) ctx.status = spec.status;
        }
      };
      if (spec.idempotent) await withIdempotency(ctx, store, principal?.sub ?? 'anonymous', run, async () => { await authorize(); });
      else await run();
    });
  }
  return router;
}
