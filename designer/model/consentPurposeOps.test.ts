import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import { addConsentPurpose, deleteConsentPurpose, procedureSkeleton, setConsentPurposeTitle } from './index.js';
import type { JsonObject } from './index.js';

const skeleton = () => procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');

describe('addConsentPurpose()', () => {
  it('adds a purpose with a hyphenated id, and the definition stays valid', () => {
    const def = skeleton();
    addConsentPurpose(def, 'abruf-finanzamt', { de: 'Abruf beim Finanzamt', en: 'Request to the tax office' });
    expect(def.consentPurposes).toEqual({ 'abruf-finanzamt': { title: { de: 'Abruf beim Finanzamt', en: 'Request to the tax office' } } });
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it('refuses invalid and taken ids', () => {
    const def = skeleton();
    addConsentPurpose(def, 'statistik', { de: 'x', en: 'x' });
    expect(() => addConsentPurpose(def, 'statistik', { de: 'x', en: 'x' })).toThrow();
    expect(() => addConsentPurpose(def, 'Statistik', { de: 'x', en: 'x' })).toThrow();
    expect(() => addConsentPurpose(def, '1statistik', { de: 'x', en: 'x' })).toThrow();
    expect(() => addConsentPurpose(def, 'a_b', { de: 'x', en: 'x' })).toThrow();
  });
});

describe('setConsentPurposeTitle()', () => {
  it('changes the title and keeps unknown fields', () => {
    const def: JsonObject = { ...skeleton(), consentPurposes: { statistik: { title: { de: 'x', en: 'x' }, note: 'kept' } } };
    setConsentPurposeTitle(def, 'statistik', { de: 'Statistik', en: 'Statistics' });
    expect(def.consentPurposes).toEqual({ statistik: { title: { de: 'Statistik', en: 'Statistics' }, note: 'kept' } });
    expect(() => setConsentPurposeTitle(def, 'fehlt', { de: 'x', en: 'x' })).toThrow();
  });
});

describe('deleteConsentPurpose()', () => {
  it('deletes one purpose, and the last one takes the key with it', () => {
    const def = skeleton();
    addConsentPurpose(def, 'statistik', { de: 'Statistik', en: 'Statistics' });
    addConsentPurpose(def, 'forschung', { de: 'Forschung', en: 'Research' });
    deleteConsentPurpose(def, 'statistik');
    expect(Object.keys(def.consentPurposes as object)).toEqual(['forschung']);
    deleteConsentPurpose(def, 'forschung');
    expect(def).not.toHaveProperty('consentPurposes');
  });
});
