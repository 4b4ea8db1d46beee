import type { AuditEntry } from './AuditEntry.js';
import { canonicalJson } from './canonicalJson.js';
import { sha256Hex } from './sha256Hex.js';

/**
 * The hash an audit entry must carry: SHA-256 over the RFC 8785 form of every field but `hash`,
 * so a field added later is covered too. Throws when the entry is not JSON (NaN in details).
 */
export function auditEntryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: unknown }): string {
  const { hash: _hash, ...covered } = entry;
  return sha256Hex(canonicalJson(covered));
}
