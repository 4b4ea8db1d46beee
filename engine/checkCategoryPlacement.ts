import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { DATA_KEYWORDS, isSchema, resolveRef } from './categorySchemas.js';
import type { SchemaNode } from './categorySchemas.js';
import type { ProcedureConfig } from './types.js';

const CATEGORY = 'x-data-category';

/** Keywords whose values map names to schemas (a name there is a field or a definition, not a keyword). */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);

/** The schema-valued children of a schema node: data keywords (examples, defaults) left out. */
function schemaChildren(node: object, parentKey: string | undefined): [string, unknown][] {
  const named = parentKey !== undefined && SCHEMA_MAPS.has(parentKey);
  return Object.entries(node).filter(([k]) => Array.isArray(node) || named || !DATA_KEYWORDS.has(k));
}

/** Keywords that change how references resolve below a form's root. */
const RESOURCE_KEYWORDS = new Set(['$id', '$anchor', '$dynamicAnchor']);

/**
 * Every `x-data-category` in a schema (not in examples or defaults), and every `$id` or anchor
 * below its root, by JSON pointer.
 */
function scanSchema(schema: SchemaNode, at: string): { categories: string[]; resources: string[] } {
  const categories: string[] = [];
  const resources: string[] = [];
  const stack: { node: unknown; at: string; key?: string }[] = [{ node: schema, at }];
  while (stack.length) {
    const { node, at: here, key } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const isMap = key !== undefined && SCHEMA_MAPS.has(key);
    for (const [k, v] of schemaChildren(node, key)) {
      const keyword = !isMap && !Array.isArray(node);
      if (keyword && k === CATEGORY && typeof v === 'string') categories.push(`${here}${pointer(k)}`);
      else if (keyword && RESOURCE_KEYWORDS.has(k) && node !== schema) resources.push(`${here}${pointer(k)}`);
      else stack.push({ node: v, at: `${here}${pointer(k)}`, key: Array.isArray(node) ? key : k });
    }
  }
  return { categories, resources };
}

/** Whether `node` holds a category anywhere below it, following local `$ref`s. */
function holdsCategory(root: SchemaNode, node: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: { node: unknown; key?: string }[] = [{ node }];
  while (stack.length) {
    const { node: n, key } = stack.pop()!;
    if (n === null || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    const isMap = key !== undefined && SCHEMA_MAPS.has(key);
    for (const [k, v] of schemaChildren(n, key)) {
      if (k === CATEGORY && typeof v === 'string' && !isMap) return true;
      if (k === '$ref' && typeof v === 'string' && !isMap) stack.push({ node: resolveRef(root, v) });
      else stack.push({ node: v, key: Array.isArray(n) ? key : k });
    }
  }
  return false;
}

/** The JSON pointer (from the form's root) a local `$ref` names. */
function refPointer(ref: string): string {
  return ref.slice(1).split('/').slice(1).map((raw) => {
    try {
      return pointer(decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
    } catch {
      return `/${raw}`;
    }
  }).join('');
}

/** Child schemas through the keywords categories follow, with their pointers (a `$ref` target keeps its own). */
function followed(root: SchemaNode, node: SchemaNode, at: string, rootAt: string): { node: unknown; at: string }[] {
  const out: { node: unknown; at: string }[] = [];
  if (isSchema(node.properties)) for (const [k, v] of Object.entries(node.properties)) out.push({ node: v, at: `${at}${pointer('properties', k)}` });
  for (const key of ['additionalProperties', 'items'] as const) out.push({ node: node[key], at: `${at}${pointer(key)}` });
  for (const key of ['prefixItems', 'allOf'] as const) {
    if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((v, i) => out.push({ node: v, at: `${at}${pointer(key, i)}` }));
  }
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) out.push({ node: resolveRef(root, node.$ref), at: `${rootAt}${refPointer(node.$ref)}` });
  return out;
}

/** Keywords whose schemas apply in ways categories do not follow. */
const UNFOLLOWED = ['anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'patternProperties', 'propertyNames', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema'];

/** The problems of one form's categories. */
function checkForm(schema: SchemaNode, formAt: string): DefinitionIssue[] {
  const { categories: places, resources } = scanSchema(schema, formAt);
  if (!places.length) return [];
  const errors: DefinitionIssue[] = [];
  const unenforceable = (at: string, why: string, whyEn: string) => errors.push(issue(at, 'category-unenforceable',
    `Hier kann die Datenkategorie nicht durchgesetzt werden: ${why} Kategorien wirken über properties, additionalProperties, items, prefixItems, allOf und lokale $ref („#/…“).`,
    `The data category cannot be enforced here: ${whyEn} Categories work through properties, additionalProperties, items, prefixItems, allOf and local $ref ("#/…").`));
  const reached = new Set<string>();
  const visited = new Set<unknown>();
  const stack: { node: unknown; at: string }[] = [{ node: schema, at: formAt }];
  while (stack.length) {
    const { node, at } = stack.pop()!;
    if (!isSchema(node) || visited.has(node)) continue;
    visited.add(node);
    if (typeof node[CATEGORY] === 'string') reached.add(`${at}/${CATEGORY}`);
    for (const key of UNFOLLOWED) {
      if (Object.hasOwn(node, key) && holdsCategory(schema, node[key])) unenforceable(`${at}${pointer(key)}`, `„${key}“ hängt von den Daten ab.`, `"${key}" depends on the data.`);
    }
    if (isSchema(node.patternProperties) && holdsCategory(schema, node.additionalProperties)) {
      unenforceable(`${at}/additionalProperties`, 'neben patternProperties ist offen, welche Felder gemeint sind.', 'beside patternProperties it is open which fields it covers.');
    }
    for (const key of ['$ref', '$dynamicRef'] as const) {
      const ref = node[key];
      if (typeof ref === 'string' && (key === '$dynamicRef' || !resolveRef(schema, ref))) {
        unenforceable(`${at}${pointer(key)}`, `der Verweis „${ref}“ ist kein JSON-Pointer in dieses Formular.`, `the reference "${ref}" is not a JSON pointer into this form.`);
      }
    }
    stack.push(...followed(schema, node, at, formAt));
  }
  for (const at of resources) {
    const key = at.slice(at.lastIndexOf('/') + 1);
    unenforceable(at, `ein Formular mit Datenkategorien darf unterhalb der Wurzel kein ${key} setzen (Verweise würden anders aufgelöst).`, `a form with data categories may not set ${key} below its root (references would resolve differently).`);
  }
  for (const place of places) {
    if (reached.has(place)) continue;
    if (errors.some((e) => place.startsWith(`${e.path}/`))) continue;
    unenforceable(place, 'die Stelle liegt außerhalb der Formulardaten (etwa in einer nicht verwendeten $defs-Definition).', 'this place lies outside the form data (an unused $defs entry, say).');
  }
  return errors;
}

/**
 * Refuses every `x-data-category` that the categories of form data would not follow (see
 * categorySchemas.ts): a category is never silently ignored, so a consent gate cannot be
 * bypassed by where a designer put it.
 */
export function checkCategoryPlacement(def: ProcedureConfig): DefinitionIssue[] {
  return Object.entries(def.forms ?? {}).flatMap(([form, config]) =>
    (isSchema(config.schema) ? checkForm(config.schema, pointer('forms', form, 'schema')) : []));
}
