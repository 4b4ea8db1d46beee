import type { FieldShape } from './formShapes.js';

/**
 * Resolves a Mustache name (`data.antrag.name`, `.`, `strasse`) as Mustache would: against the
 * innermost section's context first, then outwards. Undefined when no context has it.
 */
export function resolvePlaceholder(name: string, scopes: FieldShape[]): FieldShape | undefined {
  if (name === '.') return scopes.at(-1);
  const parts = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    let node: FieldShape | undefined = scopes[i];
    for (const part of parts) {
      // `list.0`: the first item (a section over it renders only when the list has one).
      if (node?.type === 'array' && /^\d+$/.test(part)) {
        node = node.items;
        continue;
      }
      const fields: Record<string, FieldShape> | undefined = node?.fields;
      node = fields && Object.hasOwn(fields, part) ? fields[part] : undefined;
    }
    if (node) return node;
  }
  return undefined;
}

/** The context a section over `node` opens: an item of a list, else the value itself (an attachment shows as its name only). */
export function sectionScope(node: FieldShape): FieldShape {
  const scope = node.type === 'array' && node.items ? node.items : node;
  return scope.file ? { categories: scope.categories, file: true } : scope;
}

/** Whether a value tag may show the place: a value or a list of values, not a group of fields. */
export function isShowable(node: FieldShape): boolean {
  if (node.file) return true;
  if (node.type === 'array') return !node.items || !node.items.fields || !!node.items.file;
  return !node.fields;
}
