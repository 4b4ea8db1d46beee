import Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// With NodeNext the CommonJS default exports arrive one level down.
const Ajv = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/**
 * A fresh ajv for JSON Schema 2020-12 with formats. Strict about unknown keywords (a typo like
 * `requried` is an error, not silently ignored); never loads remote schemas.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, logger: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-fim-id', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-data-category', schemaType: 'string' });
  return ajv;
}
