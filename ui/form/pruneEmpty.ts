import { isFileField } from '../../engine/index.js';

type Schema = Record<string, unknown>;

/**
 * Form data without what the person left empty: `undefined` values, empty entries of a list of
 * files, and optional groups and
 * lists that hold nothing (RJSF may fill an optional group with `{}`, which its required
 * sub-fields would then refuse). Required groups stay, so their own fields are asked for.
 */
export function pruneEmpty(data: unknown, schema: Schema = {}, keep = true): unknown {
  if (Array.isArray(data)) {
    const itemSchema = (schema.items && typeof schema.items === 'object' ? schema.items : {}) as Schema;
    // A list of files holds only chosen files: RJSF fills it with `minItems` empty entries first.
    const chosen = isFileField(itemSchema) ? data.filter((v) => typeof v === 'string' && v !== '') : data;
    const items = chosen.map((v) => pruneEmpty(v, itemSchema, true)).filter((v) => v !== undefined);
    return items.length || keep ? items : undefined;
  }
  if (data && typeof data === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const entries = Object.entries(data)
      .map(([k, v]) => [k, pruneEmpty(v, props[k] ?? {}, required.includes(k))] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length || keep ? Object.fromEntries(entries) : undefined;
  }
  return data;
}
