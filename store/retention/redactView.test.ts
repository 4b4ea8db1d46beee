import { describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { redactView } from './redactView.js';

describe('redactView()', () => {
  const at = testIso();
  const view = {
    id: 'c1', state: 'approved', status: 'done', seq: 2,
    parties: [{ id: 'erika', role: 'applicant', name: 'Erika Mustermann' }],
    history: [
      { seq: 1, type: 'SUBMIT', at, from: 'draft', to: 'submitted', actor: { id: 'erika', role: 'applicant' } },
      { seq: 2, type: 'APPROVE', at, from: 'submitted', to: 'approved', actor: { id: 'clerk-b', role: 'clerk' }, approvedBy: [{ id: 'clerk-a', role: 'clerk' }, { id: 'clerk-b', role: 'clerk' }] },
      { seq: 3, type: 'EXPIRE', at, from: 'approved', to: 'approved' },
    ],
    approvals: [{ type: 'APPROVE', by: ['clerk-a'], at }],
    failures: [{ key: 'c1:1:0', type: 'notify', message: 'no template' }],
  };

  it('keeps the procedural record and the roles, not who the persons were', () => {
    const redacted = redactView(view);
    expect(JSON.stringify(redacted)).not.toMatch(/erika|Mustermann|clerk-a|clerk-b/);
    expect(redacted).toMatchObject({
      id: 'c1', state: 'approved', status: 'done', seq: 2, personalDataDeleted: true, approvals: [], failures: view.failures,
      parties: [{ id: 'deleted', role: 'applicant' }],
      history: [
        { seq: 1, type: 'SUBMIT', at, actor: { id: 'deleted', role: 'applicant' } },
        { seq: 2, type: 'APPROVE', actor: { id: 'deleted', role: 'clerk' }, approvedBy: [{ id: 'deleted', role: 'clerk' }, { id: 'deleted', role: 'clerk' }] },
        { seq: 3, type: 'EXPIRE' },
      ],
    });
    expect(redacted.history).toHaveLength(3);
    expect((redacted.history as object[])[2]).not.toHaveProperty('actor');
  });
});
