import { describe, expect, it } from 'vitest';
import { identityOptionsFromEnv } from './identity/index.js';
import { listenHost } from './listenHost.js';

describe('listenHost() (issue 9, finding 2)', () => {
  it('is loopback while the development IdP is mounted, the default', () => {
    expect(listenHost(identityOptionsFromEnv({}))).toBe('127.0.0.1');
    expect(listenHost(identityOptionsFromEnv({ AMTSWEG_PUBLIC_URL: 'http://127.0.0.1:9000', OIDC_ISSUER: 'http://127.0.0.1:9000/idp' }))).toBe('127.0.0.1');
  });

  it('stays loopback when the development IdP serves another host deliberately (a reverse proxy on this machine)', () => {
    expect(listenHost(identityOptionsFromEnv({ AMTSWEG_PUBLIC_URL: 'https://dev.amtsweg.example', AMTSWEG_DEV_IDP: '1' }))).toBe('127.0.0.1');
  });

  it('is every interface with a real identity provider', () => {
    expect(listenHost(identityOptionsFromEnv({ OIDC_ISSUER: 'https://id.example.org/realms/amtsweg', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 's' }))).toBeUndefined();
  });
});
