import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import {
  MAX_LIFE_SITUATIONS, addLifeSituation, lifeSituationClash, moveLifeSituation, procedureSkeleton, removeLifeSituation, setLifeSituation,
} from './index.js';
import type { JsonObject } from './index.js';

const skeleton = () => procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
const umzug = { de: 'Umzug', en: 'Moving house' };
const bauen = { de: 'Bauen und Wohnen', en: 'Building and housing' };

describe('addLifeSituation()', () => {
  it('appends pairs and returns their index; the definition stays valid', () => {
    const def = skeleton();
    expect(addLifeSituation(def, umzug)).toBe(0);
    expect(addLifeSituation(def, bauen)).toBe(1);
    expect(def.lifeSituations).toEqual([umzug, bauen]);
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it(`refuses more than ${MAX_LIFE_SITUATIONS}`, () => {
    const def = skeleton();
    for (let i = 0; i < MAX_LIFE_SITUATIONS; i++) addLifeSituation(def, { de: `Lage ${i}`, en: `Situation ${i}` });
    expect(() => addLifeSituation(def, umzug)).toThrow(/at most 10/);
    expect(def.lifeSituations).toHaveLength(MAX_LIFE_SITUATIONS);
  });

  it('refuses a duplicate, also a second empty entry, and names the entry it clashes with', () => {
    const def = skeleton();
    addLifeSituation(def, umzug);
    addLifeSituation(def, { de: '', en: '' });
    expect(() => addLifeSituation(def, umzug)).toThrow(/life situation 1 /);
    expect(() => addLifeSituation(def, { de: '', en: '' })).toThrow(/life situation 2 /);
  });
});

describe('lifeSituationClash()', () => {
  it('finds an equal entry or one sharing a non-empty German or English text, skipping the entry itself', () => {
    const def: JsonObject = { lifeSituations: [umzug, { de: '', en: '' }] };
    expect(lifeSituationClash(def, { de: 'Umzug', en: 'Relocation' })).toBe(0);
    expect(lifeSituationClash(def, { de: 'Wohnortwechsel', en: 'Moving house' })).toBe(0);
    expect(lifeSituationClash(def, { de: '', en: '' })).toBe(1);
    expect(lifeSituationClash(def, { de: 'Neu', en: '' })).toBe(-1);
    expect(lifeSituationClash(def, umzug, 0)).toBe(-1);
  });
});

describe('setLifeSituation()', () => {
  it('changes one entry, keeps its unknown fields, and refuses a clash with another', () => {
    const def: JsonObject = { lifeSituations: [{ ...umzug, note: 'kept' }, bauen] };
    setLifeSituation(def, 0, { de: 'Umzug', en: 'Relocation' });
    expect(def.lifeSituations).toEqual([{ de: 'Umzug', en: 'Relocation', note: 'kept' }, bauen]);
    expect(() => setLifeSituation(def, 1, { de: 'Umzug', en: 'x' })).toThrow(/life situation 1 /);
    expect(() => setLifeSituation(def, 2, umzug)).toThrow();
    expect((def.lifeSituations as unknown[])[1]).toEqual(bauen);
  });
});

describe('moveLifeSituation()', () => {
  it('swaps with the neighbour and returns the new index; refuses to move past either end', () => {
    const def: JsonObject = { lifeSituations: [umzug, bauen] };
    expect(moveLifeSituation(def, 1, -1)).toBe(0);
    expect(def.lifeSituations).toEqual([bauen, umzug]);
    expect(moveLifeSituation(def, 0, 1)).toBe(1);
    expect(def.lifeSituations).toEqual([umzug, bauen]);
    expect(() => moveLifeSituation(def, 0, -1)).toThrow();
    expect(() => moveLifeSituation(def, 1, 1)).toThrow();
  });
});

describe('removeLifeSituation()', () => {
  it('removes an entry, and the last one takes the key with it', () => {
    const def: JsonObject = { lifeSituations: [umzug, bauen] };
    removeLifeSituation(def, 0);
    expect(def.lifeSituations).toEqual([bauen]);
    removeLifeSituation(def, 0);
    expect(def).not.toHaveProperty('lifeSituations');
    expect(() => removeLifeSituation(def, 0)).toThrow();
  });
});
