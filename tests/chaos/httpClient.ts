// How a real client talks to the API under faults: every request goes to one of the servers (a
// load balancer's choice, here round robin); on a network error, a timeout, a 5xx, a 429 or a
// 409 `idempotency-key-in-use` it waits (Retry-After, else a growing pause) and sends the same
// request with the same Idempotency-Key again, to the next server.

/** An answer the client accepted (anything but the retried kinds). */
export interface Answer {
  status: number;
  body: any;
  attempts: number;
}

/** Counters over all requests of the run. */
export interface ClientStats {
  requests: number;
  retries: number;
  networkErrors: number;
  serverErrors: number;
}

/** A client of the run: `call` retries until an answer or `giveUpMs` passed. */
export interface ChaosClient {
  stats: ClientStats;
  call(method: string, path: string, options: { token: string; body?: unknown; key?: string }): Promise<Answer>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client over `servers`; requests time out after `timeoutMs`, retries stop after `giveUpMs`. */
export function createChaosClient(servers: readonly string[], options: { timeoutMs?: number; giveUpMs?: number } = {}): ChaosClient {
  const stats: ClientStats = { requests: 0, retries: 0, networkErrors: 0, serverErrors: 0 };
  let next = 0;
  return {
    stats,
    async call(method, path, { token, body, key }) {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        const base = servers[next++ % servers.length]!;
        stats.requests += 1;
        let wait = Math.min(200 * 2 ** Math.min(attempt, 5), 5_000);
        try {
          const res = await fetch(base + path, {
            method, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
            headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { 'idempotency-key': key } : {}) },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await res.text();
          let parsed: unknown = text;
          try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
          const inUse = res.status === 409 && (parsed as { code?: string } | undefined)?.code === 'idempotency-key-in-use';
          if (res.status < 500 && res.status !== 429 && !inUse) return { status: res.status, body: parsed, attempts: attempt };
          if (res.status >= 500) stats.serverErrors += 1;
          const retryAfter = Number(res.headers.get('retry-after'));
          if (retryAfter > 0) wait = retryAfter * 1000;
        } catch {
          stats.networkErrors += 1; // refused, reset, or timed out: the request may or may not have run
        }
        if (Date.now() - started > (options.giveUpMs ?? 600_000)) throw new Error(`${method} ${path}: no answer after ${attempt} attempts`);
        stats.retries += 1;
        await sleep(wait);
      }
    },
  };
}
