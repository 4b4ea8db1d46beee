/** An external OpenID Connect provider (BundID via Keycloak, …). */
export interface ExternalIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Scopes to request; default `openid profile email`. */
  scope?: string;
}

/** Configuration of identity for the API. */
export interface IdentityOptions {
  /** Base URL browsers use to reach the server, e.g. `http://localhost:8080`; https makes cookies Secure. */
  publicUrl: string;
  /** Keys live in `<dataDir>/idp/` (dev IdP) and `<dataDir>/identity/` (session key). */
  dataDir: string;
  /** Absent: the embedded development IdP is mounted at `/idp` and used. */
  external?: ExternalIdp;
  /** `aud` that bearer tokens must carry; default `amtsweg-api`. */
  audience?: string;
  /** Longest lifetime (`exp` − `iat`) of an accepted bearer token; default 1 hour. */
  maxTokenLifetimeSeconds?: number;
  /** Absolute lifetime of a browser session; default 8 hours. */
  sessionTtlSeconds?: number;
  log?: (err: unknown, context?: Record<string, unknown>) => void;
}
