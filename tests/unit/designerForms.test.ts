import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition, validateForm } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import {
  FIELD_KINDS, addField, fieldKeyFor, addForm, applyEdit, deleteField, deleteForm, fieldKind, moveField, procedureSkeleton, renameField, renameForm, sampleObject,
  serializeDefinition, setChoices, setExamples, setFieldKeyword, setFieldText, setFormPublic, setFormTitle, setRequired, startHistory, undo, updateEvent,
} from '../../designer/model/index.js';
import type { JsonObject } from '../../designer/model/index.js';
import { formElementFor, formOfRow } from '../../designer/components/forms/formIds.js';
import { formsTexts } from '../../designer/texts/forms.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../definitions/${name}/procedure.json`, import.meta.url), 'utf8')) as JsonObject;
const forms = (def: JsonObject) => def.forms as Record<string, { title?: unknown; schema: any; uiSchema?: any }>;
const skeleton = () => procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'bezirksamt-mitte', '§ 1 Test');

/** A skeleton whose SUBMIT carries form `antrag` with a name and an e-mail address. */
function withForm(): JsonObject {
  let h = startHistory(skeleton());
  h = applyEdit(h, (d) => {
    addForm(d, 'antrag', { de: 'Antrag', en: 'Application' });
    addField(d, 'antrag', 'name', 'text', 'Name');
    addField(d, 'antrag', 'email', 'email', 'E-Mail');
    updateEvent(d, 'SUBMIT', { form: 'antrag' });
  });
  return h.present;
}

describe('the form builder\'s edits', () => {
  it('adds a form with fields that validates, and warns form-no-sample until an example is there', () => {
    const def = withForm();
    expect(Object.keys(forms(def).antrag!.schema.properties)).toEqual(['name', 'email']);
    const before = validateDefinition(def);
    expect(before.errors).toEqual([]);
    const def2 = applyEdit(startHistory(def), (d) => {
      setRequired(d, 'antrag', 'email', true);
      setFieldKeyword(d, 'antrag', 'email', 'minLength', 3);
      setExamples(d, 'antrag', [sampleObject(forms(d).antrag!.schema)]);
    }).present;
    const after = validateDefinition(def2);
    expect(after.errors).toEqual([]);
    expect(after.warnings.map((w) => w.code)).not.toContain('form-no-sample');
    expect(forms(def2).antrag!.schema.required).toEqual(['email']);
  });

  it('makes every palette kind a field that validates and whose sample its form accepts', () => {
    const def = applyEdit(startHistory(withForm()), (d) => {
      for (const kind of FIELD_KINDS) {
        addField(d, 'antrag', `f${kind}`, kind, `Feld ${kind}`);
        setRequired(d, 'antrag', `f${kind}`, true);
      }
    }).present;
    const schema = forms(def).antrag!.schema;
    for (const kind of FIELD_KINDS) expect(fieldKind(schema.properties[`f${kind}`])).toBe(kind);
    const sample = sampleObject(schema);
    expect(Object.keys(sample)).toEqual(Object.keys(schema.properties));
    expect(validateForm(def as unknown as ProcedureConfig, 'antrag', sample)).toEqual({ ok: true });
    const result = validateDefinition(def);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('form-no-sample');
    const withExample = applyEdit(startHistory(def), (d) => setExamples(d, 'antrag', [sample])).present;
    expect(validateDefinition(withExample).warnings.map((w) => w.code)).not.toContain('form-no-sample');
  });

  it('renames a form in place and repoints the events that carry it', () => {
    const def = applyEdit(startHistory(withForm()), (d) => { addForm(d, 'zweites', { de: 'Z', en: 'Z' }); renameForm(d, 'antrag', 'anmeldung'); }).present;
    expect(Object.keys(forms(def))).toEqual(['anmeldung', 'zweites']);
    expect((def.events as any).SUBMIT.form).toBe('anmeldung');
    expect(() => applyEdit(startHistory(def), (d) => renameForm(d, 'anmeldung', 'zweites'))).toThrow(/exists/);
    expect(() => applyEdit(startHistory(def), (d) => renameForm(d, 'anmeldung', 'Gross'))).toThrow(/invalid/);
  });

  it('renames, moves and deletes a field together with required, examples and uiSchema', () => {
    let h = startHistory(withForm());
    h = applyEdit(h, (d) => {
      addField(d, 'antrag', 'alter', 'integer', 'Alter');
      setRequired(d, 'antrag', 'alter', true);
      setRequired(d, 'antrag', 'name', true);
      setExamples(d, 'antrag', [{ name: 'Erika', email: 'e@example.org', alter: 40 }]);
      forms(d).antrag!.uiSchema = { 'ui:order': ['name', 'email', 'alter'], email: { 'ui:help': 'x' } };
    });
    h = applyEdit(h, (d) => { renameField(d, 'antrag', 'email', 'mail'); moveField(d, 'antrag', 'alter', -1); });
    let form = forms(h.present).antrag!;
    expect(Object.keys(form.schema.properties)).toEqual(['name', 'alter', 'mail']);
    expect(form.schema.required).toEqual(['name', 'alter']);
    expect(form.schema.examples).toEqual([{ name: 'Erika', mail: 'e@example.org', alter: 40 }]);
    expect(form.uiSchema).toEqual({ 'ui:order': ['name', 'alter', 'mail'], mail: { 'ui:help': 'x' } });
    h = applyEdit(h, (d) => deleteField(d, 'antrag', 'name'));
    form = forms(h.present).antrag!;
    expect(Object.keys(form.schema.properties)).toEqual(['alter', 'mail']);
    expect(form.schema.required).toEqual(['alter']);
    expect(form.schema.examples).toEqual([{ mail: 'e@example.org', alter: 40 }]);
    expect(form.uiSchema['ui:order']).toEqual(['alter', 'mail']);
    expect(() => applyEdit(h, (d) => moveField(d, 'antrag', 'alter', -1))).toThrow(/cannot move/);
    expect(() => applyEdit(h, (d) => addField(d, 'antrag', 'mail', 'text', 'X'))).toThrow(/exists/);
  });

  it('sets texts in both languages, choices, and the data category of a field', () => {
    const def = applyEdit(startHistory(withForm()), (d) => {
      d.dataCategories = { einkommen: { consentRequired: true, title: { de: 'Einkommen', en: 'Income' } } };
      setFieldText(d, 'antrag', 'name', 'title', 'en', 'Name (EN)');
      setFieldText(d, 'antrag', 'name', 'description', 'de', 'Wie im Ausweis');
      addField(d, 'antrag', 'art', 'choice', 'Art');
      setChoices(d, 'antrag', 'art', ['a', 'b', 'c'], { de: ['A', 'B', 'C'], en: ['A', 'B', 'C'] });
      setFieldKeyword(d, 'antrag', 'name', 'x-data-category', 'einkommen');
      setFormTitle(d, 'antrag', { de: 'Neuer Antrag', en: 'New application' });
    }).present;
    const name = forms(def).antrag!.schema.properties.name;
    expect(name).toEqual({ title: 'Name', 'x-i18n': { en: { title: 'Name (EN)' } }, type: 'string', maxLength: 200, description: 'Wie im Ausweis', 'x-data-category': 'einkommen' });
    expect(forms(def).antrag!.schema.properties.art.enum).toEqual(['a', 'b', 'c']);
    expect(validateDefinition(def).errors).toEqual([]);
    expect(() => applyEdit(startHistory(def), (d) => setChoices(d, 'antrag', 'art', ['a', 'a'], { de: [], en: [] }))).toThrow();
    const cleared = applyEdit(startHistory(def), (d) => setFieldKeyword(d, 'antrag', 'name', 'x-data-category', undefined)).present;
    expect(forms(cleared).antrag!.schema.properties.name).not.toHaveProperty('x-data-category');
  });

  it('keeps fields it does not know, and undo restores the exact bytes', () => {
    const def = load('wohnsitzanmeldung');
    const text = serializeDefinition(def);
    const anmeldung = forms(def).anmeldung!.schema;
    let h = startHistory(def);
    h = applyEdit(h, (d) => { addField(d, 'anmeldung', 'telefon', 'text', 'Telefon'); moveField(d, 'anmeldung', 'telefon', -1); renameField(d, 'anmeldung', 'geburtsort', 'ort'); });
    const edited = forms(h.present).anmeldung!.schema;
    expect(edited.$defs).toEqual(anmeldung.$defs);
    expect(edited.properties.familienname).toEqual(anmeldung.properties.familienname);
    expect(edited.properties.ort).toEqual(anmeldung.properties.geburtsort);
    expect(edited.additionalProperties).toBe(false);
    expect(serializeDefinition(undo(h).present)).toBe(text);
    h = applyEdit(startHistory(def), (d) => deleteForm(d, 'anmeldung'));
    expect(forms(h.present).anmeldung).toBeUndefined();
    expect(serializeDefinition(undo(h).present)).toBe(text);
  });

  it('marks a form public and back, removing the key; the definition stays valid', () => {
    const def = withForm();
    setFormPublic(def, 'antrag', true);
    expect(forms(def).antrag).toMatchObject({ public: true });
    expect(validateDefinition(def).errors).toEqual([]);
    setFormPublic(def, 'antrag', false);
    expect(forms(def).antrag).not.toHaveProperty('public');
    expect(() => setFormPublic(def, 'nichtda', true)).toThrow();
  });

  it('makes a field key from a German label, free among the taken ones', () => {
    expect(fieldKeyFor('Tag des Einzugs', [])).toBe('tagDesEinzugs');
    expect(fieldKeyFor('Straße und Größe', [])).toBe('strasseUndGroesse');
    expect(fieldKeyFor('2 Kinder', [])).toBe('feld2Kinder');
    expect(fieldKeyFor('!!!', [])).toBe('feld');
    expect(fieldKeyFor('Name', ['name', 'name2'])).toBe('name3');
  });

  it('leads a finding about a form, a field or the examples to the builder\'s input', () => {
    expect(formElementFor('/forms/antrag/schema/properties/name')).toEqual({ row: 'fm-antrag-f-name', field: 'fm-antrag-f-name-title' });
    expect(formElementFor('/forms/antrag/schema/properties/name/x-i18n')).toEqual({ row: 'fm-antrag-f-name', field: 'fm-antrag-f-name-title' });
    expect(formElementFor('/forms/antrag/schema/examples/0/name')).toEqual({ row: 'fm-antrag', field: 'fm-antrag-examples' });
    expect(formElementFor('/forms/antrag')).toEqual({ row: 'fm-antrag', field: 'fm-antrag-name' });
    expect(formElementFor('/events/SUBMIT/form')).toBeUndefined();
    expect(formOfRow('fm-antrag-f-name', ['anmeldung', 'antrag'])).toBe('antrag');
    expect(formOfRow('fm-antrag', ['antrag'])).toBe('antrag');
    expect(formOfRow('fm-antragNeu-f-x', ['antrag'])).toBeUndefined();
    expect(formOfRow('st-entwurf', ['antrag'])).toBeUndefined();
  });

  it('has every text of the form builder in German and English', () => {
    const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(formsTexts.en)).toEqual(keys(formsTexts.de));
    for (const kind of [...FIELD_KINDS, 'other']) expect(formsTexts.de.kinds).toHaveProperty(kind);
  });
});
