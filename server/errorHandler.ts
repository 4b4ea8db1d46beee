import { STATUS_CODES } from 'node:http';
import type { Context, Next } from 'koa';
import { HttpError } from './HttpError.js';
import type { ErrorBody } from './HttpError.js';

/** Headers that describe a successful answer's content, dropped when an error replaces it. */
const STALE_ON_ERROR = ['Content-Disposition', 'Content-Encoding', 'Digest', 'ETag', 'Last-Modified', 'Content-Language'];

// Codes that are not the status's reason phrase in kebab case.
const CODES: Record<number, string> = { 429: 'rate-limited' };

const codeOf = (status: number) => CODES[status] ?? (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** An http-errors style error (raw-body, `ctx.throw`) that is the client's fault. */
interface ClientError { status: number; message: string; expose?: boolean; headers?: Record<string, string> }

function isClientError(err: unknown): err is ClientError {
  const e = err as { status?: unknown; expose?: unknown };
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose !== false;
}

/**
 * The error an answer stands for that some middleware left without a body: the routers' 404,
 * 405 and 501 (`allowedMethods()` sets only the status and `Allow`), or a bare `ctx.status`.
 * Koa would send the reason phrase as text/plain. Answers written past Koa (the dev IdP's
 * oidc-provider, `ctx.respond = false`) are not ours to change.
 */
function bodylessError(ctx: Context): HttpError | undefined {
  if (ctx.status < 400 || ctx.body != null || ctx.respond === false || ctx.headerSent) return undefined;
  const allow = ctx.response.get('Allow');
  if (ctx.status === 404) return new HttpError(404, 'not-found', `No route for ${ctx.method} ${ctx.path}`);
  if (ctx.status === 405) return new HttpError(405, 'method-not-allowed', `${ctx.method} is not allowed on ${ctx.path}${allow ? `; allowed: ${allow}` : ''}`);
  if (ctx.status === 501) return new HttpError(501, 'not-implemented', `This server does not implement ${ctx.method}`);
  return new HttpError(ctx.status, codeOf(ctx.status), STATUS_CODES[ctx.status] ?? 'Error');
}

/**
 * Turns every error into the one JSON error shape, thrown or left as a body-less error status,
 * and sets the headers an error carries (`Allow`, `Retry-After`). Only `HttpError`s and
 * exposed client errors show their message; anything else is a 500 without internals.
 */
export function errorHandler(log: (err: unknown, ctx: Context) => void) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      const bodyless = bodylessError(ctx);
      if (bodyless) throw bodyless;
    } catch (err) {
      let body: ErrorBody;
      let headers: Record<string, string> | undefined;
      if (err instanceof HttpError) {
        body = { status: err.status, code: err.code, message: err.message };
        if (err.details !== undefined) body.details = err.details;
        headers = err.headers;
      } else if (isClientError(err)) {
        body = { status: err.status, code: codeOf(err.status), message: err.expose === true ? err.message : STATUS_CODES[err.status] ?? 'Bad request' };
        headers = err.headers;
      } else {
        log(err, ctx);
        body = { status: 500, code: 'internal', message: 'Internal server error' };
      }
      // Headers a handler set for the answer it did not give (a download's file name, its
      // digest) must not describe the error; security headers set around it stay.
      for (const header of STALE_ON_ERROR) ctx.remove(header);
      ctx.status = body.status;
      ctx.body = body;
      if (headers) ctx.set(headers);
    }
  };
}
