import { pointer } from './DefinitionIssue.js';
import { declaredCategories, expandSchemas, isSchema, itemSchemas, propertySchemas } from './categorySchemas.js';
import type { SchemaNode } from './categorySchemas.js';
import type { ProcedureConfig } from './types.js';

/** Category of data that carries none: general case data (Verfahrensdaten). */
export const GENERAL_CATEGORY = 'verfahrensdaten';

/**
 * The data categories of one form's data: those present (sorted), and where they are — `at`
 * maps a JSON pointer into the data to the categories of the value there, for the root and
 * every place whose categories differ from its parent's. Plain data, so it can travel in an
 * activity input.
 */
export interface CategoryMap {
  categories: string[];
  at: Record<string, string[]>;
}

/** Categories the procedure marks `consentRequired`. */
export function gatedCategories(def: ProcedureConfig): Set<string> {
  return new Set(Object.entries(def.dataCategories ?? {}).filter(([, c]) => c.consentRequired === true).map(([name]) => name));
}

/**
 * The categories of a place: what its schemas declare, else its parent's. A value inside
 * consent-gated data stays gated whatever it declares itself.
 */
export function placeCategories(schemas: SchemaNode[], parent: string[], gated: Set<string>): string[] {
  const declared = declaredCategories(schemas);
  if (!declared.length) return parent;
  return [...new Set([...declared, ...parent.filter((c) => gated.has(c))])].sort();
}

/** The schema of a form, or an empty one for a form the procedure does not have. */
export function formSchema(def: ProcedureConfig, form: string): SchemaNode {
  const forms = def.forms ?? {};
  const schema = Object.hasOwn(forms, form) ? forms[form]?.schema : undefined;
  return isSchema(schema) ? schema : {};
}

/**
 * The categories of data submitted with `form`, at any depth: nested objects, arrays and
 * `$ref`s. Values are leaves; an empty object or array counts as a value of its own categories.
 */
export function categorizeData(def: ProcedureConfig, form: string, data: unknown): CategoryMap {
  const root = formSchema(def, form);
  const gated = gatedCategories(def);
  const present = new Set<string>();
  const at: Record<string, string[]> = {};
  const rootSchemas = expandSchemas(root, [root]);
  const rootCategories = placeCategories(rootSchemas, [GENERAL_CATEGORY], gated);
  at[''] = rootCategories;
  const stack: { value: unknown; schemas: SchemaNode[]; categories: string[]; path: string }[] = [{ value: data, schemas: rootSchemas, categories: rootCategories, path: '' }];
  while (stack.length) {
    const { value, schemas, categories, path } = stack.pop()!;
    const children: [string | number, unknown[]][] = Array.isArray(value)
      ? value.map((_, i) => [i, itemSchemas(schemas, i)])
      : value !== null && typeof value === 'object' ? Object.keys(value).map((k) => [k, propertySchemas(schemas, k)]) : [];
    if (!children.length) categories.forEach((c) => present.add(c));
    for (const [key, applicable] of children) {
      const childSchemas = expandSchemas(root, applicable);
      const childCategories = placeCategories(childSchemas, categories, gated);
      const childPath = `${path}${pointer(key)}`;
      if (childCategories !== categories) at[childPath] = childCategories;
      stack.push({ value: (value as Record<string | number, unknown>)[key], schemas: childSchemas, categories: childCategories, path: childPath });
    }
  }
  return { categories: [...present].sort(), at };
}

/** The categories of the value at `path` (a JSON pointer into the data) of a `CategoryMap`. */
export function categoriesAt(map: CategoryMap, path: string): string[] {
  for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (Object.hasOwn(map.at, p)) return map.at[p]!;
    if (p === '') return [GENERAL_CATEGORY];
  }
}

/** The categories present in a case's data (form id → that form's data). */
export function caseDataCategories(def: ProcedureConfig, data: Record<string, unknown>): string[] {
  const found = new Set<string>();
  for (const [form, values] of Object.entries(data)) categorizeData(def, form, values).categories.forEach((c) => found.add(c));
  return [...found].sort();
}
