import type { Context } from 'koa';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../HttpError.js';
import { devIdpGuard } from './devIdpGuard.js';

/** Runs the guard on a request from `peer` with `host`; resolves to 'next' or the HttpError. */
async function run(publicUrl: string, peer: string | undefined, host: string | undefined): Promise<'next' | HttpError> {
  const ctx = { req: { socket: { remoteAddress: peer }, headers: host === undefined ? {} : { host } } } as unknown as Context;
  try {
    await devIdpGuard(publicUrl)(ctx, async () => {});
    return 'next';
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
}

describe('devIdpGuard() (issue 9, finding 2)', () => {
  it('lets loopback peers through, IPv4, IPv6 and IPv4-mapped', async () => {
    for (const peer of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(await run('http://localhost:8080', peer, 'localhost:8080'), peer).toBe('next');
    }
  });

  it('refuses a peer that is not loopback with 403 loopback-only, whatever the Host says', async () => {
    for (const peer of ['192.0.2.2', '::ffff:192.0.2.2', '2001:db8::1', 'fe80::1', undefined]) {
      expect(await run('http://localhost:8080', peer, 'localhost:8080'), String(peer)).toMatchObject({ status: 403, code: 'loopback-only' });
    }
  });

  it('refuses a foreign Host (DNS rebinding) with 421 and accepts the public URL\'s host and loopback names', async () => {
    for (const host of ['amtsweg.evil.example', 'amtsweg.evil.example:8080', 'localhost.evil.example:8080', '127.0.0.1.evil.example', '', undefined]) {
      expect(await run('http://localhost:8080', '127.0.0.1', host), String(host)).toMatchObject({ status: 421, code: 'misdirected-request' });
    }
    for (const host of ['localhost:8080', 'LOCALHOST:8080', 'localhost', '127.0.0.1:8080', '[::1]:8080']) {
      expect(await run('http://localhost:8080', '::1', host), host).toBe('next');
    }
    // Behind a reverse proxy on this machine (AMTSWEG_DEV_IDP=1): the public host is fine too.
    expect(await run('https://dev.amtsweg.example', '127.0.0.1', 'dev.amtsweg.example')).toBe('next');
    expect(await run('https://dev.amtsweg.example', '127.0.0.1', 'amtsweg.evil.example')).toMatchObject({ status: 421 });
  });

  it('answers in German and English', async () => {
    const refused = await run('http://localhost:8080', '192.0.2.2', 'localhost:8080') as HttpError;
    expect(refused.message).toMatch(/only from this machine.*nur von diesem Rechner/);
  });
});
