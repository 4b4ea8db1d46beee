import { randomUUID } from 'node:crypto';
import { SignJWT, importJWK } from 'jose';
import { DEV_IDENTITIES } from './devIdentities.js';
import { API_AUDIENCE, DEV_CLIENT_ID, DEV_IDP_PATH } from './identityConstants.js';
import { loadDevIdpKeys } from './loadDevIdpKeys.js';
import { principalClaims } from './principalClaims.js';

/** Which token to issue. */
export interface DevTokenRequest {
  dataDir: string;
  /** The server's public URL; the issuer is `<publicUrl>/idp`. */
  publicUrl: string;
  /** `sub` of one of `DEV_IDENTITIES`. */
  user: string;
  /** Default one hour. */
  ttlSeconds?: number;
  /** Default `amtsweg-api`. */
  audience?: string;
}

/**
 * A JWT access token for a dev identity, signed with the dev IdP's key: the same shape the IdP
 * issues after a login, for scripts and curl (`amtsweg token --user erika`). Throws for an
 * unknown user.
 */
export async function issueDevToken(request: DevTokenRequest): Promise<string> {
  const principal = DEV_IDENTITIES.find((p) => p.sub === request.user);
  if (!principal) throw new Error(`Unknown dev identity "${request.user}"; known: ${DEV_IDENTITIES.map((p) => p.sub).join(', ')}`);
  const [jwk] = loadDevIdpKeys(request.dataDir).jwks.keys;
  if (!jwk) throw new Error(`No signing key in ${request.dataDir}/idp/jwks.json`);
  const { sub, ...claims } = principalClaims(principal);
  return new SignJWT({ ...claims, client_id: DEV_CLIENT_ID, scope: 'api' })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(request.publicUrl.replace(/\/+$/, '') + DEV_IDP_PATH)
    .setAudience(request.audience ?? API_AUDIENCE)
    .setSubject(sub)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 3600}s`)
    .sign(await importJWK(jwk, 'RS256'));
}
