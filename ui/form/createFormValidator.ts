import { Validator } from '@cfworker/json-schema';
import type { OutputUnit, Schema } from '@cfworker/json-schema';
import { createErrorHandler, toErrorSchema, unwrapErrorHandler, validationDataMerge } from '@rjsf/utils';
import type { CustomValidator, ErrorTransformer, RJSFSchema, RJSFValidationError, UiSchema, ValidationData, ValidatorType } from '@rjsf/utils';
import { checkFile, checkFilesTotal, fileLimits, isFileField } from '../../engine/index.js';
import { filePath } from './filePath.js';
import { pruneEmpty } from './pruneEmpty.js';
import { isAttachment } from './prepareUiSchema.js';
import { schemaAt } from './schemaAt.js';

/** Turns a failed keyword into the text shown at the field (the theme's i18n). */
export type ErrorMessage = (keyword: string, fieldSchema: Record<string, unknown>) => string;

// Keywords that only say "something below failed": their children carry the real error.
const STRUCTURAL = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', '$dynamicRef', 'dependentSchemas', 'additionalProperties', 'unevaluatedProperties', 'then', 'else', 'if']);
// Parts of an attachment reference that the file field fills: their errors belong to the file field.
const FILE_KEYS = new Set(['name', 'sha256', 'mediaType', 'size']);
const decode = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Data path segments of an output unit's `instanceLocation` (`#/a/0/b`). */
function segments(location: string): string[] {
  return location.replace(/^#\/?/, '').split('/').filter((s) => s !== '').map((s) => decode(decodeURIComponent(s)));
}

/**
 * RJSF's validator interface over `@cfworker/json-schema` (JSON Schema 2020-12, as the engine
 * uses). Not ajv: ajv compiles schemas to code with `new Function`, which the portal's Content
 * Security Policy (no `unsafe-eval`) forbids; cfworker interprets schemas. The engine's ajv on
 * the server stays the authority — its 422 errors land at the same fields (see serverErrors).
 */
export class FormValidator implements ValidatorType<unknown, RJSFSchema> {
  private readonly cache = new WeakMap<object, Validator>();

  constructor(private readonly message: ErrorMessage) {}

  private validatorFor(schema: RJSFSchema, root?: RJSFSchema): Validator {
    let v = this.cache.get(schema);
    if (!v) {
      // A sub-schema may $ref the root's definitions.
      const full = root && root !== schema ? { ...schema, $defs: root.$defs, definitions: root.definitions } : schema;
      v = new Validator(full as Schema, '2020-12', false);
      this.cache.set(schema, v);
    }
    return v;
  }

  /**
   * The errors of `data` as RJSF errors: property path, keyword, localised message. Empty
   * optional groups are left out first, as they are when the data is sent (pruneEmpty).
   */
  errorsOf(schema: RJSFSchema, data: unknown): RJSFValidationError[] {
    const pruned = pruneEmpty(data ?? {}, schema);
    const units = this.validatorFor(schema).validate(pruned).errors;
    const errors = [...units.filter((u) => !STRUCTURAL.has(u.keyword)).map((u) => this.toError(schema, u)), ...this.fileErrors(schema, pruned)];
    return errors.filter((e, i) => errors.findIndex((o) => o.property === e.property && o.message === e.message) === i);
  }

  /**
   * The file checks cfworker cannot make (it knows no `data-url` format and no custom keywords):
   * the engine's checkFile on every file field and checkFilesTotal on all, as the server's ajv
   * keywords make them (engine createAjv), so both refuse the same files.
   */
  private fileErrors(schema: RJSFSchema, data: unknown): RJSFValidationError[] {
    const errors: RJSFValidationError[] = [];
    const error = (path: string[], keyword: string, field: Record<string, unknown>): RJSFValidationError => {
      const at = filePath(schema as Record<string, unknown>, path);
      const property = at.length ? `.${at.join('.')}` : '';
      const message = this.message(keyword, field);
      return { name: keyword, property, message, params: {}, stack: `${property} ${message}`.trim(), schemaPath: '' };
    };
    const visit = (value: unknown, path: string[]): void => {
      if (value && typeof value === 'object') {
        Object.entries(value).forEach(([k, v]) => visit(v, [...path, k]));
        return;
      }
      const field = typeof value === 'string' ? schemaAt(schema, path) : undefined;
      const problem = field && isFileField(field) ? checkFile(value as string, fileLimits(field)) : undefined;
      if (problem) errors.push(error(path, problem.keyword === 'format' ? 'format.data-url' : problem.keyword, field!));
    };
    visit(data, []);
    if (checkFilesTotal(data)) errors.push(error([], 'filesTotal', {}));
    return errors;
  }

  private toError(schema: RJSFSchema, unit: OutputUnit): RJSFValidationError {
    const path = segments(unit.instanceLocation);
    let keyword = unit.keyword === 'false' ? 'additionalProperties' : unit.keyword;
    if (keyword === 'required') path.push(/"(.*)"/.exec(unit.error)?.[1] ?? '');
    const file = path.findIndex((seg, i) => FILE_KEYS.has(seg) && isAttachment(schemaAt(schema, path.slice(0, i)) ?? {}));
    if (file >= 0) {
      path.splice(file);
      keyword = 'required';
    }
    const field = schemaAt(schema, path) ?? {};
    if (keyword === 'format') keyword = `format.${String(field.format)}`;
    if (keyword === 'type' && field.type === 'integer') keyword = 'integer';
    const property = path.length ? `.${path.join('.')}` : '';
    const message = this.message(keyword, field);
    return { name: keyword, property, message, params: {}, stack: `${property} ${message}`.trim(), schemaPath: unit.keywordLocation };
  }

  validateFormData(formData: unknown, schema: RJSFSchema, customValidate?: CustomValidator, transformErrors?: ErrorTransformer, uiSchema?: UiSchema): ValidationData<unknown> {
    let errors = this.errorsOf(schema, formData);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const data = { errors, errorSchema: toErrorSchema(errors) };
    if (!customValidate) return data;
    const custom = customValidate(formData, createErrorHandler(formData), uiSchema, data.errorSchema);
    return validationDataMerge(data, unwrapErrorHandler(custom));
  }

  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    return this.validatorFor(schema, rootSchema).validate(formData).valid;
  }

  rawValidation<Result = unknown>(schema: RJSFSchema, formData?: unknown): { errors?: Result[]; validationError?: Error } {
    const { valid, errors } = this.validatorFor(schema).validate(formData);
    return valid ? {} : { errors: errors as Result[] };
  }
}
