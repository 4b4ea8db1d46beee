import { describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { historyTimeline } from './historyTimeline.js';

const read = (seconds: number, officer = 'clerk-a', purpose = 'Prüfung', categories = ['verfahrensdaten']) =>
  ({ at: testIso(seconds), authority: 'gewerbeamt', officer, purpose, categories });

describe('historyTimeline()', () => {
  it('puts steps, shown audit entries and reads in time order, leaving out the audit copies of steps', () => {
    const timeline = historyTimeline(
      [{ seq: 1, type: 'SUBMIT', at: testIso(0) }],
      [{ seq: 1, at: testIso(0), actor: 'erika', action: 'case.transition' }, { seq: 2, at: testIso(120), actor: 'clerk-a', action: 'deadline.extended', details: { reason: 'x' } }],
      [read(60)],
    );
    expect(timeline.map((e) => e.kind)).toEqual(['transition', 'read', 'audit']);
  });

  it('joins the reads of one visit, but not across another event, person or purpose', () => {
    const timeline = historyTimeline(
      [{ seq: 2, type: 'APPROVE', at: testIso(300) }],
      [],
      [read(0), read(5, 'clerk-a', 'Prüfung', ['nachweise']), read(10, 'clerk-b'), read(400), read(410, 'clerk-a', 'Entscheidung')],
    );
    expect(timeline.map((e) => (e.kind === 'read' ? `${e.entry.officer}:${e.entry.categories.join('+')}` : e.kind))).toEqual([
      'clerk-a:verfahrensdaten+nachweise', 'clerk-b:verfahrensdaten', 'transition', 'clerk-a:verfahrensdaten', 'clerk-a:verfahrensdaten',
    ]);
  });
});
