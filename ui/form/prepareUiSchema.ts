import type { UiSchema } from '@rjsf/utils';
import { fieldTexts, isFileField } from '../../engine/index.js';

type Schema = Record<string, unknown>;

/** Choices up to this many are radio buttons (all visible at once); more become a select. */
const MAX_RADIOS = 6;

/**
 * A label from a property key where the definition gives no `title`: camelCase and dashes
 * split, first letter capitalised (`geschaetzterWert` → "Geschaetzter Wert").
 */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A choice's label from its value: short codes without two vowels (`gbr`, `gmbh`, `pdf`) in capitals. */
function choiceLabel(value: unknown): string {
  const text = String(value);
  return /^[a-z]{2,4}$/.test(text) && (text.match(/[aeiou]/g) ?? []).length <= 1 ? text.toUpperCase() : humanize(text);
}

/** The label of a field in `language`: the procedure's text (engine `fieldTexts`), else the humanised key. */
export function fieldLabel(schema: Schema, key: string, language: string): string {
  return fieldTexts(schema, language).title ?? humanize(key);
}

/** Labels of a field's choices in `language`: the procedure's, else made from the values. */
function choiceLabels(schema: Schema, language: string): string[] {
  const given = fieldTexts(schema, language).enumTitles;
  return (schema.enum as unknown[]).map((v, i) => given?.[i] ?? choiceLabel(v));
}

/** A file reference as the catalogue declares attachments: `{ name, sha256, mediaType?, size? }`. */
export function isAttachment(schema: Schema): boolean {
  const props = schema.properties as Record<string, unknown> | undefined;
  return schema.type === 'object' && !!props && 'sha256' in props && 'name' in props;
}

/** The uiSchema entries the KERN theme wants for one field (widget choice, label, hint, choice labels). */
function fieldUi(schema: Schema, key: string, given: UiSchema, language: string): UiSchema {
  const { description } = fieldTexts(schema, language);
  const ui: UiSchema = { 'ui:title': fieldLabel(schema, key, language), ...(description ? { 'ui:description': description } : {}), ...given };
  if (isAttachment(schema)) return { ...ui, ...propertiesUi(schema, given, language), 'ui:field': 'attachment' };
  // Declared with `contentEncoding` RJSF would show a text box: every file field gets the file widget.
  if (isFileField(schema)) return { ...ui, 'ui:widget': 'file' };
  if (schema.type === 'object' && schema.properties) return { ...ui, ...propertiesUi(schema, given, language) };
  const enumValues = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (enumValues) {
    ui['ui:enumNames'] = choiceLabels(schema, language);
    ui['ui:widget'] ??= enumValues.length <= MAX_RADIOS ? 'radio' : 'select';
  } else if (schema.type === 'boolean') {
    ui['ui:widget'] ??= 'radio';
  } else if (schema.type === 'array' && schema.items && typeof schema.items === 'object') {
    const items = schema.items as Schema;
    if (isFileField(items)) {
      ui['ui:widget'] ??= 'files';
    } else if (Array.isArray(items.enum) && schema.uniqueItems) {
      ui['ui:widget'] ??= 'checkboxes';
      ui['ui:enumNames'] = choiceLabels(items, language);
    } else {
      ui.items = fieldUi(items, key, (given.items as UiSchema | undefined) ?? {}, language);
      ui.items['ui:title'] = fieldLabel(schema, key, language);
      delete ui.items['ui:description'];
    }
  } else if (schema.type === 'string' && typeof schema.maxLength === 'number' && schema.maxLength > 200 && !schema.format) {
    ui['ui:widget'] ??= 'textarea';
  }
  return ui;
}

function propertiesUi(schema: Schema, given: UiSchema, language: string): UiSchema {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.fromEntries(Object.entries(props).map(([key, sub]) => [key, fieldUi(sub, key, (given[key] as UiSchema | undefined) ?? {}, language)]));
}

/**
 * The uiSchema a form is rendered with in `language`: the definition's own (order, widgets)
 * completed with a label and hint for every field and a label for every choice (the
 * definition's texts, see engine `fieldTexts`), radio buttons for yes/no and short choices,
 * checkboxes for multiple choice, a text area for long text and the file field for attachments.
 */
export function prepareUiSchema(schema: Schema, given: UiSchema, language: string): UiSchema {
  return { ...given, ...propertiesUi(schema, given, language), 'ui:submitButtonOptions': { norender: true } };
}
