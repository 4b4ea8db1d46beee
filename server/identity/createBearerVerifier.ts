import { errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { HttpError } from '../HttpError.js';
import { claimsToPrincipal } from './claimsToPrincipal.js';
import type { Principal } from './Principal.js';

/** Where bearer tokens must come from and whom they must be for. */
export interface BearerVerifierOptions {
  issuer: string;
  audience: string;
  /** The issuer's keys: a local JWK set for the dev IdP, the remote JWKS of any other. */
  getKey: JWTVerifyGetKey;
}

/**
 * Verifies a JWT access token (signature, `iss`, `aud`, `exp`) and maps it to a principal.
 * Any flaw is a 401 `invalid-token` that does not say which check failed beyond "expired";
 * an unreachable JWKS is not the caller's fault and stays a server error.
 */
export function createBearerVerifier(options: BearerVerifierOptions): (token: string) => Promise<Principal> {
  const invalid = (message: string, cause?: unknown) =>
    new HttpError(401, 'invalid-token', message, undefined, { cause });
  return async (token) => {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, options.getKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw invalid('Token expired / Token abgelaufen', err);
      if (err instanceof errors.JOSEError && !(err instanceof errors.JWKSTimeout)) throw invalid('Invalid token / Ungültiges Token', err);
      throw err;
    }
    const principal = claimsToPrincipal(claims);
    if (!principal) throw invalid('Invalid token / Ungültiges Token');
    return principal;
  };
}
