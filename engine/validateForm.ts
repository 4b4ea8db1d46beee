import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { checkFilesTotal } from './fileFields.js';
import { formValidator } from './formValidator.js';
import { FORBIDDEN_KEYS } from './inspectGuard.js';
import { localizeAjvError } from './localizeAjvError.js';
import type { FormConfig } from './types.js';

/** Limits of submitted form data. */
const FORM_DATA_LIMITS = { nodes: 20_000, depth: 16 } as const;

/** Outcome of `validateForm`: errors carry JSON pointers into the data. */
export type FormResult = { ok: true } | { ok: false; errors: DefinitionIssue[] };

function scanData(data: unknown): DefinitionIssue[] {
  const found: DefinitionIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  let nodes = 0;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (++nodes > FORM_DATA_LIMITS.nodes) return [issue('', 'too-large', 'Die Formulardaten sind zu umfangreich.', 'The form data is too large.')];
    if (path.length > FORM_DATA_LIMITS.depth) return [issue(pointer(...path), 'too-deep', 'Die Formulardaten sind zu tief verschachtelt.', 'The form data is nested too deeply.')];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) found.push(issue(pointer(...path, key), 'key-forbidden', `Der Schlüssel „${key}“ ist nicht erlaubt.`, `The key "${key}" is not allowed.`));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}

/**
 * Validates data submitted for a form of a procedure against its JSON Schema (2020-12, with
 * formats). Unknown fields are rejected unless the schema allows them; files (fileFields.ts) are
 * checked for size and type by content, and together against UPLOAD_LIMITS. Pure: runs in the
 * workflow sandbox, the server and the browser. Never throws on bad data; errors are returned
 * with JSON pointers and German and English messages.
 */
export function validateForm(definition: { forms?: Record<string, FormConfig> }, formId: string, data: unknown): FormResult {
  const forms = definition.forms ?? {};
  if (!Object.hasOwn(forms, formId)) {
    return { ok: false, errors: [issue('', 'form-unknown', `Das Formular „${formId}“ gibt es in diesem Verfahren nicht.`, `Form "${formId}" does not exist in this procedure.`)] };
  }
  const unsafe = scanData(data);
  if (unsafe.length) return { ok: false, errors: unsafe };
  const validate = formValidator(forms, formId);
  const errors = validate(data) ? [] : (validate.errors ?? []).map((e) => localizeAjvError(e));
  const total = checkFilesTotal(data);
  if (total) errors.push(issue('', 'files-too-large', total.de, total.en));
  return errors.length ? { ok: false, errors } : { ok: true };
}
