type Schema = Record<string, unknown>;

/** Nesting past this is not a form a person fills in; refs deeper than it stay as they are. */
const MAX_DEPTH = 12;

/**
 * A copy of a form schema with local references (`#/$defs/x`, `#/definitions/x`) replaced by
 * what they point at (sibling keywords kept), so that labels, pages, the check-answers list and
 * error paths can walk plain `properties`. Cycles stop at MAX_DEPTH.
 */
export function inlineRefs(root: Schema): Schema {
  const lookup = (ref: string): Schema | undefined => {
    const m = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
    const defs = m ? (root[m[1]!] as Record<string, Schema> | undefined) : undefined;
    return m && defs ? defs[decodeURIComponent(m[2]!)] : undefined;
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, depth));
    if (!value || typeof value !== 'object') return value;
    let node = value as Schema;
    if (typeof node.$ref === 'string' && depth < MAX_DEPTH) {
      const target = lookup(node.$ref);
      if (target) {
        const { $ref: _ref, ...rest } = node;
        node = { ...target, ...rest };
      }
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'examples' || k === 'enum' || k === 'const' || k === 'default' ? v : walk(v, depth + 1)]));
  };
  return walk(root, 0) as Schema;
}
