// Who fires a path's events over HTTP: a development identity in the event's role. Staff of an
// authority without a development identity (the fire and monument offices of the Baugenehmigung)
// get a token of the same shape, signed with the development IdP's key.
import { randomUUID } from 'node:crypto';
import { SignJWT, importJWK } from 'jose';
import type { ProcedureConfig } from '../../../engine/index.js';
import { DEV_IDENTITIES } from '../../../server/index.js';
import type { Principal } from '../../../server/index.js';
import { API_AUDIENCE } from '../../../server/identity/identityConstants.js';
import { loadDevIdpKeys } from '../../../server/identity/loadDevIdpKeys.js';
import { principalClaims } from '../../../server/identity/principalClaims.js';

/** Where the API's development IdP keeps its keys and which URL issues its tokens. */
export interface TokenIssuer {
  dataDir: string;
  publicUrl: string;
}

/** A bearer token for any principal, as the development IdP issues them (`issueDevToken`). */
export async function signToken(issuer: TokenIssuer, principal: Principal): Promise<string> {
  const [jwk] = loadDevIdpKeys(issuer.dataDir).jwks.keys;
  if (!jwk) throw new Error(`no signing key in ${issuer.dataDir}`);
  const { sub, ...claims } = principalClaims(principal);
  return new SignJWT({ ...claims, client_id: 'amtsweg', scope: 'api' })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(`${issuer.publicUrl}/idp`).setAudience(API_AUDIENCE).setSubject(sub)
    .setJti(randomUUID()).setIssuedAt().setExpirationTime('1h')
    .sign(await importJWK(jwk, 'RS256'));
}

/**
 * The principals that fire `event` of `def`: for a staff role as many persons of its authority
 * as the event's quorum needs; for a citizen role Erika, or the Musterbau company in a role one
 * joins (bidders).
 */
export function actorsFor(def: ProcedureConfig, event: string, roleName: string): Principal[] {
  const role = def.roles[roleName];
  if (!role) throw new Error(`${def.id}: no role ${roleName}`);
  if (role.kind === 'citizen') return [DEV_IDENTITIES.find((p) => p.sub === (role.joinable ? 'musterbau' : 'erika'))!];
  const authority = role.authority ?? def.authority;
  const quorum = def.events[event]?.quorum ?? 1;
  const staff = DEV_IDENTITIES.filter((p) => p.kind === 'staff' && p.authority === authority);
  for (let i = staff.length; i < quorum; i += 1) {
    staff.push({ sub: `capture-${authority}-${i + 1}`, name: `Capture ${authority} ${i + 1}`, kind: 'staff', authority, assurance: 'substantial' });
  }
  return staff.slice(0, quorum);
}
