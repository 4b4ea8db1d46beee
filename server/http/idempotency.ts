import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { canonicalJson } from '../../documents/index.js';
import type { Store } from '../../store/index.js';
import { HttpError } from '../HttpError.js';

// The one statement of the key rule: checked below, published in OpenAPI, quoted in the error.
const KEY_SCHEMA = { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' } as const;
const KEY_PATTERN = new RegExp(KEY_SCHEMA.pattern);
const RULE = `${KEY_SCHEMA.minLength}–${KEY_SCHEMA.maxLength} characters of A–Z, a–z, 0–9 and _ . : -`;

/**
 * The `Idempotency-Key` header as OpenAPI declares it: the same limits `withIdempotency`
 * checks, and what a retry with the key gets.
 */
export const idempotencyKeyParameter = {
  name: 'Idempotency-Key', in: 'header', required: false,
  description: [
    'Makes a retry safe: the same caller sending the same key to the same route with the same body gets the first successful',
    'answer again (header `Idempotent-Replay: true`) and nothing runs twice; while the first request still runs, a duplicate gets',
    '409 `idempotency-key-in-use` at once with `Retry-After`. The same key with another body gets 422 `idempotency-key-reused`.',
    'Failed answers are not kept, so a retry after an error runs again.',
    `The key is ${RULE}; any other key gets 400 \`invalid-idempotency-key\`.`,
  ].join(' '),
  schema: KEY_SCHEMA,
};

/**
 * How long a claim without an answer blocks its key unless its server renews it (every fifth of
 * it while the request runs): a retry of a request whose server was killed runs this much
 * later at most, instead of after minutes (issue 15).
 */
export const CLAIM_LEASE_SECONDS = 10;

/**
 * `Idempotency-Key` for POST routes: the same key and body return the first (successful)
 * answer again; the same key with another body is refused with 422; the same key while the first
 * request still runs gets 409 `idempotency-key-in-use` at once, with `Retry-After`. Keys are
 * scoped to the caller and the route and claimed with a row (no connection or lock is held
 * while the request runs, so concurrent keyed requests cannot drain the pool), across server
 * processes. The claim is a lease its server renews while the request runs: a server killed
 * mid-request blocks the key for at most `leaseSeconds`. `beforeReplay` runs the route's checks (and logging) before a replayed answer goes
 * out, as `run` does before a first one.
 */
export async function withIdempotency(
  ctx: Context, store: Store, principal: string, run: () => Promise<void>, beforeReplay: () => Promise<void>, leaseSeconds = CLAIM_LEASE_SECONDS,
): Promise<void> {
  const key = ctx.get('Idempotency-Key');
  if (!key) return run();
  if (key.length < KEY_SCHEMA.minLength || key.length > KEY_SCHEMA.maxLength || !KEY_PATTERN.test(key)) {
    throw new HttpError(400, 'invalid-idempotency-key', `An Idempotency-Key must be ${RULE}`);
  }
  const route = `${ctx.method} ${ctx.path}`;
  const bodyHash = createHash('sha256').update(canonicalJson(ctx.request.body ?? null)).digest('hex');
  const claim = { key, principal, route, bodyHash };
  // Claimed, or answered, or still running elsewhere; a claim given back between the two steps
  // (its request failed) is claimed again.
  for (let attempt = 0; !(await store.claimIdempotent(claim, leaseSeconds)); attempt++) {
    const earlier = await store.findIdempotent(principal, route, key);
    if (!earlier) {
      if (attempt < 3) continue;
      throw new HttpError(409, 'idempotency-key-in-use', 'A request with this Idempotency-Key is being processed; retry shortly', undefined, { headers: { 'Retry-After': '1' } });
    }
    if (earlier.bodyHash !== bodyHash) throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with another body');
    if (earlier.status === 0) {
      throw new HttpError(409, 'idempotency-key-in-use', 'A request with this Idempotency-Key is still being processed; retry shortly to get its answer', undefined, { headers: { 'Retry-After': '1' } });
    }
    await beforeReplay();
    ctx.status = earlier.status;
    ctx.body = earlier.response;
    ctx.set('Idempotent-Replay', 'true');
    return;
  }
  // The lease says this server is alive and working on it; a dead one stops renewing.
  const renew = setInterval(() => void store.renewIdempotent(claim, leaseSeconds).catch(() => undefined), (leaseSeconds * 1000) / 5);
  try {
    await run();
  } catch (err) {
    await store.releaseIdempotent(claim);
    throw err;
  } finally {
    clearInterval(renew);
  }
  if (ctx.status < 300) await store.completeIdempotent({ ...claim, status: ctx.status, response: ctx.body ?? null });
  else await store.releaseIdempotent(claim);
}
