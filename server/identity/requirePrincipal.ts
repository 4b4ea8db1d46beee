import type { Context } from 'koa';
import { HttpError } from '../HttpError.js';
import type { IdentityState, Principal } from './Principal.js';

/** The caller of this request, or a 401 `login-required` when it is anonymous. */
export function requirePrincipal(ctx: Context): Principal {
  const principal = (ctx.state as IdentityState).principal;
  if (!principal) throw new HttpError(401, 'login-required', 'Login required / Anmeldung erforderlich');
  return principal;
}
