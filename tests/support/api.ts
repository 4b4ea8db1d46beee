// The HTTP API in-process, on a free port, talking to the suite's real Temporal and PostgreSQL.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCatalogue } from '../../definitions/index.js';
import { createApp } from '../../server/index.js';
import type { TestServices } from './services.js';

/** A running API plus a small fetch helper that returns status and JSON body. */
export interface TestApi {
  url: string;
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startApi(services: TestServices, taskQueue: string): Promise<TestApi> {
  const app = createApp({
    temporal: { client: services.client, namespace: services.client.options.namespace, taskQueue },
    store: services.store,
    catalogue: loadCatalogue(),
    log: (err) => console.error('[api]', err),
    trustedCertificates: async () => [services.rootCertificatePem],
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async call(method, path, body) {
      const res = await fetch(url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
