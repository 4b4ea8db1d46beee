import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from './createAjv.js';
import { fileLimits, isFileField } from './fileFields.js';
import type { FormConfig } from './types.js';

type Forms = Record<string, FormConfig>;
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
// Branches of a combinator see only part of the object: closing them would reject the rest.
const BRANCHES = new Set(['not', 'if', 'then', 'else']);
const SCHEMA_VALUES = new Set(['items', 'not', 'if', 'then', 'else', 'contains', 'additionalItems', 'unevaluatedItems']);
const cache = new WeakMap<Forms, { ajv: Ajv2020; validators: Map<string, ValidateFunction> }>();

/**
 * Copy of a form schema in which every object schema that says nothing about extra properties
 * gets `unevaluatedProperties: false`: unknown fields are rejected unless the schema allows them;
 * every file field gets `format: "data-url"` and its size and type limits spelled out.
 * Branches of `allOf`/`anyOf`/`oneOf`/`if` stay open; the closed parent evaluates across them.
 */
function closeSchema(schema: unknown, close = true): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  // fromEntries defines own properties, so even a `__proto__` key cannot set a prototype here.
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([key, value]) => {
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      return [key, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeSchema(v)]))];
    }
    if (SCHEMA_LISTS.has(key) && Array.isArray(value)) return [key, value.map((v) => closeSchema(v, key === 'prefixItems'))];
    return [key, SCHEMA_VALUES.has(key) ? closeSchema(value, !BRANCHES.has(key)) : value];
  }));
  // A file field gets the format and its limits (the declared ones, else the installation's):
  // their keywords check every file, declared with `format` or `contentEncoding` alike.
  if (isFileField(out)) {
    const limits = fileLimits(out);
    return { format: 'data-url', ...out, 'x-maxBytes': limits.maxBytes, 'x-mediaTypes': limits.mediaTypes };
  }
  const isObject = out.type === 'object' || 'properties' in out;
  if (close && isObject && !('additionalProperties' in out) && !('unevaluatedProperties' in out)) out.unevaluatedProperties = false;
  return out;
}

/**
 * The compiled ajv validator of a form. Compiled once per definition version and cached on the
 * definition's `forms` object (a case keeps its definition object for its life). Throws when
 * the form does not exist or its schema does not compile: a programmer mistake, since
 * `validateDefinition` rejects such definitions.
 */
export function formValidator(forms: Forms, formId: string): ValidateFunction {
  let entry = cache.get(forms);
  if (!entry) {
    entry = { ajv: createAjv(), validators: new Map() };
    cache.set(forms, entry);
  }
  const cached = entry.validators.get(formId);
  if (cached) return cached;
  if (!Object.hasOwn(forms, formId)) throw new Error(`form "${formId}" is not defined`);
  const validate = entry.ajv.compile(closeSchema(forms[formId]!.schema) as object);
  entry.validators.set(formId, validate);
  return validate;
}
