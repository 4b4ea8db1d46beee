// Access tokens for many simulated people: signed with the development IdP's key, exactly as
// the IdP signs them after a login, for subjects the IdP's list does not name (citizen-17,
// clerk-3): a few dev identities would hit the per-person submission limit long before 2,000 cases.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, importJWK } from 'jose';
import type { JWK } from 'jose';

/** Someone who calls the API in the chaos run. */
export interface Person {
  sub: string;
  kind: 'citizen' | 'staff';
  email: string;
  /** Staff only: the authority they work for. */
  authority?: string;
}

/** Signs a two-hour access token for `person`, issued by `<publicUrl>/idp` like the dev IdP's. */
export async function signToken(dataDir: string, publicUrl: string, person: Person): Promise<string> {
  const { keys } = JSON.parse(readFileSync(join(dataDir, 'idp', 'jwks.json'), 'utf8')) as { keys: JWK[] };
  const jwk = keys[0]!;
  return new SignJWT({
    name: person.sub, email: person.email, acr: 'http://eidas.europa.eu/LoA/high', amtsweg_kind: person.kind,
    ...(person.authority ? { amtsweg_authority: person.authority } : {}), client_id: 'amtsweg', scope: 'api',
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(`${publicUrl}/idp`)
    .setAudience('amtsweg-api')
    .setSubject(person.sub)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('3500s')
    .sign(await importJWK(jwk, 'RS256'));
}
