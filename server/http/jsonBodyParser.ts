import { bodyParser } from '@koa/bodyparser';
import type { Context, Middleware } from 'koa';
import { HttpError } from '../HttpError.js';

const FORBIDDEN_KEY = 'The body holds a key that reaches a prototype (__proto__, constructor.prototype)';

/**
 * Why a body could not be parsed, as an `HttpError`; errors that already say so (raw-body's
 * http-errors: 413 over the limit, 415 for an unknown charset or encoding) pass unchanged.
 */
function parseFailure(err: unknown, ctx: Context): unknown {
  // co-body marks JSON syntax errors 400 but not as meant for the client, and JSON.parse's
  // message quotes the body: both get our own message.
  if (err instanceof SyntaxError) {
    // @hapi/bourne (co-body's parser) refuses `__proto__` keys with this message.
    if (err.message === 'Object contains forbidden prototype property') return new HttpError(400, 'forbidden-key', FORBIDDEN_KEY, undefined, { cause: err });
    return new HttpError(400, 'invalid-json', 'The body is not valid JSON', undefined, { cause: err });
  }
  // A body that is not what its Content-Encoding says ends in a zlib error without a status.
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new HttpError(400, 'invalid-encoding', `The body is not valid ${ctx.get('Content-Encoding')} data`, undefined, { cause: err });
  }
  return err;
}

/** A route that takes larger JSON bodies than the rest (files as data URLs), and its limit (bytes or "15mb"). */
export interface LargeBodyRoute {
  /** POST unless given. */
  method?: 'POST' | 'PUT';
  path: RegExp;
  limit: string | number;
}

/**
 * The API's body parser: JSON only, up to 1 MB (or a `largeBodies` route's limit), UTF-8; a
 * body it cannot read is a 4xx, never a 500.
 */
export function jsonBodyParser(largeBodies: LargeBodyRoute[] = []): Middleware {
  const parser = (jsonLimit: string | number) => bodyParser({
    enableTypes: ['json'], jsonLimit, encoding: 'utf-8',
    onError(err, ctx) { throw parseFailure(err, ctx); },
  });
  const normal = parser('1mb');
  const large = largeBodies.map((route) => ({ method: route.method ?? 'POST', path: route.path, parse: parser(route.limit) }));
  return (ctx, next) => large.find((r) => r.method === ctx.method && r.path.test(ctx.path))?.parse(ctx, next) ?? normal(ctx, next);
}
