import type { ErrorSchema } from '@rjsf/utils';
import { isFileField } from '../../engine/index.js';
import type { ErrorMessage } from './createFormValidator.js';
import { filePath } from './filePath.js';
import { schemaAt } from './schemaAt.js';

/** One error of a refused event (`details.errors` of a 422 from POST /api/cases/:id/events). */
export interface ServerFieldError {
  /** JSON pointer into the form data. */
  path: string;
  /** The failed JSON Schema keyword (engine/localizeAjvError). */
  code: string;
  message?: { de?: string; en?: string };
}

const segments = (pointer: string) => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * The server's field errors as RJSF `extraErrors`: each at the field its JSON pointer names,
 * with the same text the browser's check would show there.
 */
export function serverErrorSchema(errors: ServerFieldError[], schema: Record<string, unknown>, message: ErrorMessage): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const e of errors) {
    const path = segments(e.path);
    const field = schemaAt(schema, path) ?? {};
    let keyword = e.code === 'unevaluatedProperties' ? 'additionalProperties' : e.code === 'files-too-large' ? 'filesTotal' : e.code;
    if (keyword === 'format') keyword = `format.${isFileField(field) ? 'data-url' : String(field.format)}`;
    let node = root;
    for (const s of filePath(schema, path)) node = (node[s] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(message(keyword, field));
  }
  return root as ErrorSchema;
}
