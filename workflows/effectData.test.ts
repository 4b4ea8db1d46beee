import { describe, expect, it } from 'vitest';
import { effectDataRefs, trackFormRefs } from './effectData.js';

const hash = (c: string) => c.repeat(64);

describe('effect data by reference', () => {
  it('gives a form the hash of the event that stored it, and drops it for an event without one', () => {
    const refs: Record<string, string> = {};
    const antrag = { name: 'Erika' };
    trackFormRefs(refs, {}, { antrag }, hash('a'));
    expect(refs).toEqual({ antrag: hash('a') });
    // A later event that stores another form leaves the first one's hash alone.
    const notiz = { text: 'x' };
    trackFormRefs(refs, { antrag }, { antrag, notiz }, hash('b'));
    expect(refs).toEqual({ antrag: hash('a'), notiz: hash('b') });
    // Stored again by an event sent without a hash (older server): inline from then on.
    trackFormRefs(refs, { antrag, notiz }, { antrag: { name: 'Max' }, notiz }, undefined);
    expect(refs).toEqual({ notiz: hash('b') });
  });

  it('refers to the data only when every part has a hash', () => {
    const refs = { antrag: hash('a') };
    expect(effectDataRefs(refs, { name: 'Erika' }, hash('c'), { antrag: {} })).toEqual({ trigger: hash('c'), caseData: { antrag: hash('a') } });
    expect(effectDataRefs(refs, {}, undefined, { antrag: {} })).toEqual({ caseData: { antrag: hash('a') } });
    expect(effectDataRefs(refs, { name: 'Erika' }, undefined, { antrag: {} })).toBeUndefined();
    expect(effectDataRefs(refs, {}, undefined, { antrag: {}, notiz: {} })).toBeUndefined();
  });
});
