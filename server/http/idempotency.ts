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
    'answer again (header `Idempotent-Replay: true`) and nothing runs twice, also while the first request still runs; the same',
    'key with another body gets 422 `idempotency-key-reused`. Failed answers are not kept, so a retry after an error runs again.',
    `The key is ${RULE}; any other key gets 400 \`invalid-idempotency-key\`.`,
  ].join(' '),
  schema: KEY_SCHEMA,
};

/**
 * `Idempotency-Key` for POST routes: the same key and body return the first (successful)
 * answer again; the same key with another body is refused with 422. Keys are scoped to the
 * caller and the route. `beforeReplay` runs the route's checks (and logging) before a replayed
 * answer goes out, as `run` does before a first one.
 */
export async function withIdempotency(ctx: Context, store: Store, principal: string, run: () => Promise<void>, beforeReplay: () => Promise<void>): Promise<void> {
  const key = ctx.get('Idempotency-Key');
  if (!key) return run();
  if (key.length < KEY_SCHEMA.minLength || key.length > KEY_SCHEMA.maxLength || !KEY_PATTERN.test(key)) {
    throw new HttpError(400, 'invalid-idempotency-key', `An Idempotency-Key must be ${RULE}`);
  }
  const route = `${ctx.method} ${ctx.path}`;
  const bodyHash = createHash('sha256').update(canonicalJson(ctx.request.body ?? null)).digest('hex');
  // A retry sent while the first request still runs (a double click, an impatient client) would
  // pass the lookup below and run again (two cases for one key): a database lock per caller,
  // route and key makes it wait for the first and replay its answer, across server processes.
  await store.withLock(`idempotency\n${principal}\n${route}\n${key}`, async () => {
    const earlier = await store.findIdempotent(principal, route, key);
    if (earlier) {
      if (earlier.bodyHash !== bodyHash) throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with another body');
      await beforeReplay();
      ctx.status = earlier.status;
      ctx.body = earlier.response;
      ctx.set('Idempotent-Replay', 'true');
      return;
    }
    await run();
    if (ctx.status < 300) await store.saveIdempotent({ key, principal, route, bodyHash, status: ctx.status, response: ctx.body ?? null });
  });
}
