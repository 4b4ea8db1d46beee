import type { Context, Next } from 'koa';
import ratelimit from 'koa-ratelimit';
import type { ConsentLimit } from '../../store/index.js';

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
 * database (not in memory like the limits below), so they hold across server processes.
 */
export function consentLimits(options: RateLimitOptions = {}, now: Date): ConsentLimit[] {
  return [
    { per: 'officer', max: options.consentPerOfficerPerHour ?? 30, since: new Date(now.getTime() - 3_600_000) },
    { per: 'citizen', max: options.consentPerCitizenPerDay ?? 10, since: new Date(now.getTime() - 86_400_000) },
  ];
}

/**
 * Rate limits on login and on submission (opening cases, sending events): per client IP for
 * login, per principal (else IP) for submissions. In memory: each server process counts on its
 * own, so the effective limit grows with the number of processes.
 */
export function rateLimits(options: RateLimitOptions = {}) {
  const login = ratelimit({
    driver: 'memory', db: new Map(), duration: 60_000, max: options.loginPerMinute ?? 30, throw: true,
    errorMessage: 'Too many login attempts; try again in a minute',
    id: (ctx) => (ctx.path.startsWith('/auth/login') || ctx.path.startsWith('/idp/interaction') ? ctx.ip : false),
  });
  const submissions = ratelimit({
    driver: 'memory', db: new Map(), duration: 60_000, max: options.submissionsPerMinute ?? 120, throw: true,
    errorMessage: 'Too many submissions; try again in a minute',
    id: (ctx) => (ctx.method === 'POST' && ctx.path.startsWith('/api/cases')
      ? ((ctx.state as { principal?: { sub: string } }).principal?.sub ?? ctx.ip) : false),
  });
  return {
    login: (ctx: Context, next: Next) => login(ctx, next),
    submissions: (ctx: Context, next: Next) => submissions(ctx, next),
  };
}
