import { createHash } from 'node:crypto';

/**
 * Lower-case hex SHA-256 of bytes or of a string's UTF-8 encoding. Synchronous on purpose, so the
 * pure helpers (audit chain, receipt hashes, export manifest) stay synchronous.
 */
export function sha256Hex(input: Uint8Array | string): string {
  return createHash('sha256').update(input).digest('hex');
}
