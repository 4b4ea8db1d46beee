import { BlockList, isIPv6 } from 'node:net';
import type { Middleware } from 'koa';
import { HttpError } from '../HttpError.js';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
function isLoopback(address: string | undefined): boolean {
  return !!address && LOOPBACK.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** The host name of a Host header (without port, lower case), or undefined when it is not one. */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return new URL(`http://${header}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * While the development IdP is mounted, anyone who reaches the server can log in as anyone,
 * staff included (issue 9, finding 2). So the app then serves only this machine: a request
 * whose TCP peer is not loopback gets 403 `loopback-only` (the socket's address, never
 * X-Forwarded-For, which the sender writes), and one whose Host is neither the public URL's
 * host nor a loopback name gets 421 `misdirected-request` — a web page that rebinds its own
 * name to 127.0.0.1 (DNS rebinding) would otherwise log in through the browser and read the
 * API as its own origin. A reverse proxy on this machine (AMTSWEG_DEV_IDP=1 with another public
 * URL) connects from loopback and sends the public host, so it still works.
 */
export function devIdpGuard(publicUrl: string): Middleware {
  const allowed = new Set([...LOOPBACK_NAMES, new URL(publicUrl).hostname]);
  return async (ctx, next) => {
    if (!isLoopback(ctx.req.socket.remoteAddress)) {
      throw new HttpError(403, 'loopback-only',
        'The development identity provider is active, so this server answers only from this machine / Der Entwicklungs-Identitätsanbieter ist aktiv, daher antwortet dieser Server nur von diesem Rechner aus');
    }
    const host = hostName(ctx.req.headers.host);
    if (!host || !allowed.has(host)) {
      throw new HttpError(421, 'misdirected-request',
        'This server does not answer for that host name / Dieser Server antwortet nicht für diesen Hostnamen');
    }
    await next();
  };
}
