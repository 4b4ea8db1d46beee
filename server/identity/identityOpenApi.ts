import { CSRF_COOKIE, SESSION_COOKIE } from './createSessions.js';
import { DEV_IDP_PATH } from './identityConstants.js';

/**
 * The caller as `GET /api/me` answers it: the `Principal` interface as JSON Schema (its test
 * checks every development identity against it, field by field).
 */
export const principalSchema = {
  type: 'object', required: ['sub', 'name', 'kind', 'assurance'],
  properties: {
    sub: { type: 'string', description: 'stable subject identifier at the identity provider' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ['citizen', 'company', 'staff', 'designer'] },
    authority: { type: 'string', description: 'staff only: the authority id of procedure.json' },
    assurance: { type: 'string', enum: ['basic', 'substantial', 'high'], description: 'assurance level (eIDAS low / substantial / high)' },
    email: { type: 'string' },
  },
} as const;

/** The two ways to authenticate (OpenAPI `components.securitySchemes`). */
export const securitySchemes = {
  session: {
    type: 'apiKey', in: 'cookie', name: SESSION_COOKIE,
    description: `Browser session: \`GET /auth/login\` (OpenID Connect, authorization code + PKCE against the configured identity provider) sets the HTTP-only cookie \`${SESSION_COOKIE}\` (8 h). Unsafe requests (POST, PUT, DELETE) with it must send the value of the readable cookie \`${CSRF_COOKIE}\` as header \`X-CSRF-Token\` (403 \`csrf-token-invalid\` otherwise). \`POST /auth/logout\` ends it on the server.`,
  },
  bearer: {
    type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
    description: 'JWT access token of the identity provider (audience `amtsweg-api` unless `OIDC_AUDIENCE` says otherwise, lifetime at most `AMTSWEG_MAX_TOKEN_LIFETIME`, 1 h by default). For development: `npm run -s amtsweg -- token --user erika` prints one of the development IdP. No CSRF header needed; an invalid token is a 401, never anonymous.',
  },
} as const;

/** What an operation of the identity routes needs that the route declarations otherwise give. */
const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const loggedIn = { security: [{ bearer: [] }, { session: [] }] };
const anonymous = { security: [] };

/**
 * OpenAPI path items of the routes `mountIdentity()` adds (`authRoutes`). They are Koa routes,
 * not route declarations (redirects, cookies), so they are described here, next to them.
 */
export function identityPaths(): Record<string, Record<string, unknown>> {
  return {
    '/api/me': {
      get: {
        summary: 'Who I am: the principal of the session cookie or bearer token', tags: ['identity'], 'x-amtsweg-access': 'any', ...loggedIn,
        responses: { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Principal' } } } }, default: errorResponse },
      },
    },
    '/auth/login': {
      get: {
        summary: 'Start a browser login: redirects to the identity provider (OpenID Connect, authorization code + PKCE, state, nonce)', tags: ['identity'], 'x-amtsweg-access': 'public', ...anonymous,
        parameters: [{ name: 'returnTo', in: 'query', required: false, description: 'path on this server to land on after the login (other values: `/`)', schema: { type: 'string', pattern: '^/' } }],
        responses: {
          302: { description: 'To the identity provider\'s authorization endpoint; a short-lived cookie keeps the login transaction', headers: { Location: { schema: { type: 'string', format: 'uri' } } } },
          default: errorResponse,
        },
      },
    },
    '/auth/callback': {
      get: {
        summary: 'Where the identity provider sends the browser back: starts the session and redirects to `returnTo`', tags: ['identity'], 'x-amtsweg-access': 'public', ...anonymous,
        parameters: ['code', 'state', 'iss', 'error'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
        responses: {
          302: {
            description: `Logged in: sets \`${SESSION_COOKIE}\` (HTTP-only) and \`${CSRF_COOKIE}\`, redirects to \`returnTo\``,
            headers: { Location: { schema: { type: 'string' } }, 'Set-Cookie': { schema: { type: 'string' } } },
          },
          default: errorResponse,
        },
      },
    },
    '/auth/logout': {
      post: {
        summary: 'End the browser session on the server and delete its cookies (with the cookie: send `X-CSRF-Token`)', tags: ['identity'], 'x-amtsweg-access': 'public', ...anonymous,
        responses: { 204: { description: 'Logged out (also when there was no session)' }, default: errorResponse },
      },
    },
  };
}

/** The paragraph of the API description about the development identity provider. */
export const devIdpDescription = `With no \`OIDC_ISSUER\` configured, the server embeds a development OpenID Connect provider at \`${DEV_IDP_PATH}\` (discovery: \`${DEV_IDP_PATH}/.well-known/openid-configuration\`), reachable from this machine only, with test identities and no passwords. It is the identity provider, not part of this API, and is not described here.`;
