import { devIdpDescription, identityPaths, principalSchema, securitySchemes } from '../identity/identityOpenApi.js';
import { errorSchema } from '../routes/schemas.js';
import { idempotencyKeyParameter } from './idempotency.js';
import type { Access, RouteSpec } from './RouteSpec.js';

/** What each `x-amtsweg-access` kind means (the access rule checked before any handler runs). */
export const ACCESS_KINDS: Record<Access, string> = {
  public: 'anyone, also without logging in',
  any: 'any logged-in person; what the answer holds depends on who (a party of the case, staff of an involved authority)',
  citizen: 'citizens and company representatives (kind `citizen` or `company`)',
  staff: 'staff of an authority (kind `staff`); reads of personal data need `?purpose=` and are logged for the citizen',
  designer: 'procedure designers of the ministry (kind `designer`)',
};

const description = [
  'Cases, documents, consents and the access log of Amtsweg. Errors share one shape `{status, code, message, details}` (`#/components/schemas/Error`).',
  '',
  '## Authentication',
  '- **Browser session**: `GET /auth/login?returnTo=/path` starts an OpenID Connect login (authorization code + PKCE) at the configured identity provider; its callback `/auth/callback` sets the session cookie (`session` scheme). Cookie-authenticated POST, PUT and DELETE must echo the CSRF cookie in `X-CSRF-Token`. `POST /auth/logout` ends the session.',
  '- **Bearer token**: `Authorization: Bearer <JWT access token of the identity provider>` (`bearer` scheme) — for scripts and other services. Development: `npm run -s amtsweg -- token --user erika`.',
  `- ${devIdpDescription}`,
  '',
  'Without either, only operations with `security: []` answer; the others say 401. `GET /api/me` tells who you are.',
  '',
  '## Access kinds (`x-amtsweg-access` on every operation)',
  ...Object.entries(ACCESS_KINDS).map(([kind, meaning]) => `- \`${kind}\`: ${meaning}`),
  'A route open to a kind still checks the object: a case, document or consent that is not yours answers 404, so its existence does not leak.',
].join('\n');

const loggedIn = [{ bearer: [] }, { session: [] }];

/** The OpenAPI document and the API page themselves (plain Koa routes of createApp). */
const docsPaths = {
  '/api/openapi.json': { get: { summary: 'This document (OpenAPI 3.1)', tags: ['system'], 'x-amtsweg-access': 'public', security: [], responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  '/api/docs': { get: { summary: 'A readable page of this document', tags: ['system'], 'x-amtsweg-access': 'public', security: [], responses: { 200: { description: 'OK', content: { 'text/html': { schema: { type: 'string' } } } } } } },
};

/** The schema of each kind of path parameter (mountRoutes checks the same patterns). */
const PARAM_SCHEMAS = {
  uuid: { type: 'string', format: 'uuid' }, id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }, timer: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$' },
  event: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
} as const;

/** OpenAPI 3.1 of the API, generated from the same route declarations that validate requests, plus the identity and docs routes. */
export function openApiDocument(specs: RouteSpec<never, unknown>[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = { ...identityPaths(), ...docsPaths };
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const queryProps = (spec.query?.properties ?? {}) as Record<string, unknown>;
    const ok = String(spec.status ?? 200);
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      'x-amtsweg-access': spec.access,
      security: spec.access === 'public' ? [] : loggedIn,
      parameters: [
        ...Object.entries(spec.params ?? {}).map(([name, kind]) => ({ name, in: 'path', required: true, schema: PARAM_SCHEMAS[kind] })),
        ...Object.entries(queryProps).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
        ...(spec.idempotent ? [idempotencyKeyParameter] : []),
      ],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      responses: {
        [ok]: ok === '204' ? { description: 'No content' }
          : { description: 'OK', content: { [spec.produces ?? 'application/json']: { schema: spec.produces ? { type: 'string', format: 'binary' } : spec.response ?? {} } } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Amtsweg API', version, description },
    servers: [{ url: '/' }],
    security: loggedIn,
    tags: [...new Set(Object.values(paths).flatMap((ops) => Object.values(ops).flatMap((op) => (op as { tags: string[] }).tags)))].sort().map((name) => ({ name })),
    components: {
      schemas: { Error: errorSchema, Principal: principalSchema },
      securitySchemes,
    },
    paths,
  };
}
