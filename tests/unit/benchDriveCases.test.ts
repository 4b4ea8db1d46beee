import { describe, expect, it } from 'vitest';
import { driveCases } from '../bench/cases/driveCases.js';
import type { CaseDriver } from '../bench/cases/driveCases.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('bench:cases driveCases', () => {
  it('keeps each case\'s first Update apart from its later ones', async () => {
    // A case whose first event is slow (as when its first workflow task is queued) and the rest quick.
    const driver: CaseDriver<number> = {
      start: async (index) => index,
      send: async (_case, k) => wait(k === 1 ? 40 : 1),
      finished: async () => undefined,
    };
    const result = await driveCases(driver, { cases: 6, events: 3, concurrency: 3 });
    expect(result.updates).toBe(18);
    expect(result.updateMs).toHaveLength(18);
    expect(result.firstUpdateMs).toHaveLength(6);
    expect(result.laterUpdateMs).toHaveLength(12);
    expect(Math.min(...result.firstUpdateMs)).toBeGreaterThanOrEqual(35);
    expect(Math.max(...result.laterUpdateMs)).toBeLessThan(35);
  });
});
