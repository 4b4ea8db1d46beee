import Provider, { errors } from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { ACR } from './acr.js';
import { DEV_IDENTITIES } from './devIdentities.js';
import { API_AUDIENCE, API_RESOURCE, DEV_CLIENT_ID, DEV_IDP_PATH } from './identityConstants.js';
import type { DevIdpKeys } from './loadDevIdpKeys.js';
import { principalClaims } from './principalClaims.js';
import { pgOidcAdapter } from './pgOidcAdapter.js';
import type { OidcRepo } from '../../store/index.js';

/** What the development IdP needs to know. */
export interface DevIdpOptions {
  /** `<publicUrl>/idp`. */
  issuer: string;
  keys: DevIdpKeys;
  /** Where the server receives the authorization response: `<publicUrl>/auth/callback`. */
  redirectUri: string;
  /** Where the IdP may send the browser after logout: the public URL. */
  postLogoutRedirectUri: string;
  /** Audience of JWT access tokens for the API. */
  audience?: string;
  /** Lifetime of access tokens; default one hour (never more than the API accepts). */
  accessTokenTtlSeconds?: number;
  log?: (err: unknown, context?: Record<string, unknown>) => void;
  /** Where the IdP keeps interactions, sessions, codes and grants (PostgreSQL, shared by every server). */
  store: OidcRepo;
}

const EIGHT_HOURS = 8 * 3600;

/**
 * The development OpenID Connect provider (oidc-provider): test identities, no passwords, one
 * statically registered client (the server). Access tokens are JWTs for the API resource,
 * carrying the same claims as the ID token. State (interactions, sessions, codes, grants) lives in
 * PostgreSQL, so a login begun on one API server can end on another.
 */
export function createDevIdp(options: DevIdpOptions): Provider {
  const byId = new Map(DEV_IDENTITIES.map((p) => [p.sub, p]));
  const audience = options.audience ?? API_AUDIENCE;
  const accessTokenTtl = options.accessTokenTtlSeconds ?? 3600;
  const configuration: Configuration = {
    adapter: pgOidcAdapter(options.store),
    clients: [{
      client_id: DEV_CLIENT_ID,
      client_secret: options.keys.clientSecret,
      redirect_uris: [options.redirectUri],
      post_logout_redirect_uris: [options.postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    jwks: options.keys.jwks as Configuration['jwks'],
    cookies: { keys: options.keys.cookieKeys },
    async findAccount(_ctx, sub) {
      const principal = byId.get(sub);
      return principal && { accountId: principal.sub, claims: async () => principalClaims(principal) };
    },
    scopes: ['openid', 'profile', 'email', 'amtsweg'],
    // `acr` under `openid`: oidc-provider would otherwise put it into the ID token only when the
    // client sends acr_values, and the assurance level is what the API decides on.
    claims: { acr: null, sid: null, auth_time: null, iss: null, openid: ['sub', 'acr'], profile: ['name'], email: ['email'], amtsweg: ['amtsweg_kind', 'amtsweg_authority'] },
    acrValues: Object.values(ACR),
    // Put the profile claims into the ID token as well: the server builds its session from it
    // and never calls userinfo (its access token is for the API, not for userinfo).
    conformIdTokenClaims: false,
    interactions: { url: (_ctx, interaction) => `${DEV_IDP_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return { scope: 'api', audience, accessTokenFormat: 'jwt', accessTokenTTL: accessTokenTtl, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    // The API authorizes from the access token alone, so it carries the identity claims too.
    async extraTokenClaims(_ctx, token) {
      const principal = 'accountId' in token && typeof token.accountId === 'string' ? byId.get(token.accountId) : undefined;
      if (!principal) return undefined;
      const { sub: _sub, ...claims } = principalClaims(principal);
      return claims;
    },
    ttl: { AccessToken: accessTokenTtl, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: EIGHT_HOURS, Grant: EIGHT_HOURS },
  };
  const provider = new Provider(options.issuer, configuration);
  // Host and scheme come from X-Forwarded-*, which devIdpMiddleware sets from the public URL.
  provider.proxy = true;
  provider.on('server_error', (_ctx: unknown, err: unknown) => options.log?.(err, { component: 'dev-idp' }));
  return provider;
}
