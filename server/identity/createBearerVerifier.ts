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
  /** Longest accepted lifetime, `exp` − `iat`, in seconds. */
  maxLifetimeSeconds: number;
}

/** Seconds of clock skew allowed between the issuer and this server. */
const CLOCK_TOLERANCE = 5;

/**
 * Verifies a JWT access token (signature, `iss`, `aud`, `exp`, `iat`) and maps it to a
 * principal. A token must say when it was issued, not in the future, and live at most
 * `maxLifetimeSeconds` (`exp` − `iat`): a leaked token signed for a century would otherwise
 * work for a century (issue 9). Any flaw is a 401 `invalid-token` that does not say which
 * check failed beyond "expired" and "lifetime"; an unreachable JWKS is not the caller's fault
 * and stays a server error.
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
        requiredClaims: ['exp', 'iat', 'sub'],
        // Also refuses an `iat` in the future, which would stretch the lifetime past the cap.
        maxTokenAge: options.maxLifetimeSeconds,
        clockTolerance: CLOCK_TOLERANCE,
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw invalid('Token expired / Token abgelaufen', err);
      if (err instanceof errors.JOSEError && !(err instanceof errors.JWKSTimeout)) throw invalid('Invalid token / Ungültiges Token', err);
      throw err;
    }
    if ((claims.exp as number) - (claims.iat as number) > options.maxLifetimeSeconds) {
      throw invalid(`Token lifetime exceeds ${options.maxLifetimeSeconds} s / Token-Laufzeit länger als ${options.maxLifetimeSeconds} s`);
    }
    const principal = claimsToPrincipal(claims);
    if (!principal) throw invalid('Invalid token / Ungültiges Token');
    return principal;
  };
}
