import { describe, expect, it } from 'vitest';
import { appendAuditEntry, verifyAuditChain } from '../documents/index.js';
import { AccessLogRecordSchema, AuditRecordSchema } from './entities.js';
import type { AccessLogRecord } from './entities.js';
import { accessEntryHash } from './transparencyRepo.js';

const entry: Omit<AccessLogRecord, 'hash'> = {
  id: '5b0c7a4e-0c4e-4a57-9a57-2f4b1e1f0a11', subject: 'erika', seq: 2, at: new Date(0), authority: 'gewerbeamt',
  officer: 'clerk-gewerbe', purpose: 'Prüfung', categories: ['verfahrensdaten'], caseId: 'case-1', prevHash: 'a'.repeat(64),
};

/** Another value of the same type, for each column. */
function changed(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime() + 1);
  if (Array.isArray(value)) return [...value, 'x'];
  if (typeof value === 'number') return value + 1;
  return `${String(value)}x`;
}

// Issue 9, finding 5 asks that every field that matters is inside the hash: for the access
// log, that is every column but the hash itself — a column added later fails this test until it is.
describe('accessEntryHash()', () => {
  it('covers every column of access_log', () => {
    const columns = Object.keys(AccessLogRecordSchema.meta.properties).filter((name) => name !== 'hash');
    expect(columns.sort()).toEqual(Object.keys(entry).sort());
    for (const column of columns) {
      const edited = { ...entry, [column]: changed(entry[column as keyof typeof entry]) };
      expect(accessEntryHash(edited), column).not.toBe(accessEntryHash(entry));
    }
  });
});

describe('the audit trail\'s hash', () => {
  // The idempotency key only stops a retried effect from appending twice; it says nothing
  // about what happened, so it stays outside.
  it('covers every column of audit_entry but the idempotency key', () => {
    const first = appendAuditEntry(undefined, { caseId: 'case-1', at: new Date(0).toISOString(), actor: 'system', action: 'case.submitted', details: { form: 'antrag' } });
    const columns = Object.keys(AuditRecordSchema.meta.properties).filter((name) => name !== 'hash' && name !== 'idemKey');
    expect(columns.sort()).toEqual(Object.keys(first).filter((name) => name !== 'hash').sort());
    for (const column of columns) {
      const edited = { ...first, [column]: column === 'details' ? { form: 'x' } : changed(first[column as keyof typeof first]) };
      expect(verifyAuditChain([edited as typeof first]).ok, column).toBe(false);
    }
  });
});
