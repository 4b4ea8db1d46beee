import { expandSchemas, isSchema, itemSchemas, propertySchemas } from '../categorySchemas.js';
import type { SchemaNode } from '../categorySchemas.js';
import { GENERAL_CATEGORY, formSchema, gatedCategories, placeCategories } from '../categorizeData.js';
import type { ProcedureConfig } from '../types.js';

/**
 * What a template needs to know of one place in a form's data: how to show its value (type,
 * format, choice labels) and which data categories it holds. Plain data, so it travels in an
 * activity input; built from the form schemas, which the workflow holds.
 */
export interface FieldShape {
  type?: string;
  format?: string;
  /** An `enum` with its labels (`x-enum-titles`), same order. */
  choices?: { values: unknown[]; de?: string[]; en?: string[] };
  /** A file reference (`{ name, sha256, … }`) or a `data:` URL: shown as "Anlage", never as content. */
  file?: true;
  categories: string[];
  /** Properties of an object. */
  fields?: Record<string, FieldShape>;
  /** Items of a list. */
  items?: FieldShape;
}

/** The root shape of each form of a procedure, by form id. */
export type FormShapes = Record<string, FieldShape>;

const MAX_DEPTH = 8;
const FILE_KEYS = ['name', 'sha256'];

function first<T>(schemas: SchemaNode[], pick: (s: SchemaNode) => T | undefined): T | undefined {
  for (const s of schemas) {
    const v = pick(s);
    if (v !== undefined) return v;
  }
  return undefined;
}

const texts = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v as string[] : undefined);

function shapeOf(root: SchemaNode, schemas: SchemaNode[], categories: string[], gated: Set<string>, depth: number): FieldShape {
  const shape: FieldShape = { categories };
  const type = first(schemas, (s) => (typeof s.type === 'string' ? s.type : undefined));
  const format = first(schemas, (s) => (typeof s.format === 'string' ? s.format : undefined));
  if (type) shape.type = type;
  if (format) shape.format = format;
  if (format === 'data-url' || first(schemas, (s) => (typeof s.contentEncoding === 'string' ? true : undefined))) shape.file = true;
  const withEnum = schemas.find((s) => Array.isArray(s.enum));
  if (withEnum) {
    const titles = isSchema(withEnum['x-enum-titles']) ? withEnum['x-enum-titles'] : {};
    const de = texts(titles.de);
    const en = texts(titles.en);
    shape.choices = { values: withEnum.enum as unknown[], ...(de ? { de } : {}), ...(en ? { en } : {}) };
  }
  if (depth >= MAX_DEPTH) return shape;
  const keys = new Set(schemas.flatMap((s) => (isSchema(s.properties) ? Object.keys(s.properties) : [])));
  if (FILE_KEYS.every((k) => keys.has(k))) shape.file = true;
  if (keys.size) {
    const fields: Record<string, FieldShape> = Object.create(null) as Record<string, FieldShape>;
    for (const key of keys) {
      const child = expandSchemas(root, propertySchemas(schemas, key));
      fields[key] = shapeOf(root, child, placeCategories(child, categories, gated), gated, depth + 1);
    }
    shape.fields = fields;
  }
  const items = expandSchemas(root, itemSchemas(schemas, Number.MAX_SAFE_INTEGER));
  if (items.length) shape.items = shapeOf(root, items, placeCategories(items, categories, gated), gated, depth + 1);
  return shape;
}

/** The shapes of every form of a procedure (see {@link FieldShape}). */
export function formShapes(def: ProcedureConfig): FormShapes {
  const gated = gatedCategories(def);
  const shapes: FormShapes = Object.create(null) as FormShapes;
  for (const form of Object.keys(def.forms ?? {})) {
    const root = formSchema(def, form);
    const schemas = expandSchemas(root, [root]);
    shapes[form] = shapeOf(root, schemas, placeCategories(schemas, [GENERAL_CATEGORY], gated), gated, 0);
  }
  return shapes;
}
