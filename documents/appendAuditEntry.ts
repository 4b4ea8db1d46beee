import type { AuditEntry, AuditEvent } from './AuditEntry.js';
import { auditEntryHash } from './auditEntryHash.js';
import { isUtcIsoString } from './isUtcIsoString.js';

/**
 * Appends an event to the audit trail: returns the next entry, numbered after `prev` (or 1) and
 * linked to its hash, which covers the case id too. Pure — storing the entry, append-only, is
 * the caller's job. Throws for a non-UTC `at`, details that are not JSON, or a `prev` of another
 * case (programmer mistakes).
 */
export function appendAuditEntry(prev: AuditEntry | undefined, event: AuditEvent): AuditEntry {
  if (!isUtcIsoString(event.at)) throw new TypeError(`appendAuditEntry: at must be UTC ISO 8601, got ${JSON.stringify(event.at)}`);
  if (prev && prev.caseId !== event.caseId) throw new TypeError(`appendAuditEntry: the previous entry belongs to case ${prev.caseId}, not ${event.caseId}`);
  const unhashed = {
    caseId: event.caseId,
    seq: prev ? prev.seq + 1 : 1,
    at: event.at,
    actor: event.actor,
    action: event.action,
    details: event.details,
    prevHash: prev ? prev.hash : null,
  };
  return { ...unhashed, hash: auditEntryHash(unhashed) };
}
