/** A JSON Schema as plain data. */
type Schema = Record<string, unknown>;

/**
 * The schema of the value at a data path (object keys and array indexes), following
 * `properties` and `items`; undefined when the schema does not describe it.
 */
export function schemaAt(root: Schema, path: (string | number)[]): Schema | undefined {
  let current: Schema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const props = current.properties as Record<string, Schema> | undefined;
    if (props && Object.hasOwn(props, String(segment))) current = props[String(segment)];
    else if (current.items && typeof current.items === 'object') current = current.items as Schema;
    else return undefined;
  }
  return current;
}
