import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from './appendAuditEntry.js';

const event = { caseId: 'case-1', at: '2026-03-02T08:15:00Z', actor: 'system', action: 'case.submitted', details: { form: 'antrag' } };

describe('appendAuditEntry()', () => {
  it('starts the chain at seq 1 with no previous hash', () => {
    expect(appendAuditEntry(undefined, event)).toMatchObject({ seq: 1, prevHash: null, ...event });
  });

  it('hashes the RFC 8785 form of the entry without its hash', () => {
    const entry = appendAuditEntry(undefined, event);
    const canonical = '{"action":"case.submitted","actor":"system","at":"2026-03-02T08:15:00Z","caseId":"case-1","details":{"form":"antrag"},"prevHash":null,"seq":1}';
    expect(entry.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('numbers the next entry after the previous one and links to its hash', () => {
    const first = appendAuditEntry(undefined, event);
    const second = appendAuditEntry(first, { ...event, action: 'document.sealed' });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
  });

  // Issue 9, finding 5: the hash did not cover the case, so a trail could be moved to another case.
  it('covers the case id: the same event in two cases hashes differently', () => {
    expect(appendAuditEntry(undefined, { ...event, caseId: 'case-a' }).hash).not.toBe(appendAuditEntry(undefined, { ...event, caseId: 'case-b' }).hash);
  });

  it('is deterministic', () => {
    expect(appendAuditEntry(undefined, event)).toEqual(appendAuditEntry(undefined, { ...event, details: { form: 'antrag' } }));
  });

  it('throws for a time that is not UTC', () => {
    expect(() => appendAuditEntry(undefined, { ...event, at: '02.03.2026 09:15' })).toThrow(/UTC/);
  });
});
