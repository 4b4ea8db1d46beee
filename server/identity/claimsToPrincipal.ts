import { assuranceOf } from './acr.js';
import type { Principal } from './Principal.js';

const KINDS: readonly Principal['kind'][] = ['citizen', 'company', 'staff', 'designer'];

/**
 * Maps the claims of an ID token or access token to a principal: the one place to adapt when
 * the IdP speaks another dialect (BundID through Keycloak: map `amtsweg_kind` and
 * `amtsweg_authority` with protocol mappers, or derive them here from realm roles).
 * Missing kind means citizen and a missing/unknown `acr` the lowest level, so a sparse token
 * never grants more than it says. Undefined when there is no subject.
 */
export function claimsToPrincipal(claims: Record<string, unknown>): Principal | undefined {
  const { sub, name, email, acr, amtsweg_kind: kind, amtsweg_authority: authority } = claims;
  if (typeof sub !== 'string' || !sub) return undefined;
  const resolvedKind = KINDS.find((k) => k === kind) ?? 'citizen';
  return {
    sub,
    name: typeof name === 'string' && name ? name : sub,
    kind: resolvedKind,
    // An authority only means something for staff; ignore it on anyone else.
    ...(resolvedKind === 'staff' && typeof authority === 'string' && authority ? { authority } : {}),
    assurance: assuranceOf(acr),
    ...(typeof email === 'string' && email ? { email } : {}),
  };
}
