import { timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { HttpError } from '../HttpError.js';
import type { Sessions } from './createSessions.js';
import type { IdentityState, Principal } from './Principal.js';

/** How `authenticate()` resolves callers. */
export interface AuthenticateOptions {
  verifyBearer(token: string): Promise<Principal>;
  sessions: Sessions;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sets `ctx.state.principal` from `Authorization: Bearer <jwt>` or else the session cookie.
 * A bearer token that fails verification is a 401 rather than anonymous, so a client notices.
 * Cookie-authenticated unsafe requests must echo the session's CSRF token in `X-CSRF-Token`
 * (403 otherwise); bearer requests need not, a browser never attaches that header on its own.
 */
export function authenticate(options: AuthenticateOptions): Middleware {
  return async (ctx, next) => {
    const state = ctx.state as IdentityState;
    state.principal = undefined;
    const authorization = ctx.get('Authorization');
    if (authorization) {
      const [, token] = /^Bearer +([\w.~+/-]+=*)$/i.exec(authorization) ?? [];
      if (!token) {
        ctx.set('WWW-Authenticate', 'Bearer error="invalid_request"');
        throw new HttpError(401, 'invalid-token', 'Expected "Authorization: Bearer <token>" / Erwartet wird "Authorization: Bearer <Token>"');
      }
      try {
        state.principal = await options.verifyBearer(token);
      } catch (err) {
        if (err instanceof HttpError) ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"'); // RFC 6750 § 3
        throw err;
      }
      return next();
    }
    const session = await options.sessions.read(ctx);
    if (session) {
      if (!SAFE_METHODS.has(ctx.method) && !sameToken(ctx.get('X-CSRF-Token'), session.csrf)) {
        throw new HttpError(403, 'csrf-token-invalid', 'Missing or wrong X-CSRF-Token header / X-CSRF-Token-Header fehlt oder ist falsch');
      }
      state.principal = session.principal;
    }
    await next();
  };
}
