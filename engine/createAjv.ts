import Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

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
  return ajv;
}
