/**
 * How a form schema assigns data categories (`x-data-category`) to the values of form data.
 * The keywords followed are those that place a value deterministically: `properties`,
 * `additionalProperties`, `items`, `prefixItems`, `allOf` and local `$ref` (a JSON pointer into
 * the form's schema). A category reachable only through any other keyword (`anyOf`, `if`,
 * `patternProperties`, …) could not be enforced; `checkCategoryPlacement` refuses it.
 */

/** A schema object of a form (boolean schemas carry no category). */
export type SchemaNode = Record<string, unknown>;

/** Keywords whose values are data or annotations, not schemas. */
export const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum', 'description', 'title', 'x-fim-id']);

/** Whether a value is a schema object. */
export function isSchema(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The target of a local `$ref` (`#` or `#/a/b`), or undefined for anything else or a dangling pointer. */
export function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return isSchema(node) ? node : undefined;
}

/** Every schema that applies at one place in the data: the given ones, their `allOf` and `$ref` targets. */
export function expandSchemas(root: SchemaNode, schemas: unknown[]): SchemaNode[] {
  const out: SchemaNode[] = [];
  const stack = [...schemas];
  while (stack.length) {
    const s = stack.pop();
    if (!isSchema(s) || out.includes(s)) continue;
    out.push(s);
    if (typeof s.$ref === 'string') stack.push(resolveRef(root, s.$ref));
    if (Array.isArray(s.allOf)) stack.push(...(s.allOf as unknown[]));
  }
  return out;
}

/** Categories the schemas declare for their place. */
export function declaredCategories(schemas: SchemaNode[]): string[] {
  return [...new Set(schemas.map((s) => s['x-data-category']).filter((c): c is string => typeof c === 'string'))];
}

/** Schemas of the property `key` of an object under `schemas` (`properties`, else `additionalProperties`). */
export function propertySchemas(schemas: SchemaNode[], key: string): unknown[] {
  return schemas.map((s) => {
    const properties = s.properties;
    if (isSchema(properties) && Object.hasOwn(properties, key)) return properties[key];
    return isSchema(s.additionalProperties) ? s.additionalProperties : undefined;
  });
}

/** Schemas of item `index` of an array under `schemas` (`prefixItems`, else `items`). */
export function itemSchemas(schemas: SchemaNode[], index: number): unknown[] {
  return schemas.map((s) => {
    if (Array.isArray(s.prefixItems) && index < s.prefixItems.length) return s.prefixItems[index];
    return isSchema(s.items) ? s.items : undefined;
  });
}
