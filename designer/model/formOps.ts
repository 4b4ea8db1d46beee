import { isObject, objectAt, renameKey } from './json.js';
import type { JsonObject } from './json.js';
import { FIELD_KINDS, fieldSchema } from './fieldKinds.js';
import type { FieldKind } from './fieldKinds.js';

/** A form's name and a field's key: a lower-case letter, then letters and digits (the meta-schema's rule for forms). */
export const FORM_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

type Text = { de: string; en: string };

const formsOf = (def: JsonObject): JsonObject => {
  def.forms = { ...objectAt(def.forms) };
  return def.forms as JsonObject;
};

/** The form `name` of a definition, copied so the edit may change it (throws when missing). */
function formOf(def: JsonObject, name: string): JsonObject {
  const forms = formsOf(def);
  if (!isObject(forms[name])) throw new Error(`no form ${name}`);
  const form = structuredClone(forms[name]);
  forms[name] = form;
  form.schema = objectAt(form.schema);
  return form;
}

/** The schema of form `name`, ready to change (throws when the form is missing). */
const schemaOf = (def: JsonObject, name: string): JsonObject => formOf(def, name).schema as JsonObject;

/** The fields (`properties`) of a form schema, ready to change. */
const propsOf = (schema: JsonObject): JsonObject => {
  schema.properties = objectAt(schema.properties);
  return schema.properties as JsonObject;
};

/** The field `key` of form `form`, ready to change (throws when it is missing). */
function fieldOf(def: JsonObject, form: string, key: string): { schema: JsonObject; field: JsonObject } {
  const schema = schemaOf(def, form);
  const props = propsOf(schema);
  if (!isObject(props[key])) throw new Error(`no field ${key} in ${form}`);
  return { schema, field: props[key] };
}

/** Adds an empty form (an object schema without fields) with a title. */
export function addForm(def: JsonObject, name: string, title: Text): void {
  if (!FORM_NAME.test(name)) throw new Error(`invalid form name ${name}`);
  const forms = formsOf(def);
  if (Object.hasOwn(forms, name)) throw new Error(`form ${name} exists`);
  forms[name] = { title, schema: { type: 'object', properties: {} } };
}

/** Renames a form in place (order kept) and repoints the events that carry it. */
export function renameForm(def: JsonObject, from: string, to: string): void {
  if (from === to) return;
  if (!FORM_NAME.test(to)) throw new Error(`invalid form name ${to}`);
  const forms = formsOf(def);
  if (!Object.hasOwn(forms, from)) throw new Error(`no form ${from}`);
  if (Object.hasOwn(forms, to)) throw new Error(`form ${to} exists`);
  def.forms = renameKey(forms, from, to);
  if (!isObject(def.events)) return;
  def.events = Object.fromEntries(Object.entries(def.events).map(([n, e]) => [n, isObject(e) && e.form === from ? { ...e, form: to } : e]));
}

/** Deletes a form; events that carry it keep the name, for the problems panel to name. */
export function deleteForm(def: JsonObject, name: string): void {
  delete formsOf(def)[name];
}

/** Sets a form's title. */
export function setFormTitle(def: JsonObject, name: string, title: Text): void {
  formOf(def, name).title = title;
}

/**
 * Marks a form's data public (a contract notice anyone may read while the case can be joined);
 * `false` removes the key.
 */
export function setFormPublic(def: JsonObject, name: string, published: boolean): void {
  const form = formOf(def, name);
  if (published) form.public = true;
  else delete form.public;
}

/** Calls `fn` with every example of a form schema that is an object (examples of fields stay). */
function eachExample(schema: JsonObject, fn: (example: JsonObject) => JsonObject): void {
  if (Array.isArray(schema.examples)) schema.examples = schema.examples.map((e) => (isObject(e) ? fn(e) : e));
}

/**
 * Adds a field of `kind` at the end of a form, with a German title (English the same until
 * translated); a key that exists already is refused.
 */
export function addField(def: JsonObject, form: string, key: string, kind: FieldKind, title: string): void {
  if (!FORM_NAME.test(key)) throw new Error(`invalid field key ${key}`);
  if (!FIELD_KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  const props = propsOf(schemaOf(def, form));
  if (Object.hasOwn(props, key)) throw new Error(`field ${key} exists`);
  props[key] = { title, 'x-i18n': { en: { title } }, ...fieldSchema(kind) };
}

/** Renames a field in place, in `required`, in the examples and in the form's uiSchema. */
export function renameField(def: JsonObject, form: string, from: string, to: string): void {
  if (from === to) return;
  if (!FORM_NAME.test(to)) throw new Error(`invalid field key ${to}`);
  const f = formOf(def, form);
  const schema = f.schema as JsonObject;
  const props = propsOf(schema);
  if (!Object.hasOwn(props, from)) throw new Error(`no field ${from}`);
  if (Object.hasOwn(props, to)) throw new Error(`field ${to} exists`);
  schema.properties = renameKey(props, from, to);
  if (Array.isArray(schema.required)) schema.required = schema.required.map((k) => (k === from ? to : k));
  eachExample(schema, (e) => renameKey(e, from, to));
  if (isObject(f.uiSchema)) {
    const ui = renameKey(f.uiSchema, from, to);
    if (Array.isArray(ui['ui:order'])) ui['ui:order'] = ui['ui:order'].map((k) => (k === from ? to : k));
    f.uiSchema = ui;
  }
}

/** Deletes a field, and its key from `required`, the examples and the form's uiSchema. */
export function deleteField(def: JsonObject, form: string, key: string): void {
  const f = formOf(def, form);
  const schema = f.schema as JsonObject;
  delete propsOf(schema)[key];
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((k) => k !== key);
  eachExample(schema, (e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));
  if (isObject(f.uiSchema)) {
    const ui: JsonObject = { ...f.uiSchema };
    delete ui[key];
    if (Array.isArray(ui['ui:order'])) ui['ui:order'] = ui['ui:order'].filter((k) => k !== key);
    f.uiSchema = ui;
  }
}

/** Moves a field one place up (-1) or down (+1); the order of `properties` is the order on screen (and `ui:order` where given). */
export function moveField(def: JsonObject, form: string, key: string, delta: -1 | 1): void {
  const f = formOf(def, form);
  const schema = f.schema as JsonObject;
  const entries = Object.entries(propsOf(schema));
  const from = entries.findIndex(([k]) => k === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= entries.length) throw new Error(`cannot move ${key}`);
  [entries[from], entries[to]] = [entries[to]!, entries[from]!];
  schema.properties = Object.fromEntries(entries);
  const ui = isObject(f.uiSchema) ? f.uiSchema : undefined;
  if (ui && Array.isArray(ui['ui:order'])) {
    const rest = (ui['ui:order'] as unknown[]).filter((k) => typeof k !== 'string' || !Object.hasOwn(schema.properties as JsonObject, k));
    f.uiSchema = { ...ui, 'ui:order': [...entries.map(([k]) => k), ...rest] };
  }
}

/** Makes a field required or optional. */
export function setRequired(def: JsonObject, form: string, key: string, required: boolean): void {
  const { schema } = fieldOf(def, form, key);
  const list = (Array.isArray(schema.required) ? schema.required : []).filter((k) => k !== key);
  if (required) {
    const order = Object.keys(propsOf(schema));
    list.push(key);
    list.sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b)));
  }
  if (list.length) schema.required = list;
  else delete schema.required;
}

/** Sets a field's title or description in one language (German: `title`, English: `x-i18n.en`); empty text removes it. */
export function setFieldText(def: JsonObject, form: string, key: string, which: 'title' | 'description', language: 'de' | 'en', text: string): void {
  const { field } = fieldOf(def, form, key);
  if (language === 'de') {
    if (text) field[which] = text;
    else delete field[which];
    return;
  }
  const i18n = objectAt(field['x-i18n']);
  const en = { ...objectAt(i18n.en) };
  if (text) en[which] = text;
  else delete en[which];
  field['x-i18n'] = { ...i18n, en };
}

/** Keywords of a field the property editor sets one by one (undefined removes one). */
export const FIELD_KEYWORDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'x-data-category', 'x-maxBytes'] as const;

/** Sets or (undefined) removes one keyword of a field. */
export function setFieldKeyword(def: JsonObject, form: string, key: string, keyword: (typeof FIELD_KEYWORDS)[number], value: string | number | undefined): void {
  if (!FIELD_KEYWORDS.includes(keyword)) throw new Error(`keyword ${keyword} is not edited here`);
  const { field } = fieldOf(def, form, key);
  if (value === undefined || value === '') delete field[keyword];
  else field[keyword] = value;
}

/** Sets a choice field's values and their labels (`enum`, `x-enum-titles`); values must be distinct. */
export function setChoices(def: JsonObject, form: string, key: string, values: string[], labels: { de: string[]; en: string[] }): void {
  if (!values.length || new Set(values).size !== values.length) throw new Error('choices must be distinct and not empty');
  const { field } = fieldOf(def, form, key);
  field.enum = values;
  field['x-enum-titles'] = { ...objectAt(field['x-enum-titles']), de: labels.de, en: labels.en };
}

/** Sets a form's examples (sample inputs for simulation and paths); an empty list removes them. */
export function setExamples(def: JsonObject, form: string, examples: unknown[]): void {
  const schema = schemaOf(def, form);
  if (examples.length) schema.examples = examples;
  else delete schema.examples;
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A field key made from a German label, free in `taken`: "Tag des Einzugs" → `tagDesEinzugs`
 * (umlauts spelled out); `feld` where the label gives none; a number appended where taken.
 */
export function fieldKeyFor(title: string, taken: string[]): string {
  const words = title.toLowerCase().replace(/[äöüß]/g, (c) => UMLAUTS[c]!).split(/[^a-z0-9]+/).filter(Boolean);
  let base = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('').slice(0, 40);
  if (!FORM_NAME.test(base)) base = `feld${base}`.slice(0, 40);
  if (!FORM_NAME.test(base)) base = 'feld';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}${n}`;
  return key;
}
