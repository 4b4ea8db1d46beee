import type { Context, Next } from 'koa';
import type { Actor } from '../engine/index.js';

/** State every route can read: who is calling. */
export interface RequestState {
  /** The authenticated caller; undefined until login (OpenID Connect) is in place. */
  actor?: Actor;
}

/**
 * The one place where authentication plugs in: it will resolve the session cookie or bearer
 * token to an actor with roles per authority. Until then every request is anonymous and
 * events are not checked against roles.
 */
export function authenticate() {
  return async (ctx: Context, next: Next) => {
    (ctx.state as RequestState).actor = undefined;
    await next();
  };
}
