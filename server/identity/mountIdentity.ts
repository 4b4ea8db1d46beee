import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import type Koa from 'koa';
import type { OidcRepo, SessionRepo } from '../../store/index.js';
import { authenticate } from './authenticate.js';
import { authRoutes } from './authRoutes.js';
import { createBearerVerifier } from './createBearerVerifier.js';
import { createDevIdp } from './createDevIdp.js';
import { createOidcClient } from './createOidcClient.js';
import { createSessionCodec } from './createSessionCodec.js';
import { createSessions } from './createSessions.js';
import { devIdpGuard } from './devIdpGuard.js';
import { devIdpMiddleware } from './devIdpMiddleware.js';
import { API_AUDIENCE, DEFAULT_MAX_TOKEN_LIFETIME, DEV_CLIENT_ID, DEV_IDP_PATH } from './identityConstants.js';
import type { IdentityOptions } from './IdentityOptions.js';
import { loadDevIdpKeys, publicJwks } from './loadDevIdpKeys.js';
import { readOrCreateSecret } from '../../config/index.js';

/**
 * Adds identity to the app, in this order: with the dev IdP (no external IdP configured) the
 * guard that serves this machine only (`devIdpGuard`) and the IdP at `/idp`; `authenticate()`
 * (principal + CSRF), then `/auth/login`, `/auth/callback`,
 * `/auth/logout` and `/api/me`. Call it where `authenticate()` belongs: after the error handler
 * and body parser, before the routes. The IdP comes first so its own form posts and token
 * requests are not subject to our CSRF rule. Reads or creates keys synchronously. Browser
 * sessions are recorded in `store`, so logout ends them on the server.
 */
export function mountIdentity(app: Koa, options: IdentityOptions, store: SessionRepo & OidcRepo): void {
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const secure = new URL(publicUrl).protocol === 'https:';
  const audience = options.audience ?? API_AUDIENCE;
  const maxLifetimeSeconds = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME;
  const { key } = readOrCreateSecret(join(options.dataDir, 'identity', 'session-key.json'), () => ({ key: randomBytes(32).toString('base64url') }));
  const codec = createSessionCodec(Buffer.from(key, 'base64url'));
  const sessions = createSessions({ codec, secure, ttlSeconds: options.sessionTtlSeconds ?? 8 * 3600, store });

  let oidc;
  let getKey: JWTVerifyGetKey;
  if (options.external) {
    const { issuer, clientId, clientSecret } = options.external;
    oidc = createOidcClient({ issuer, clientId, clientSecret });
    const client = oidc;
    let remote: JWTVerifyGetKey | undefined;
    getKey = async (header, token) => {
      if (!remote) {
        const jwksUri = (await client.configuration()).serverMetadata().jwks_uri;
        if (!jwksUri) throw new Error(`The IdP ${issuer} publishes no jwks_uri`);
        remote = createRemoteJWKSet(new URL(jwksUri));
      }
      return remote(header, token);
    };
  } else {
    app.use(devIdpGuard(publicUrl));
    const issuer = publicUrl + DEV_IDP_PATH;
    const keys = loadDevIdpKeys(options.dataDir);
    const provider = createDevIdp({
      issuer, keys, audience, redirectUri: `${publicUrl}/auth/callback`, postLogoutRedirectUri: `${publicUrl}/`,
      accessTokenTtlSeconds: Math.min(DEFAULT_MAX_TOKEN_LIFETIME, maxLifetimeSeconds), store,
      ...(options.log ? { log: options.log } : {}),
    });
    app.use(devIdpMiddleware(provider, publicUrl));
    oidc = createOidcClient({
      issuer, clientId: DEV_CLIENT_ID, clientSecret: keys.clientSecret,
      metadata: {
        issuer,
        authorization_endpoint: provider.urlFor('authorization'),
        token_endpoint: provider.urlFor('token'),
        jwks_uri: provider.urlFor('jwks'),
        end_session_endpoint: provider.urlFor('end_session'),
      },
    });
    getKey = createLocalJWKSet(publicJwks(keys.jwks));
  }

  app.use(authenticate({ sessions, verifyBearer: createBearerVerifier({ issuer: oidc.issuer, audience, getKey, maxLifetimeSeconds }) }));
  const router = authRoutes({
    oidc, sessions, codec, publicUrl, secure,
    scope: options.external ? options.external.scope ?? 'openid profile email' : 'openid profile email amtsweg api',
    // The dev IdP remembers its last login; asking every time lets a developer switch identity.
    ...(options.external ? {} : { authorizationParams: { prompt: 'login' } }),
  });
  app.use(router.routes());
  app.use(router.allowedMethods());
}
