import { GENERAL_CATEGORY, formSchema, gatedCategories, placeCategories } from './categorizeData.js';
import { expandSchemas, itemSchemas, propertySchemas } from './categorySchemas.js';
import type { SchemaNode } from './categorySchemas.js';
import type { ProcedureConfig } from './types.js';

const WITHHELD = Symbol('withheld');

/**
 * A case's data (form id → data) with only the values whose categories are all in `allowed`,
 * at any depth. An object or array keeps the values it may show and is left out when none is
 * left (so not even its existence shows); an empty one counts as a value of its own categories.
 * Each form stays as a key, `{}` when nothing of it may be shown.
 */
export function pickCategories(def: ProcedureConfig, data: Record<string, unknown>, allowed: ReadonlySet<string>): Record<string, unknown> {
  const gated = gatedCategories(def);
  const shows = (categories: string[]) => categories.every((c) => allowed.has(c));
  const pick = (root: SchemaNode, value: unknown, schemas: SchemaNode[], categories: string[]): unknown => {
    const child = (applicable: unknown[], v: unknown) => {
      const childSchemas = expandSchemas(root, applicable);
      return pick(root, v, childSchemas, placeCategories(childSchemas, categories, gated));
    };
    if (Array.isArray(value)) {
      const items = value.map((v, i) => child(itemSchemas(schemas, i), v)).filter((v) => v !== WITHHELD);
      return items.length || (!value.length && shows(categories)) ? items : WITHHELD;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => [k, child(propertySchemas(schemas, k), v)] as const).filter(([, v]) => v !== WITHHELD);
      return entries.length || (!Object.keys(value).length && shows(categories)) ? Object.fromEntries(entries) : WITHHELD;
    }
    return shows(categories) ? value : WITHHELD;
  };
  return Object.fromEntries(Object.entries(data).map(([form, values]) => {
    const root = formSchema(def, form);
    const schemas = expandSchemas(root, [root]);
    const picked = pick(root, values, schemas, placeCategories(schemas, [GENERAL_CATEGORY], gated));
    return [form, picked === WITHHELD ? {} : picked];
  }));
}
