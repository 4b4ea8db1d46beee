import type { AuditEntry } from '../documents/index.js';
import type { AuditRecord } from './entities.js';

/**
 * An audit row as the hash chain sees it: every column but the idempotency key, which is not
 * hashed. The one place that maps rows to entries, so that a field the hash covers (the case id,
 * issue 9) cannot be left out by one caller.
 */
export function toAuditEntry({ idemKey: _idemKey, ...entry }: AuditRecord): AuditEntry {
  return entry as AuditEntry;
}
