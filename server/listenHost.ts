import type { IdentityOptions } from './identity/index.js';

/**
 * The address the API listens on: loopback (127.0.0.1, as every other service of `npm start`)
 * while the development IdP is mounted, since anyone who reaches it can log in as anyone
 * (issue 9, finding 2); with a real identity provider, every interface (undefined).
 */
export function listenHost(identity: Pick<IdentityOptions, 'external'>): string | undefined {
  return identity.external ? undefined : '127.0.0.1';
}
