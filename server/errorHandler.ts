import { STATUS_CODES } from 'node:http';
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
        body = err.expose === true
          ? { status: err.status, code: CLIENT_CODES[err.status] ?? 'bad-request', message: err.message }
          : { status: err.status, ...unexposed(err) };
      } else {
        log(err, ctx);
        body = { status: 500, code: 'internal', message: 'Internal server error' };
      }
      ctx.status = body.status;
      ctx.body = body;
    }
  };
}

// The body parser (co-body) marks its JSON errors 400 without `expose`; they are the client's
// fault, not a 500. Their message is replaced: a JSON.parse message quotes the body.
function isClientError(err: unknown): err is { status: number; message: string; expose?: boolean } {
  const e = err as { status?: unknown; expose?: unknown };
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose !== false;
}

function unexposed(err: { status: number; message: string }): { code: string; message: string } {
  if (!(err instanceof SyntaxError)) return { code: CLIENT_CODES[err.status] ?? 'bad-request', message: STATUS_CODES[err.status] ?? 'Bad request' };
  // @hapi/bourne (co-body's parser) refuses `__proto__` keys with this message.
  if (err.message === 'Object contains forbidden prototype property') return { code: 'forbidden-key', message: 'The body holds a key that reaches a prototype (__proto__, constructor.prototype)' };
  return { code: 'invalid-json', message: 'The body is not valid JSON' };
}
