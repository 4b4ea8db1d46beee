import { describe, expect, it } from 'vitest';
import { testIso } from '../../documents/testing/testClock.js';
import { deadlineEnd } from '../../engine/index.js';
import { daysUntil } from './caseFacts.js';
import { byNearestDeadline } from './queueOrder.js';

const DAY = 86_400;
const item = (name: string, dueInDays: number[], changedDaysAgo = 0) => ({
  name, deadlines: dueInDays.map((d, i) => ({ id: `d${i}`, dueAt: testIso(d * DAY) })), updatedAt: testIso(-changedDaysAgo * DAY),
});

describe('byNearestDeadline()', () => {
  it('puts the nearest running deadline first, overdue before due, cases without one last (oldest change first)', () => {
    const cases = [item('none-new', []), item('in-ten', [10]), item('none-old', [], 5), item('overdue', [-2]), item('three-and-thirty', [30, 3])];
    expect(cases.toSorted(byNearestDeadline).map((c) => c.name)).toEqual(['overdue', 'three-and-thirty', 'in-ten', 'none-old', 'none-new']);
  });
});

describe('daysUntil()', () => {
  it('counts calendar days in German time to the last day of a Frist, negative once past', () => {
    const now = new Date(testIso());
    const frist = (days: number) => new Date(deadlineEnd(`P${days}D`, now.toISOString(), {})).toISOString();
    expect(daysUntil(frist(3), now)).toBeGreaterThanOrEqual(3);
    expect(daysUntil(testIso(-2 * DAY), now)).toBe(-2);
    expect(daysUntil(testIso(0), now)).toBe(0);
  });
});
