import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import {
  addCategory, addEffect, addRole, applyEdit, deleteCategory, deleteRole, listEffects, listStates, listTransitions, moveEffect, removeEffect, serializeDefinition,
  setCategoryTitle, setConsentRequired, setEffectParams, startHistory, undo, updateEvent, updateRole,
  addDocument, addNotification, deleteDocument, deleteNotification, setDocumentKind, setDocumentText, setNotificationText, setSetting,
} from '../../designer/model/index.js';
import type { EffectPlace, JsonObject } from '../../designer/model/index.js';
import { effectDescription, effectPlaces, effectSchema, effectTitle, effectTypes, hasParams, paramsSummary } from '../../designer/components/effectPlaces.js';
import { procedureSkeleton } from '../../designer/model/skeleton.js';
import { panelsTexts } from '../../designer/texts/panels.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../definitions/${name}/procedure.json`, import.meta.url), 'utf8')) as JsonObject;
const skeleton = () => procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
const submit: EffectPlace = { kind: 'transition', ref: { source: 'entwurf', trigger: { kind: 'event', event: 'SUBMIT' }, index: 0 } };
const states = (def: JsonObject) => (def.machine as { states: Record<string, any> }).states;

describe('role edits', () => {
  it('adds a staff role of another authority that may fire an event, and the definition stays valid', () => {
    const def = skeleton();
    addRole(def, 'fireAuthority', 'staff', { de: 'Brandschutz', en: 'Fire protection' }, 'brandschutz');
    updateEvent(def, 'SUBMIT', { by: ['applicant', 'fireAuthority'] });
    expect(def.roles).toEqual({
      applicant: { kind: 'citizen' }, clerk: { kind: 'staff' },
      fireAuthority: { kind: 'staff', title: { de: 'Brandschutz', en: 'Fire protection' }, authority: 'brandschutz' },
    });
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it('refuses bad and taken names and bad authorities', () => {
    const def = skeleton();
    expect(() => addRole(def, 'Clerk', 'staff', { de: 'x', en: 'x' })).toThrow();
    expect(() => addRole(def, 'clerk', 'staff', { de: 'x', en: 'x' })).toThrow();
    expect(() => addRole(def, 'other', 'staff', { de: 'x', en: 'x' }, 'Bad Authority')).toThrow();
    expect(() => updateRole(def, 'nobody', { kind: 'staff' })).toThrow();
  });

  it('changes kind, title and authority; a citizen role names no authority; other fields stay', () => {
    const def = load('baugenehmigung');
    const roles = def.roles as Record<string, any>;
    roles.fireAuthority['x-note'] = 'bleibt';
    updateRole(def, 'fireAuthority', { title: { de: 'Feuerwehr', en: 'Fire brigade' } });
    expect(roles.fireAuthority.authority).toBe('brandschutz');
    expect((def.roles as Record<string, any>).fireAuthority).toMatchObject({ title: { de: 'Feuerwehr', en: 'Fire brigade' }, 'x-note': 'bleibt' });
    updateRole(def, 'fireAuthority', { authority: '' });
    expect((def.roles as Record<string, any>).fireAuthority.authority).toBeUndefined();
    updateRole(def, 'monumentAuthority', { kind: 'citizen' });
    expect((def.roles as Record<string, any>).monumentAuthority).not.toHaveProperty('authority');
  });

  it('deletes a role; an event still naming it is a problem the checker names', () => {
    const def = skeleton();
    deleteRole(def, 'applicant');
    expect(Object.keys(def.roles as JsonObject)).toEqual(['clerk']);
    expect(validateDefinition(def).errors.length).toBeGreaterThan(0);
  });
});

describe('role flags and descriptions', () => {
  it('makes a citizen role joinable and not joinable again, removing the key', () => {
    const def = skeleton();
    updateRole(def, 'applicant', { joinable: true });
    expect((def.roles as Record<string, any>).applicant).toEqual({ kind: 'citizen', joinable: true });
    expect(validateDefinition(def).errors).toEqual([]);
    updateRole(def, 'applicant', { joinable: false });
    expect((def.roles as Record<string, any>).applicant).toEqual({ kind: 'citizen' });
  });

  it('drops joinable when the role becomes staff; other fields stay', () => {
    const def = skeleton();
    (def.roles as Record<string, any>).applicant = { kind: 'citizen', joinable: true, 'x-note': 'bleibt' };
    updateRole(def, 'applicant', { kind: 'staff' });
    expect((def.roles as Record<string, any>).applicant).toEqual({ kind: 'staff', 'x-note': 'bleibt' });
  });

  it('sets and removes a role\'s description', () => {
    const def = skeleton();
    updateRole(def, 'clerk', { description: { de: 'Prüft den Antrag', en: 'Reviews the application' } });
    expect((def.roles as Record<string, any>).clerk.description).toEqual({ de: 'Prüft den Antrag', en: 'Reviews the application' });
    expect(validateDefinition(def).errors).toEqual([]);
    updateRole(def, 'clerk', { description: null });
    expect((def.roles as Record<string, any>).clerk).toEqual({ kind: 'staff' });
  });
});

describe('event flags', () => {
  const submitOf = (def: JsonObject) => (def.events as Record<string, any>).SUBMIT;

  it('sets signature, keepData and quorum, which validate, and null removes each key', () => {
    const def = skeleton();
    updateEvent(def, 'SUBMIT', { signature: 'seal', keepData: false, quorum: 2 });
    expect(submitOf(def)).toEqual({ by: ['applicant'], title: { de: 'Absenden', en: 'Submit' }, signature: 'seal', keepData: false, quorum: 2 });
    expect(validateDefinition(def).errors).toEqual([]);
    updateEvent(def, 'SUBMIT', { signature: null, keepData: null, quorum: null });
    expect(submitOf(def)).toEqual({ by: ['applicant'], title: { de: 'Absenden', en: 'Submit' } });
  });

  it('refuses a quorum outside 1 to 9 or not whole, and an unknown signature, changing nothing', () => {
    const def = skeleton();
    const before = serializeDefinition(def);
    expect(() => updateEvent(def, 'SUBMIT', { quorum: 12 })).toThrow();
    expect(() => updateEvent(def, 'SUBMIT', { quorum: 0 })).toThrow();
    expect(() => updateEvent(def, 'SUBMIT', { quorum: 1.5 })).toThrow();
    expect(() => updateEvent(def, 'SUBMIT', { signature: 'stamp' as 'seal' })).toThrow();
    expect(serializeDefinition(def)).toBe(before);
  });

  it('keeps unknown fields of the event, and undo restores the exact bytes', () => {
    const def = skeleton();
    submitOf(def)['x-keep'] = true;
    const before = serializeDefinition(def);
    let h = startHistory(def);
    h = applyEdit(h, (d) => updateEvent(d, 'SUBMIT', { quorum: 3, signature: 'citizen' }));
    expect(submitOf(h.present)).toMatchObject({ 'x-keep': true, quorum: 3, signature: 'citizen' });
    expect(serializeDefinition(undo(h).present)).toBe(before);
  });
});

describe('panel texts', () => {
  it('has every text of the panels in German and English', () => {
    const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(panelsTexts.en)).toEqual(keys(panelsTexts.de));
  });
});

describe('effect edits', () => {
  it('adds, fills, reorders and removes effects on a transition, keeping a bare target as an object', () => {
    const def = skeleton();
    expect(addEffect(def, submit, 'receipt')).toBe(0);
    expect(addEffect(def, submit, 'notify')).toBe(1);
    setEffectParams(def, submit, 1, { to: 'clerk' });
    expect(states(def).entwurf.on).toEqual({ SUBMIT: { target: 'eingereicht', actions: [{ type: 'receipt' }, { type: 'notify', params: { to: 'clerk' } }] } });
    expect(validateDefinition(def).errors).toEqual([]);
    expect(moveEffect(def, submit, 1, -1)).toBe(0);
    expect(listEffects(def, submit).map((e) => e.type)).toEqual(['notify', 'receipt']);
    expect(() => moveEffect(def, submit, 0, -1)).toThrow();
    removeEffect(def, submit, 0);
    removeEffect(def, submit, 0);
    expect(states(def).entwurf.on).toEqual({ SUBMIT: { target: 'eingereicht' } });
  });

  it('edits a state\'s entry and exit effects; emptied params and lists disappear; unknown fields of an effect stay', () => {
    const def = skeleton();
    const entry: EffectPlace = { kind: 'entry', state: 'eingereicht' };
    addEffect(def, entry, 'createEFile');
    (states(def).eingereicht.entry as any[])[0] = { ...(states(def).eingereicht.entry as any[])[0], 'x-keep': 1 };
    setEffectParams(def, entry, 0, { subject: { de: 'Betreff', en: 'Subject' } });
    expect(states(def).eingereicht.entry).toEqual([{ type: 'createEFile', 'x-keep': 1, params: { subject: { de: 'Betreff', en: 'Subject' } } }]);
    setEffectParams(def, entry, 0, {});
    expect(states(def).eingereicht.entry).toEqual([{ type: 'createEFile', 'x-keep': 1 }]);
    removeEffect(def, entry, 0);
    expect(states(def).eingereicht).not.toHaveProperty('entry');
    expect(listEffects(def, { kind: 'exit', state: 'gibtEsNicht' })).toEqual([]);
  });

  it('a notify without its required recipient is an error until the params are filled', () => {
    const def = skeleton();
    addEffect(def, submit, 'notify');
    expect(validateDefinition(def).errors.length).toBeGreaterThan(0);
    setEffectParams(def, submit, 0, { to: 'applicant' });
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it('is one undo step per edit, and undo restores the catalogue file byte-identical', () => {
    const text = JSON.stringify(load('gewerbeanmeldung'));
    const h = startHistory(JSON.parse(text) as JsonObject);
    const initial = (JSON.parse(text) as { machine: { initial: string } }).machine.initial;
    const edited = applyEdit(h, (d) => addEffect(d, { kind: 'exit', state: initial }, 'receipt'));
    expect(serializeDefinition(edited.present)).not.toBe(text);
    expect(serializeDefinition(undo(edited).present)).toBe(text);
  });
});

describe('data category edits', () => {
  it('adds a category, marks it consent-gated and unmarks it again', () => {
    const def = skeleton();
    addCategory(def, 'einkommen', { de: 'Einkommen', en: 'Income' });
    setConsentRequired(def, 'einkommen', true);
    expect(def.dataCategories).toEqual({ einkommen: { title: { de: 'Einkommen', en: 'Income' }, consentRequired: true } });
    expect(validateDefinition(def).errors).toEqual([]);
    setConsentRequired(def, 'einkommen', false);
    setCategoryTitle(def, 'einkommen', { de: 'Einkünfte', en: 'Income' });
    expect(def.dataCategories).toEqual({ einkommen: { title: { de: 'Einkünfte', en: 'Income' } } });
    expect(() => addCategory(def, 'einkommen', { de: 'x', en: 'x' })).toThrow();
    expect(() => setConsentRequired(def, 'fehlt', true)).toThrow();
    deleteCategory(def, 'einkommen');
    expect(def).not.toHaveProperty('dataCategories');
  });
});

describe('document and notification template edits', () => {
  const codes = (def: JsonObject) => validateDefinition(def).errors.map((e) => `${e.path} ${e.code}`);

  it('builds a Bescheid the checker accepts only with tenor, reasons and Rechtsbehelfsbelehrung in both languages', () => {
    const def = skeleton();
    addDocument(def, 'bescheid', 'mitteilung', { de: 'Bescheid', en: 'Decision' });
    expect(codes(def).some((c) => c.startsWith('/documents/bescheid'))).toBe(true); // tenor and reasons missing
    for (const part of ['tenor', 'reasons'] as const) {
      setDocumentText(def, 'bescheid', part, 'de', `${part}: {{case.reference}}`);
      setDocumentText(def, 'bescheid', part, 'en', `${part} (en): {{case.reference}}`);
    }
    expect(codes(def).filter((c) => c.startsWith('/documents'))).toEqual([]);
    setDocumentKind(def, 'bescheid', 'bescheid');
    expect(codes(def).some((c) => c.startsWith('/documents/bescheid'))).toBe(true); // a Bescheid needs its remedy
    setDocumentText(def, 'bescheid', 'remedy', 'de', 'Gegen diesen Bescheid kann Widerspruch erhoben werden.');
    setDocumentText(def, 'bescheid', 'remedy', 'en', 'An objection may be lodged against this decision.');
    expect(codes(def).filter((c) => c.startsWith('/documents'))).toEqual([]);
    // An optional part emptied in both languages is taken out again.
    setDocumentText(def, 'bescheid', 'notes', 'de', 'Hinweis');
    setDocumentText(def, 'bescheid', 'notes', 'de', '');
    expect(def.documents).toEqual({ bescheid: expect.not.objectContaining({ notes: expect.anything() }) });
    expect(() => addDocument(def, 'bescheid', 'bescheid', { de: 'x', en: 'x' })).toThrow();
    expect(() => addDocument(def, 'Bescheid', 'bescheid', { de: 'x', en: 'x' })).toThrow();
    deleteDocument(def, 'bescheid');
    expect(def.documents).toEqual({});
  });

  it('edits a catalogue notification in one language and leaves the rest of the definition byte for byte', () => {
    const history = startHistory(load('anfrage'));
    const before = serializeDefinition(history.present);
    const edited = applyEdit(history, (d) => setNotificationText(d, 'anfrage-beantwortet', 'body', 'de', 'Neu: {{case.reference}}'));
    const notes = edited.present.notifications as Record<string, { body: { de: string; en: string } }>;
    expect(notes['anfrage-beantwortet']!.body.de).toBe('Neu: {{case.reference}}');
    expect(notes['anfrage-beantwortet']!.body.en).toBe((history.present.notifications as typeof notes)['anfrage-beantwortet']!.body.en);
    expect(serializeDefinition(undo(edited).present)).toBe(before);
    const added = applyEdit(edited, (d) => { addNotification(d, 'hinweis', { de: 'Hinweis', en: 'Notice' }); setNotificationText(d, 'hinweis', 'body', 'de', 'Text'); setNotificationText(d, 'hinweis', 'body', 'en', 'Text'); });
    expect(validateDefinition(added.present).errors).toEqual([]);
    expect(applyEdit(added, (d) => deleteNotification(d, 'hinweis')).present.notifications).not.toHaveProperty('hinweis');
  });
});

describe('portal settings', () => {
  it('sets description, fee, assurance level and LeiKa key, and removes them when emptied', () => {
    const def = load('gewerbeanmeldung');
    setSetting(def, 'fee', { de: 'kostenlos', en: 'free of charge' });
    setSetting(def, 'assuranceLevel', 'high');
    setSetting(def, 'leika', '99050012104000');
    expect(def).toMatchObject({ fee: { de: 'kostenlos', en: 'free of charge' }, assuranceLevel: 'high', leika: '99050012104000' });
    expect(validateDefinition(def).errors).toEqual([]);
    setSetting(def, 'leika', '123');
    expect(validateDefinition(def).errors.map((e) => e.path)).toContain('/leika');
    for (const key of ['leika', 'assuranceLevel'] as const) setSetting(def, key, '');
    setSetting(def, 'fee', { de: '', en: '' });
    setSetting(def, 'description', { de: '', en: '' });
    for (const key of ['leika', 'assuranceLevel', 'fee', 'description']) expect(def).not.toHaveProperty(key);
    expect(validateDefinition(def).errors).toEqual([]);
  });
});

describe('effect places and types for the panel', () => {
  const t = ((key: string, o?: Record<string, string>) => `${key}:${JSON.stringify(o ?? {})}`) as unknown as TFunction;

  it('lists every transition, then each state\'s entry and exit, with keys that stay apart', () => {
    const def = load('baugenehmigung');
    const places = effectPlaces(def, t);
    expect(places.filter((p) => p.place.kind === 'transition')).toHaveLength(listTransitions(def).length);
    expect(places.filter((p) => p.place.kind === 'entry')).toHaveLength(listStates(def).length);
    expect(new Set(places.map((p) => p.key)).size).toBe(places.length);
  });

  it('names every built-in effect type from its schema in German and English, and knows which have params', () => {
    for (const type of effectTypes()) {
      expect(effectTitle(type, 'de')).not.toBe(type);
      expect(effectTitle(type, 'en')).not.toBe(type);
      expect(effectDescription(type, 'en')).not.toBe('');
    }
    expect(hasParams(effectSchema('receipt')!)).toBe(false);
    expect(hasParams(effectSchema('notify')!)).toBe(true);
    expect(effectSchema('gibtEsNicht')).toBeUndefined();
    expect(effectTitle('gibtEsNicht', 'de')).toBe('gibtEsNicht');
    expect(paramsSummary(effectSchema('createEFile')!, { subject: { de: 'Akte', en: 'File' } }, 'en')).toEqual([{ key: 'subject', label: 'Subject', value: 'File' }]);
    expect(paramsSummary(effectSchema('notify')!, { to: 'clerk', extra: [1] }, 'de')).toEqual([{ key: 'to', label: 'Empfänger', value: 'clerk' }, { key: 'extra', label: 'extra', value: '[1]' }]);
  });
});
