import { describe, expect, it } from 'vitest';
import { approveEvent } from './index.js';
import type { PendingApproval, ProcedureConfig } from './index.js';

const def = {
  id: 'probe', version: 1, title: { de: 'P', en: 'P' }, authority: 'amt', legalBasis: '§ 1',
  roles: { clerk: { kind: 'staff' } },
  events: { OPEN: { by: ['clerk'], quorum: 2 }, CLOSE: { by: ['clerk'] } },
  machine: { initial: 'a', states: { a: { on: { OPEN: 'b', CLOSE: 'b' } }, b: { type: 'final' } } },
} satisfies ProcedureConfig;
const anna = { id: 'anna', role: 'clerk' };
const bert = { id: 'bert', role: 'clerk' };
const at = '2026-03-02T09:00:00.000Z';

describe('approveEvent()', () => {
  it('completes an event without a quorum at once', () => {
    expect(approveEvent(def, [], 'CLOSE', anna, at)).toEqual({ ok: true, complete: true, approvedBy: [anna] });
  });

  it('keeps the first of two persons as a pending approval', () => {
    expect(approveEvent(def, [], 'OPEN', anna, at)).toEqual({ ok: true, complete: false, quorum: 2, pending: { type: 'OPEN', by: [anna], at } });
  });

  it('completes with a second, different person, naming both in order', () => {
    const pending: PendingApproval[] = [{ type: 'OPEN', by: [anna], at }];
    expect(approveEvent(def, pending, 'OPEN', bert, '2026-03-02T09:05:00.000Z')).toEqual({ ok: true, complete: true, approvedBy: [anna, bert] });
  });

  it('refuses the same person twice', () => {
    const result = approveEvent(def, [{ type: 'OPEN', by: [anna], at }], 'OPEN', { ...anna }, at);
    expect(result).toMatchObject({ ok: false, error: { code: 'already-approved' } });
    if (!result.ok) expect(result.error.message).toEqual({
      de: 'anna hat „OPEN“ bereits ausgelöst; es fehlt noch die Zustimmung von 1 weiteren Person.',
      en: 'anna already fired "OPEN"; it still needs the approval of 1 more person.',
    });
  });

  it('counts approvals per event type', () => {
    expect(approveEvent(def, [{ type: 'CLOSE', by: [anna], at }], 'OPEN', anna, at)).toMatchObject({ ok: true, complete: false });
  });
});
