import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { canonicalJson } from '../../documents/index.js';
import type { Store } from '../../store/index.js';
import { HttpError } from '../HttpError.js';

/**
 * `Idempotency-Key` for POST routes: the same key and body return the first (successful)
 * answer again; the same key with another body is refused with 422. Keys are scoped to the
 * caller and the route.
 */
export async function withIdempotency(ctx: Context, store: Store, principal: string, run: () => Promise<void>): Promise<void> {
  const key = ctx.get('Idempotency-Key');
  if (!key) return run();
  if (!/^[\w.:-]{8,128}$/.test(key)) throw new HttpError(400, 'invalid-idempotency-key', 'Idempotency-Key: 8–128 characters of [A-Za-z0-9_.:-]');
  const route = `${ctx.method} ${ctx.path}`;
  const bodyHash = createHash('sha256').update(canonicalJson(ctx.request.body ?? null)).digest('hex');
  // A retry sent while the first request still runs (a double click, an impatient client) would
  // pass the lookup below and run again (two cases for one key): a database lock per caller,
  // route and key makes it wait for the first and replay its answer, across server processes.
  await store.withLock(`idempotency\n${principal}\n${route}\n${key}`, async () => {
    const earlier = await store.findIdempotent(principal, route, key);
    if (earlier) {
      if (earlier.bodyHash !== bodyHash) throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with another body');
      ctx.status = earlier.status;
      ctx.body = earlier.response;
      ctx.set('Idempotent-Replay', 'true');
      return;
    }
    await run();
    if (ctx.status < 300) await store.saveIdempotent({ key, principal, route, bodyHash, status: ctx.status, response: ctx.body ?? null });
  });
}
