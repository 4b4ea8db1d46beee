import Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { checkFile, fileLimits } from './fileFields.js';
import { readFileValue } from './fileRef.js';

// With NodeNext the CommonJS default exports arrive one level down.
const Ajv = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const label = { type: 'string', minLength: 1, maxLength: 500 };
const I18N = {
  type: 'object', additionalProperties: false,
  properties: { en: { type: 'object', additionalProperties: false, properties: { title: label, description: { type: 'string', minLength: 1, maxLength: 2000 } } } },
};
const ENUM_TITLES = {
  type: 'object', additionalProperties: false,
  properties: { de: { type: 'array', items: label }, en: { type: 'array', items: label } },
};

type FileCheck = ((schema: unknown, data: string, parent?: Record<string, unknown>) => boolean) & { errors?: Partial<ErrorObject>[] };

/** The validator of one file-limit keyword: fails with the texts of checkFile when that limit is broken. */
function fileCheck(keyword: 'x-maxBytes' | 'x-mediaTypes'): FileCheck {
  const check: FileCheck = (_schema, data, parent) => {
    const problem = checkFile(data, fileLimits(parent ?? {}));
    if (problem?.keyword !== keyword) return true;
    check.errors = [{ keyword, params: { de: problem.de, en: problem.en }, message: problem.en }];
    return false;
  };
  return check;
}

/**
 * A fresh ajv for JSON Schema 2020-12 with formats. Strict about unknown keywords (a typo like
 * `requried` is an error, not silently ignored); never loads remote schemas.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, logger: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-fim-id', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-data-category', schemaType: 'string' });
  // Texts of form fields (formTexts.ts): annotations only, their shape checked when compiled.
  ajv.addKeyword({ keyword: 'x-i18n', schemaType: 'object', metaSchema: I18N });
  ajv.addKeyword({ keyword: 'x-enum-titles', schemaType: 'object', metaSchema: ENUM_TITLES });
  // Files (fileFields.ts): a data URL or the server's reference to a stored one (fileRef.ts),
  // checked for its syntax, size and type by content. The
  // limits' values are checked by validateDefinition (checkFileFields), with JSON pointers.
  ajv.addFormat('data-url', { type: 'string', validate: (value: string) => readFileValue(value) !== undefined });
  for (const keyword of ['x-maxBytes', 'x-mediaTypes'] as const) {
    ajv.addKeyword({ keyword, type: 'string', errors: true, validate: fileCheck(keyword) });
  }
  return ajv;
}
