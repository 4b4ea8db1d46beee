import { createHash } from 'node:crypto';

/**
 * The case id a keyed `POST /api/cases` opens: a UUID (version 8, RFC 9562) from the hash of
 * caller, Idempotency-Key and procedure, so every retry of one request names the same workflow.
 */
export function caseIdForKey(principal: string, key: string, procedure: string): string {
  const hex = createHash('sha256').update(JSON.stringify(['case', principal, key, procedure])).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
