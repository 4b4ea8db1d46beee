import type { Context, Next } from 'koa';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { ConsentLimit, Store } from '../../store/index.js';
import { HttpError } from '../HttpError.js';

/** Limits per period; the defaults suit one citizen or one clerk, not a load test. */
export interface RateLimitOptions {
  loginPerMinute?: number;
  submissionsPerMinute?: number;
  /** Consent requests by staff that reach one citizen in 24 hours (default 10). */
  consentPerCitizenPerDay?: number;
  /** Consent requests one officer may make in an hour (default 30). */
  consentPerOfficerPerHour?: number;
}

/**
 * The limits of staff consent requests at `now`: per officer and per citizen. Counted in the
 * database, so they hold across server processes.
 */
export function consentLimits(options: RateLimitOptions = {}, now: Date): ConsentLimit[] {
  return [
    { per: 'officer', max: options.consentPerOfficerPerHour ?? 30, since: new Date(now.getTime() - 3_600_000) },
    { per: 'citizen', max: options.consentPerCitizenPerDay ?? 10, since: new Date(now.getTime() - 86_400_000) },
  ];
}

/** One limit: who counts (`false`: the request does not), and the answer when over. */
interface Limit {
  name: string;
  max: number;
  message: string;
  id(ctx: Context): string | false;
}

/**
 * A middleware counting requests per minute in PostgreSQL (rate-limiter-flexible, table
 * `rate_limit`): every server process of an installation shares the count, so two servers do not
 * double the limit. The key names the limit's size too, so processes configured differently (a
 * test's strict API beside the normal one) do not count against each other.
 */
function limitPerMinute(store: Store, limit: Limit) {
  // Made at the first counted request: building the app (e.g. to list its routes) needs no database.
  let limiter: RateLimiterPostgres | undefined;
  return async (ctx: Context, next: Next) => {
    const id = limit.id(ctx);
    if (id === false) return next();
    limiter ??= new RateLimiterPostgres({
      storeClient: store.knex(), storeType: 'knex', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: true,
      keyPrefix: `${limit.name}/${limit.max}`, points: limit.max, duration: 60,
    });
    try {
      const res = await limiter.consume(id);
      ctx.set('RateLimit-Limit', String(limit.max));
      ctx.set('RateLimit-Remaining', String(res.remainingPoints));
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) throw rejected; // the database failed: a 500, not a free pass
      const seconds = Math.max(1, Math.ceil(rejected.msBeforeNext / 1000));
      throw new HttpError(429, 'rate-limited', limit.message, undefined, { headers: { 'Retry-After': String(seconds), 'RateLimit-Limit': String(limit.max), 'RateLimit-Remaining': '0' } });
    }
    return next();
  };
}

/**
 * Rate limits on login and on submission (opening cases, sending events): per client IP for
 * login, per principal (else IP) for submissions; counted in PostgreSQL across server processes.
 */
export function rateLimits(store: Store, options: RateLimitOptions = {}) {
  return {
    login: limitPerMinute(store, {
      name: 'login', max: options.loginPerMinute ?? 30, message: 'Too many login attempts; try again in a minute',
      id: (ctx) => (ctx.path.startsWith('/auth/login') || ctx.path.startsWith('/idp/interaction') ? ctx.ip : false),
    }),
    submissions: limitPerMinute(store, {
      name: 'submissions', max: options.submissionsPerMinute ?? 120, message: 'Too many submissions; try again in a minute',
      id: (ctx) => (ctx.method === 'POST' && ctx.path.startsWith('/api/cases') ? ((ctx.state as { principal?: { sub: string } }).principal?.sub ?? ctx.ip) : false),
    }),
  };
}
