import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import type { SessionRepo } from '../../store/index.js';
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
  /** Ends the request's session on the server and deletes its cookies in this browser. */
  end(ctx: Context): Promise<void>;
}

/** What sessions need. */
export interface SessionsOptions {
  codec: SessionCodec;
  secure: boolean;
  ttlSeconds: number;
  /** Where sessions are recorded (the Store). */
  store: SessionRepo;
}

/**
 * Sessions as encrypted cookies with an absolute lifetime (no sliding renewal) that name a
 * session recorded on the server. A cookie counts only while its session is recorded, not
 * ended and not expired, so logout ends it for every copy of the cookie, not only in this
 * browser (issue 9). The principal is stored as claims and read back through
 * `claimsToPrincipal()`, the same path as a token.
 */
export function createSessions(options: SessionsOptions): Sessions {
  const { codec, secure, ttlSeconds, store } = options;
  const clear = (ctx: Context) => {
    setCookie(ctx, SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 });
    setCookie(ctx, CSRF_COOKIE, '', { httpOnly: false, secure, maxAge: 0 });
  };
  const cookie = (ctx: Context) => ctx.cookies.get(SESSION_COOKIE, { signed: false });
  return {
    async read(ctx) {
      const value = cookie(ctx);
      if (!value) return undefined;
      const payload = await codec.open('session', value);
      const principal = payload && typeof payload.claims === 'object' && payload.claims
        ? claimsToPrincipal(payload.claims as Record<string, unknown>) : undefined;
      const id = payload?.sid;
      if (!payload || !principal || typeof payload.csrf !== 'string' || typeof id !== 'string' || !(await store.sessionActive(id, new Date()))) {
        clear(ctx); // expired, ended or tampered: tell the browser to drop it
        return undefined;
      }
      return { principal, csrf: payload.csrf };
    },
    async start(ctx, principal) {
      const id = randomUUID();
      const csrf = randomBytes(32).toString('base64url');
      await store.startSession({ id, subject: principal.sub, expiresAt: new Date(Date.now() + ttlSeconds * 1000) });
      setCookie(ctx, SESSION_COOKIE, await codec.seal('session', { claims: principalClaims(principal), csrf, sid: id }, ttlSeconds), { httpOnly: true, secure, maxAge: ttlSeconds });
      setCookie(ctx, CSRF_COOKIE, csrf, { httpOnly: false, secure, maxAge: ttlSeconds });
    },
    async end(ctx) {
      const payload = await codec.open('session', cookie(ctx));
      if (typeof payload?.sid === 'string') await store.endSession(payload.sid);
      clear(ctx);
    },
  };
}
