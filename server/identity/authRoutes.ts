import Router from '@koa/router';
import * as client from 'openid-client';
import { HttpError } from '../HttpError.js';
import { claimsToPrincipal } from './claimsToPrincipal.js';
import type { SessionCodec } from './createSessionCodec.js';
import type { Sessions } from './createSessions.js';
import type { OidcClient } from './createOidcClient.js';
import { requirePrincipal } from './requirePrincipal.js';
import { setCookie } from './setCookie.js';

const LOGIN_COOKIE = 'amtsweg_login';
const LOGIN_TTL_SECONDS = 600;

/** What the login routes need. */
export interface AuthRoutesOptions {
  oidc: OidcClient;
  sessions: Sessions;
  codec: SessionCodec;
  /** Public base URL of the server; the callback is `<publicUrl>/auth/callback`. */
  publicUrl: string;
  secure: boolean;
  /** Scopes to request. */
  scope: string;
  /** Extra authorization parameters, e.g. `prompt=login` so the dev IdP always asks who. */
  authorizationParams?: Record<string, string>;
}

/** Only paths on this server: an absolute or protocol-relative `returnTo` would be an open redirect. */
function safeReturnTo(raw: unknown): string {
  return typeof raw === 'string' && /^\/(?![/\\])/.test(raw) && !/[\r\n]/.test(raw) ? raw : '/';
}

/**
 * `GET /auth/login?returnTo=/portal` (authorization code + PKCE, state, nonce),
 * `GET /auth/callback`, `POST /auth/logout`, `GET /api/me`. The login transaction (state,
 * nonce, verifier) waits in a short-lived encrypted cookie scoped to the callback path.
 */
export function authRoutes(options: AuthRoutesOptions): Router {
  const { oidc, sessions, codec, secure } = options;
  const redirectUri = new URL('/auth/callback', options.publicUrl).href;
  const configuration = () => oidc.configuration().catch((err: unknown) => {
    throw new HttpError(502, 'idp-unavailable', 'The identity provider is not reachable / Der Identitätsanbieter ist nicht erreichbar', undefined, { cause: err });
  });
  const router = new Router();

  router.get('/auth/login', async (ctx) => {
    const config = await configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      ...options.authorizationParams,
      redirect_uri: redirectUri,
      scope: options.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const transaction = await codec.seal('login', { state, nonce, codeVerifier, returnTo: safeReturnTo(ctx.query.returnTo) }, LOGIN_TTL_SECONDS);
    setCookie(ctx, LOGIN_COOKIE, transaction, { httpOnly: true, secure, path: '/auth/callback', maxAge: LOGIN_TTL_SECONDS });
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(url.href);
  });

  router.get('/auth/callback', async (ctx) => {
    const transaction = await codec.open('login', ctx.cookies.get(LOGIN_COOKIE, { signed: false }));
    setCookie(ctx, LOGIN_COOKIE, '', { httpOnly: true, secure, path: '/auth/callback', maxAge: 0 });
    if (!transaction) throw new HttpError(400, 'login-expired', 'No login in progress or it expired; start again / Keine laufende Anmeldung oder abgelaufen, bitte neu beginnen');
    const config = await configuration();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, new URL(ctx.originalUrl, options.publicUrl), {
        pkceCodeVerifier: String(transaction.codeVerifier),
        expectedState: String(transaction.state),
        expectedNonce: String(transaction.nonce),
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (err) {
      if (!(err instanceof client.AuthorizationResponseError || err instanceof client.ResponseBodyError || err instanceof client.ClientError)) throw err;
      const reason = err instanceof client.AuthorizationResponseError || err instanceof client.ResponseBodyError ? err.error : err.code;
      throw new HttpError(401, 'login-failed', 'Login failed / Anmeldung fehlgeschlagen', { reason }, { cause: err });
    }
    const principal = claims && claimsToPrincipal(claims);
    if (!principal) throw new HttpError(401, 'login-failed', 'The identity provider sent no subject / Der Identitätsanbieter hat keine Kennung geliefert');
    await sessions.start(ctx, principal);
    ctx.redirect(safeReturnTo(transaction.returnTo));
  });

  router.post('/auth/logout', async (ctx) => {
    await sessions.end(ctx);
    ctx.status = 204;
  });

  router.get('/api/me', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = requirePrincipal(ctx);
  });

  return router;
}
