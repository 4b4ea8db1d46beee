import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { Principal } from './RouteSpec.js';

/** What `createLogger` needs: a level (`LOG_LEVEL`), and where lines go (stdout when omitted). */
export interface LoggerOptions {
  level?: string;
  destination?: DestinationStream;
}

// Belt and braces: the request logger never puts headers or bodies into a line, but an error
// object (co-body puts the raw body on its errors) or a future call might. Form contents are personal data; credentials are credentials.
const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie',
  'password', 'token', 'data', 'body', '*.password', '*.token', '*.data', '*.body',
];

/** The server's pino logger: JSON lines, secrets and form data redacted; `WARN` and `warn` both work (the worker's `LOG_LEVEL` is upper case). */
export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  const options = { level: level.toLowerCase(), base: { service: 'amtsweg-server' }, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

// Ids can be long garbage sent by an attacker; the line stays bounded.
const MAX_PATH = 256;

/** The status the error handler will answer with (it runs outside this middleware). */
function statusOf(err: unknown): number {
  const e = err as { status?: unknown; expose?: unknown; name?: unknown };
  if (typeof e?.status !== 'number') return 500;
  if (e.name === 'HttpError') return e.status;
  return e.status >= 400 && e.status < 500 && e.expose !== false ? e.status : 500;
}

/**
 * One log line per request: method, path (never the query string, which may hold purposes and
 * ids), status, duration, the caller's `sub` and kind, and a request id that is also returned as
 * `X-Request-Id`. Headers, tokens and bodies are never logged.
 */
export function requestLogger(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    const requestId = randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    let status: number | undefined;
    try {
      await next();
    } catch (err) {
      status = statusOf(err);
      throw err;
    } finally {
      const principal = (ctx.state as { principal?: Principal }).principal;
      const line = {
        requestId, method: ctx.method, path: ctx.path.slice(0, MAX_PATH), status: status ?? ctx.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(principal ? { principal: { sub: principal.sub, kind: principal.kind } } : {}),
      };
      if (line.status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    }
  };
}
