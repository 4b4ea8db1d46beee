/**
 * The texts of form fields. A field's German label and hint are JSON Schema's own `title` and
 * `description` (so every JSON Schema tool shows them); English lives in the vendor keyword
 * `x-i18n: { en: { title, description } }`, the labels of choices in
 * `x-enum-titles: { de: [...], en: [...] }` beside the `enum` (same order).
 */

/** A JSON Schema as plain data. */
type Schema = Record<string, unknown>;

/** The texts of a field in one language; a text the field lacks is left out. */
export interface FieldTexts {
  title?: string;
  description?: string;
  /** Labels of the choices, in the order of `enum`. */
  enumTitles?: string[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const texts = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v as string[] : undefined);

/**
 * The texts of a field schema in `language` (`de` or `en`). English falls back to German where
 * the definition has no English text (a German label beats a made-up one); undefined where
 * neither exists, so the caller can fall back to the property name.
 */
export function fieldTexts(schema: Schema, language: string): FieldTexts {
  const i18n = (schema['x-i18n'] ?? {}) as Record<string, Schema | undefined>;
  const choices = (schema['x-enum-titles'] ?? {}) as Record<string, unknown>;
  const own = language === 'de' ? undefined : i18n[language];
  const result: FieldTexts = {};
  const title = text(own?.title) ?? text(schema.title);
  const description = text(own?.description) ?? text(schema.description);
  const enumTitles = (language === 'de' ? undefined : texts(choices[language])) ?? texts(choices.de);
  if (title) result.title = title;
  if (description) result.description = description;
  if (enumTitles) result.enumTitles = enumTitles;
  return result;
}

/** A field of a form: its JSON pointer in the form schema and its schema. */
export interface FormField {
  pointer: string;
  schema: Schema;
}

const isObject = (v: unknown): v is Schema => !!v && typeof v === 'object' && !Array.isArray(v);

/** Parts of a file reference (`{ name, sha256, … }`) that the file field fills, not the person. */
const FILE_KEYS = new Set(['name', 'sha256', 'mediaType', 'size']);
const isAttachment = (schema: Schema) => isObject(schema.properties) && 'sha256' in schema.properties && 'name' in schema.properties;

/**
 * Every field a person fills in, at every depth: each entry of `properties` (of the form, of
 * groups, of list items and of `$defs`), except the parts of a file reference that the file
 * field fills (what an attachment says besides the file, like the kind of document, counts). Branches of
 * `allOf` / `if` only constrain fields declared elsewhere and are not walked.
 */
export function formFields(root: Schema): FormField[] {
  const found: FormField[] = [];
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const walk = (schema: Schema, at: string) => {
    const file = isAttachment(schema);
    if (isObject(schema.properties)) {
      for (const [key, sub] of Object.entries(schema.properties)) {
        if (!isObject(sub) || (file && FILE_KEYS.has(key))) continue;
        const pointer = `${at}/properties/${esc(key)}`;
        found.push({ pointer, schema: sub });
        walk(sub, pointer);
      }
    }
    if (isObject(schema.items)) walk(schema.items, `${at}/items`);
  };
  walk(root, '');
  for (const [key, def] of Object.entries(isObject(root.$defs) ? root.$defs : {})) {
    if (isObject(def)) walk(def, `/$defs/${esc(key)}`);
  }
  return found;
}

/** The schema of a field that holds the choices: the field itself, or the items of a multiple choice. */
export function choiceSchema(field: Schema): Schema | undefined {
  if (Array.isArray(field.enum)) return field;
  if (isObject(field.items) && Array.isArray(field.items.enum)) return field.items;
  return undefined;
}
