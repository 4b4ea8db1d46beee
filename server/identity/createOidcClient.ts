import * as client from 'openid-client';

/** The server's view of its identity provider. */
export interface OidcClient {
  issuer: string;
  /** Client configuration, discovered on first use and then kept. */
  configuration(): Promise<client.Configuration>;
}

/** Where the IdP is and who we are there. */
export interface OidcClientOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The IdP's metadata when known up front (the embedded dev IdP): skips discovery, which would
   * be an HTTP request to this very server and so fail before it listens.
   */
  metadata?: client.ServerMetadata;
}

/**
 * The server as an OpenID Connect client (openid-client). Discovery is lazy and retried after a
 * failure, so the server starts while the IdP is down and logins work once it is back.
 * A plain-HTTP issuer is accepted (local development, a Keycloak in a compose network); use
 * https for anything reachable from outside.
 */
export function createOidcClient(options: OidcClientOptions): OidcClient {
  const insecure = new URL(options.issuer).protocol === 'http:';
  let pending: Promise<client.Configuration> | undefined;
  const discover = async () => {
    const config = options.metadata
      ? new client.Configuration(options.metadata, options.clientId, options.clientSecret)
      : await client.discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    if (insecure) client.allowInsecureRequests(config);
    return config;
  };
  return {
    issuer: options.issuer,
    configuration() {
      pending ??= discover().catch((err: unknown) => {
        pending = undefined;
        throw err;
      });
      return pending;
    },
  };
}
