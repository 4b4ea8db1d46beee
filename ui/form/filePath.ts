import { isFileField } from '../../engine/index.js';
import { schemaAt } from './schemaAt.js';

type Schema = Record<string, unknown>;

/**
 * Where an error of a file shows: a file in a list of files is shown by the list's one file
 * widget (RJSF's files array), so its errors belong to the list; any other field keeps its path.
 */
export function filePath(schema: Schema, path: string[]): string[] {
  const parent = path.length ? schemaAt(schema, path.slice(0, -1)) : undefined;
  const items = parent?.type === 'array' && parent.items && typeof parent.items === 'object' ? (parent.items as Schema) : undefined;
  return items && isFileField(items) && /^\d+$/.test(path.at(-1)!) ? path.slice(0, -1) : path;
}
