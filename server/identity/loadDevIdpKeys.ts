import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { readOrCreateSecret } from '../../config/index.js';

/** Keys and secrets of the development IdP, kept under `<dataDir>/idp/` so tokens survive restarts. */
export interface DevIdpKeys {
  /** Private signing keys (RS256) as a JWK set. */
  jwks: { keys: JWK[] };
  /** Keys for the IdP's own signed cookies. */
  cookieKeys: string[];
  /** Secret of the statically registered client (the Amtsweg server itself). */
  clientSecret: string;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** The public half of a JWK set: what verifiers get, never the private members. */
export function publicJwks(jwks: { keys: JWK[] }): { keys: JWK[] } {
  return { keys: jwks.keys.map((k) => Object.fromEntries(Object.entries(k).filter(([m]) => !PRIVATE_MEMBERS.includes(m))) as JWK) };
}

/** Loads the dev IdP's keys (`jwks.json`, `secrets.json`, mode 0600), generating them on first start. */
export function loadDevIdpKeys(dataDir: string): DevIdpKeys {
  const jwks = readOrCreateSecret(join(dataDir, 'idp', 'jwks.json'), () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
  });
  const secrets = readOrCreateSecret(join(dataDir, 'idp', 'secrets.json'), () => ({
    cookieKeys: [randomBytes(32).toString('base64url')],
    clientSecret: randomBytes(32).toString('base64url'),
  }));
  return { jwks, ...secrets };
}
