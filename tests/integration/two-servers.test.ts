import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/index.js';
import { loginThroughDevIdp } from '../support/browser.js';
import { startServerProcess } from '../support/services.js';
import type { ServerProcess } from '../support/services.js';
import { useCaseSuite } from '../support/suite.js';

/** A load balancer on loopback: each request goes to the next server in turn. */
async function roundRobin(port: number, targets: () => string[]): Promise<{ server: Server; hits: number[] }> {
  const hits = [0, 0];
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % targets().length;
    hits[i]! += 1;
    const target = new URL(targets()[i]!);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => { res.statusCode = 502; res.end(); });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, hits };
}

// Issue 15: several API servers behind one address share what used to live in one process's
// memory — here the development IdP's interaction state, sessions and codes.
describe('two API servers behind one address', () => {
  const suite = useCaseSuite('two-servers');

  // Processes, not two apps in this one: oidc-provider's in-memory store is per module, so two
  // apps in one process would share it and prove nothing.
  it('lets a citizen log in through the development IdP while requests alternate between them', { timeout: 180_000 }, async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const apis: ServerProcess[] = [];
    const balancer = await roundRobin(port, () => apis.map((a) => a.url));
    try {
      apis.push(...await Promise.all([0, 1].map(async () => startServerProcess(suite.services, suite.taskQueue, await freePort(), publicUrl))));
      const { jar } = await loginThroughDevIdp(publicUrl, 'erika');
      expect(balancer.hits.every((n) => n >= 3), `requests per server: ${balancer.hits.join(', ')}`).toBe(true);
      // The session it got is good on both servers.
      for (const api of apis) {
        const me = await fetch(`${api.url}/api/me`, { headers: { cookie: jar.header(new URL('/api/me', publicUrl)) } });
        expect(me.status).toBe(200);
        expect(await me.json()).toMatchObject({ sub: 'erika' });
      }
    } finally {
      balancer.server.close();
      await Promise.all(apis.map((a) => a.stop()));
    }
  });

  it('says that the port is in use when a second server is started on it, and exits', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const first = await startServerProcess(suite.services, suite.taskQueue, port, `http://127.0.0.1:${port}`);
    try {
      await expect(startServerProcess(suite.services, suite.taskQueue, port, `http://127.0.0.1:${port}`))
        .rejects.toThrow(`exited (1) before it was ready:\n[server] cannot listen on 127.0.0.1:${port}: the port is in use`);
      // The first server still answers.
      expect((await fetch(`${first.url}/api/me`)).status).toBe(401);
    } finally {
      await first.stop();
    }
  });
});
