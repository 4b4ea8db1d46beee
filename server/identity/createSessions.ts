import { randomBytes } from 'node:crypto';
import type { Context } from 'koa';
import { claimsToPrincipal } from './claimsToPrincipal.js';
import type { SessionCodec } from './createSessionCodec.js';
import type { Principal } from './Principal.js';
import { principalClaims } from './principalClaims.js';
import { setCookie } from './setCookie.js';

/** Name of the HTTP-only session cookie. */
export const SESSION_COOKIE = 'amtsweg_session';
/** Name of the readable cookie holding the CSRF token; send it back as `X-CSRF-Token`. */
export const CSRF_COOKIE = 'amtsweg_csrf';

/** A browser session: who, and the CSRF token bound to it. */
export interface Session {
  principal: Principal;
  csrf: string;
}

/** Browser sessions in cookies. */
export interface Sessions {
  read(ctx: Context): Promise<Session | undefined>;
  start(ctx: Context, principal: Principal): Promise<void>;
  end(ctx: Context): void;
}

/**
 * Sessions as encrypted cookies with an absolute lifetime (no sliding renewal): logout deletes
 * the cookie in this browser, but a copied cookie stays valid until it expires. That is the
 * price of needing no shared store; keep `ttlSeconds` short enough for it. The principal is
 * stored as claims and read back through `claimsToPrincipal()`, the same path as a token.
 */
export function createSessions(options: { codec: SessionCodec; secure: boolean; ttlSeconds: number }): Sessions {
  const { codec, secure, ttlSeconds } = options;
  const end = (ctx: Context) => {
    setCookie(ctx, SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 });
    setCookie(ctx, CSRF_COOKIE, '', { httpOnly: false, secure, maxAge: 0 });
  };
  return {
    async read(ctx) {
      const value = ctx.cookies.get(SESSION_COOKIE, { signed: false });
      if (!value) return undefined;
      const payload = await codec.open('session', value);
      const principal = payload && typeof payload.claims === 'object' && payload.claims
        ? claimsToPrincipal(payload.claims as Record<string, unknown>) : undefined;
      if (!payload || !principal || typeof payload.csrf !== 'string') {
        end(ctx); // expired or tampered: tell the browser to drop it
        return undefined;
      }
      return { principal, csrf: payload.csrf };
    },
    async start(ctx, principal) {
      const csrf = randomBytes(32).toString('base64url');
      setCookie(ctx, SESSION_COOKIE, await codec.seal('session', { claims: principalClaims(principal), csrf }, ttlSeconds), { httpOnly: true, secure, maxAge: ttlSeconds });
      setCookie(ctx, CSRF_COOKIE, csrf, { httpOnly: false, secure, maxAge: ttlSeconds });
    },
    end,
  };
}
