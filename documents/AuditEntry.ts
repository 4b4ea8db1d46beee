/** A JSON value, as audit details must be to be hashed canonically. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What happened, as the caller reports it to `appendAuditEntry`. */
export interface AuditEvent {
  /**
   * The case whose trail this is. Inside the hash (issue 9, finding 5), so an entry or a whole
   * trail cannot be moved to another case unnoticed.
   */
  caseId: string;
  /** UTC ISO 8601 time, passed in: the audit helpers read no clock. */
  at: string;
  /** Who did it: an officer id, `citizen:<id>` or `system`. */
  actor: string;
  /** What was done, e.g. `document.sealed`, `data.read`. */
  action: string;
  details: JsonValue;
}

/**
 * One link of the hash-chained audit trail. `hash` is the SHA-256 (hex) of the RFC 8785 canonical
 * form of the entry without `hash`; `prevHash` is the previous entry's hash (null for the first).
 */
export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string | null;
  hash: string;
}
