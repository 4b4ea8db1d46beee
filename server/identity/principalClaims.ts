import { ACR } from './acr.js';
import type { Principal } from './Principal.js';

/**
 * The claims a principal travels as, in ID tokens and access tokens of the dev IdP and in
 * `issueDevToken()`: the inverse of `claimsToPrincipal()`.
 */
export function principalClaims(p: Principal): { sub: string; [claim: string]: string } {
  return {
    sub: p.sub,
    name: p.name,
    ...(p.email ? { email: p.email } : {}),
    acr: ACR[p.assurance],
    amtsweg_kind: p.kind,
    ...(p.authority ? { amtsweg_authority: p.authority } : {}),
  };
}
