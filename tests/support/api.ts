// The HTTP API in-process, on a free port, talking to the suite's real Temporal and PostgreSQL,
// with the embedded development IdP; requests carry dev tokens (`as: 'erika'`).
import type { Server } from 'node:http';
import { loadAuthorities } from '../../config/index.js';
import { loadCatalogue } from '../../definitions/index.js';
import { join } from 'node:path';
import { freePort, projectRoot } from '../../scripts/index.js';
import { Catalogue, createApp, createLayoutService, issueDevToken, storedLayouts } from '../../server/index.js';
import type { TestServices } from './services.js';

/** Options of one call: who calls (a dev identity), extra headers. */
export interface CallOptions {
  as?: string;
  headers?: Record<string, string>;
}

/** A running API plus a small fetch helper that returns status and JSON body. */
export interface TestApi {
  url: string;
  token(user: string): Promise<string>;
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** Rate limits of the test API (see server/http/rateLimits.ts); unset ones keep the server's defaults. */
export interface TestRateLimits {
  loginPerMinute?: number;
  submissionsPerMinute?: number;
  consentPerCitizenPerDay?: number;
  consentPerOfficerPerHour?: number;
}

export async function startApi(services: TestServices, taskQueue: string, rateLimits?: TestRateLimits, options: { publicUrl?: string; catalogue?: Catalogue } = {}): Promise<TestApi> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // `publicUrl`: behind a load balancer at that URL, as one of several servers; `catalogue`: other
  // published procedures than the files of definitions/.
  const identity = { publicUrl: options.publicUrl ?? url, dataDir: services.dir };
  const log = (err: unknown) => console.error('[api]', err);
  // The server's ELK (a worker thread, started on the first layout).
  const layouts = storedLayouts(services.store, createLayoutService(), log);
  const app = createApp({
    temporal: { client: services.client, namespace: services.client.options.namespace, taskQueue },
    store: services.store,
    authorities: loadAuthorities(),
    catalogue: options.catalogue ?? new Catalogue(loadCatalogue(), services.store),
    layouts,
    identity,
    rateLimits: rateLimits ?? { loginPerMinute: 1000, submissionsPerMinute: 10_000 },
    log,
    trustedCertificates: async () => [services.rootCertificatePem],
    uiDir: join(projectRoot, 'dist/ui'),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const tokens = new Map<string, Promise<string>>();
  const token = (user: string) => {
    if (!tokens.has(user)) tokens.set(user, issueDevToken({ ...identity, user }));
    return tokens.get(user)!;
  };
  return {
    url,
    token,
    async call(method, path, body, options = {}) {
      const headers: Record<string, string> = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers };
      if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
      const res = await fetch(url + path, { method, headers, redirect: 'manual', body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      let parsed: unknown = text;
      try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON: keep the text */ }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await layouts.close();
    },
  };
}

/**
 * Publishes the draft of definition `id` as the ministry does: `designer` asks, `designer-2`
 * approves the content it was shown (four eyes). Returns the approval's answer.
 */
export async function publishApproved(api: TestApi, id: string): Promise<{ status: number; body: any }> {
  const asked = await api.call('POST', `/api/definitions/${id}/publish`, {}, { as: 'designer' });
  if (asked.status !== 200) return asked;
  return api.call('POST', `/api/definitions/${id}/approve`, { sha256: asked.body.sha256 }, { as: 'designer-2' });
}
