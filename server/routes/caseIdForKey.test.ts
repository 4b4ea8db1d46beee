import { describe, expect, it } from 'vitest';
import { caseIdForKey } from './caseIdForKey.js';

describe('caseIdForKey', () => {
  it('names the same case for a retry, another for another caller, key or procedure', () => {
    const id = caseIdForKey('erika', 'key-00000001', 'anfrage');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(caseIdForKey('erika', 'key-00000001', 'anfrage')).toBe(id);
    expect(new Set([caseIdForKey('jonas', 'key-00000001', 'anfrage'), caseIdForKey('erika', 'key-00000002', 'anfrage'), caseIdForKey('erika', 'key-00000001', 'baugenehmigung')]))
      .not.toContain(id);
  });
});
