import { appendAuditEntry } from '../../documents/index.js';
import type { AuditEvent, AuditEntry } from '../../documents/index.js';
import type { AuditRecord, Store } from '../../store/index.js';

/** The next link of a hash chain for `event`, given the chain's last entry. */
export function auditLink(event: AuditEvent) {
  return (prev: AuditRecord | undefined) => appendAuditEntry(prev as AuditEntry | undefined, event);
}

/** Appends one link to a case's hash-chained audit trail, once per `idemKey`. */
export function audit(store: Store, caseId: string, idemKey: string, event: Omit<AuditEvent, 'caseId'>): Promise<AuditRecord> {
  return store.appendAudit(caseId, idemKey, auditLink({ ...event, caseId }));
}
