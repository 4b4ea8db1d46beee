import type { Context, Next } from 'koa';
import { HttpError } from './HttpError.js';
import type { ErrorBody } from './HttpError.js';

const CLIENT_CODES: Record<number, string> = { 413: 'payload-too-large', 415: 'unsupported-media-type', 429: 'rate-limited' };

/**
 * Turns every error into the one JSON error shape. Only `HttpError`s (and the body parser's
 * client errors) show their message; anything else is a 500 without internals.
 */
export function errorHandler(log: (err: unknown, ctx: Context) => void) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new HttpError(404, 'not-found', `No route for ${ctx.method} ${ctx.path}`);
    } catch (err) {
      let body: ErrorBody;
      if (err instanceof HttpError) {
        body = { status: err.status, code: err.code, message: err.message };
        if (err.details !== undefined) body.details = err.details;
      } else if (isClientError(err)) {
        body = { status: err.status, code: CLIENT_CODES[err.status] ?? 'bad-request', message: err.message };
      } else {
        log(err, ctx);
        body = { status: 500, code: 'internal', message: 'Internal server error' };
      }
      ctx.status = body.status;
      ctx.body = body;
    }
  };
}

function isClientError(err: unknown): err is { status: number; message: string } {
  const e = err as { status?: unknown; expose?: unknown };
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true;
}
