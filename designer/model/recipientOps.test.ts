import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import { addEffect, addRecipient, deleteRecipient, procedureSkeleton, setEffectParams, updateRecipient } from './index.js';
import type { EffectPlace, JsonObject } from './index.js';

const skeleton = () => procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
const submit: EffectPlace = { kind: 'transition', ref: { source: 'entwurf', trigger: { kind: 'event', event: 'SUBMIT' }, index: 0 } };

describe('addRecipient()', () => {
  it('adds a recipient a notify effect may name, and the definition stays valid', () => {
    const def = skeleton();
    addRecipient(def, 'finanzamt', { de: 'Finanzamt', en: 'Tax office' }, '§ 138 AO');
    setEffectParams(def, submit, addEffect(def, submit, 'notify'), { to: 'finanzamt' });
    expect(def.recipients).toEqual({ finanzamt: { title: { de: 'Finanzamt', en: 'Tax office' }, legalBasis: '§ 138 AO' } });
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it('leaves out an empty legal basis', () => {
    const def = skeleton();
    addRecipient(def, 'finanzamt', { de: 'Finanzamt', en: 'Tax office' }, '');
    expect(def.recipients).toEqual({ finanzamt: { title: { de: 'Finanzamt', en: 'Tax office' } } });
  });

  it('refuses invalid and taken names, and the name of a role', () => {
    const def = skeleton();
    addRecipient(def, 'finanzamt', { de: 'x', en: 'x' });
    expect(() => addRecipient(def, 'Finanzamt', { de: 'x', en: 'x' })).toThrow();
    expect(() => addRecipient(def, 'finanz-amt', { de: 'x', en: 'x' })).toThrow();
    expect(() => addRecipient(def, 'finanzamt', { de: 'x', en: 'x' })).toThrow();
    expect(() => addRecipient(def, 'clerk', { de: 'x', en: 'x' })).toThrow(/role/);
  });
});

describe('updateRecipient()', () => {
  it('changes title and legal basis, removes an emptied legal basis, and keeps unknown fields', () => {
    const def: JsonObject = { ...skeleton(), recipients: { finanzamt: { title: { de: 'x', en: 'x' }, legalBasis: '§ 1', note: 'kept' } } };
    updateRecipient(def, 'finanzamt', { title: { de: 'Finanzamt', en: 'Tax office' } });
    expect(def.recipients).toEqual({ finanzamt: { title: { de: 'Finanzamt', en: 'Tax office' }, legalBasis: '§ 1', note: 'kept' } });
    updateRecipient(def, 'finanzamt', { legalBasis: '§ 138 AO' });
    expect(def.recipients).toMatchObject({ finanzamt: { legalBasis: '§ 138 AO', note: 'kept' } });
    updateRecipient(def, 'finanzamt', { legalBasis: '' });
    expect(def.recipients).toEqual({ finanzamt: { title: { de: 'Finanzamt', en: 'Tax office' }, note: 'kept' } });
  });

  it('refuses a recipient that does not exist', () => {
    expect(() => updateRecipient(skeleton(), 'nobody', { legalBasis: '§ 1' })).toThrow();
  });
});

describe('deleteRecipient()', () => {
  it('deletes one recipient, and the last one takes the key with it', () => {
    const def = skeleton();
    addRecipient(def, 'finanzamt', { de: 'Finanzamt', en: 'Tax office' });
    addRecipient(def, 'ihk', { de: 'IHK', en: 'Chamber of commerce' });
    deleteRecipient(def, 'finanzamt');
    expect(Object.keys(def.recipients as object)).toEqual(['ihk']);
    deleteRecipient(def, 'ihk');
    expect(def).not.toHaveProperty('recipients');
  });

  it('leaves a notify effect naming it for the problems panel', () => {
    const def = skeleton();
    addRecipient(def, 'finanzamt', { de: 'Finanzamt', en: 'Tax office' });
    setEffectParams(def, submit, addEffect(def, submit, 'notify'), { to: 'finanzamt' });
    deleteRecipient(def, 'finanzamt');
    expect(validateDefinition(def).errors.map((e) => e.code)).toContain('recipient-undefined');
  });
});
