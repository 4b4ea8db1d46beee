import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../documents/index.js';
import { HttpError } from '../../server/HttpError.js';
import { withIdempotency } from '../../server/http/idempotency.js';
import type { Store } from '../../store/index.js';
import { startStore } from '../support/services.js';

// Issue 15: an API server killed mid-request left its Idempotency-Key claimed for 120 s, so the
// citizen's retry on the other server got 409 for two minutes. The claim is now a lease its
// server renews while the request runs. Real PostgreSQL; leases of 1 s to keep the test short.

let store: Store;
let stopStore: () => Promise<void>;
beforeAll(async () => { ({ store, stop: stopStore } = await startStore()); });
afterAll(async () => { await stopStore?.(); });

const LEASE = 1;
const BODY = { procedure: 'anfrage' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The part of a Koa context `withIdempotency` reads and writes: one keyed POST. */
function keyedPost(key: string, body: unknown) {
  const headers: Record<string, string> = {};
  const ctx = {
    method: 'POST', path: '/api/cases', request: { body }, status: 404, body: undefined as unknown,
    get: (name: string) => (name === 'Idempotency-Key' ? key : ''), set: (name: string, value: string) => { headers[name] = value; },
  };
  return { ctx, headers, asKoa: ctx as unknown as Context };
}

/** Runs a keyed request whose handler answers 201 with `answer` after `ms`; resolves to the HTTP error code when refused. */
async function request(key: string, answer: unknown, ms = 0): Promise<{ status: number; body: unknown; replay: boolean; ran: boolean } | string> {
  const { ctx, headers, asKoa } = keyedPost(key, BODY);
  let ran = false;
  const run = async () => { ran = true; await pause(ms); ctx.status = 201; ctx.body = answer; };
  try {
    await withIdempotency(asKoa, store, 'erika', run, async () => undefined, LEASE);
  } catch (err) {
    if (err instanceof HttpError) return err.code;
    throw err;
  }
  return { status: ctx.status, body: ctx.body, replay: headers['Idempotent-Replay'] === 'true', ran };
}

describe('Idempotency-Key claims are leases (real PostgreSQL)', () => {
  it('takes over the claim of a server that died mid-request as soon as its lease ran out', async () => {
    const key = `lease-${randomUUID()}`;
    // A server claimed the key and was killed before it answered: nobody renews the claim.
    expect(await store.claimIdempotent({ key, principal: 'erika', route: 'POST /api/cases', bodyHash: sha256Hex(canonicalJson(BODY)) }, LEASE)).toBe(true);
    expect(await request(key, { id: 'b' })).toBe('idempotency-key-in-use');
    await pause(LEASE * 1000 + 300);
    expect(await request(key, { id: 'b' })).toEqual({ status: 201, body: { id: 'b' }, replay: false, ran: true });
    expect(await request(key, { id: 'c' })).toEqual({ status: 201, body: { id: 'b' }, replay: true, ran: false });
  });

  it('keeps the claim of a live server that runs longer than its lease, and replays its answer afterwards', async () => {
    const key = `lease-${randomUUID()}`;
    const first = request(key, { id: 'a' }, LEASE * 3000);
    await pause(LEASE * 2000);
    // Past the lease, but renewed: the duplicate must not run the request a second time.
    expect(await request(key, { id: 'b' })).toBe('idempotency-key-in-use');
    expect(await first).toEqual({ status: 201, body: { id: 'a' }, replay: false, ran: true });
    expect(await request(key, { id: 'b' })).toEqual({ status: 201, body: { id: 'a' }, replay: true, ran: false });
  });
});
