import type { Context } from 'koa';

/** Attributes of a cookie we set. */
export interface CookieOptions {
  /** Hide it from scripts; only the CSRF cookie is readable. */
  httpOnly: boolean;
  secure: boolean;
  path?: string;
  /** Seconds; 0 deletes the cookie. Omitted: a browser-session cookie. */
  maxAge?: number;
}

/**
 * Appends a Set-Cookie header. Written by hand rather than with `ctx.cookies.set`, because that
 * refuses Secure cookies when TLS ends at a proxy and Koa's `proxy` is off, while `secure` here
 * follows the public URL. SameSite=Lax: the callback arrives by a top-level navigation from the
 * IdP, which Strict would strip the login cookie from.
 */
export function setCookie(ctx: Context, name: string, value: string, options: CookieOptions): void {
  const parts = [`${name}=${value}`, `Path=${options.path ?? '/'}`, 'SameSite=Lax'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  ctx.append('Set-Cookie', parts.join('; '));
}
