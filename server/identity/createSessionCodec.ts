import { EncryptJWT, jwtDecrypt } from 'jose';

/** Seals small payloads into encrypted, expiring cookie values. */
export interface SessionCodec {
  seal(purpose: string, payload: Record<string, unknown>, ttlSeconds: number): Promise<string>;
  /** The payload, or undefined when the value is missing, tampered with, expired or sealed for another purpose. */
  open(purpose: string, value: string | undefined): Promise<Record<string, unknown> | undefined>;
}

/**
 * Encrypted cookie values (JWE, dir + A256GCM) instead of a server-side session store, so any
 * number of server processes sharing the key can read them. `purpose` goes into `aud`, so a
 * login-transaction cookie can never be replayed as a session cookie.
 */
export function createSessionCodec(key: Uint8Array): SessionCodec {
  return {
    async seal(purpose, payload, ttlSeconds) {
      return new EncryptJWT(payload)
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setAudience(purpose)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .encrypt(key);
    },
    async open(purpose, value) {
      if (!value) return undefined;
      try {
        return (await jwtDecrypt(value, key, { audience: purpose, keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] })).payload;
      } catch {
        return undefined;
      }
    },
  };
}
