/**
 * Identity for the API: a development OpenID Connect provider, the server as OIDC client,
 * browser sessions and bearer tokens. `mountIdentity()` wires it all into a Koa app.
 */
export { mountIdentity } from './mountIdentity.js';
export { identityOptionsFromEnv } from './identityOptionsFromEnv.js';
export type { ExternalIdp, IdentityOptions } from './IdentityOptions.js';
export type { Assurance, IdentityState, Principal } from './Principal.js';
export { authenticate } from './authenticate.js';
export type { AuthenticateOptions } from './authenticate.js';
export { requirePrincipal } from './requirePrincipal.js';
export { requireAssurance } from './requireAssurance.js';
export { claimsToPrincipal } from './claimsToPrincipal.js';
export { DEV_IDENTITIES } from './devIdentities.js';
export { issueDevToken } from './issueDevToken.js';
export type { DevTokenRequest } from './issueDevToken.js';
export { TOKEN_USAGE, tokenCommand } from './tokenCommand.js';
export { CSRF_COOKIE, SESSION_COOKIE } from './createSessions.js';
export { API_AUDIENCE } from './identityConstants.js';
