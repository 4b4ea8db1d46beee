import { isObject, objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** The kinds of field the palette offers, in the palette's order. */
export const FIELD_KINDS = ['text', 'longText', 'number', 'integer', 'date', 'yesNo', 'choice', 'email', 'file', 'address'] as const;

/** A kind of field of the palette. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Longer texts than this get a text area (the form renderer's rule, ui/form/prepareUiSchema). */
const LONG_TEXT = 2000;

const text = (de: string, en: string) => ({ title: de, 'x-i18n': { en: { title: en } } });

/** The JSON Schema of a new field of `kind` (without its title). */
export function fieldSchema(kind: FieldKind): JsonObject {
  switch (kind) {
    case 'text': return { type: 'string', maxLength: 200 };
    case 'longText': return { type: 'string', maxLength: LONG_TEXT };
    case 'number': return { type: 'number' };
    case 'integer': return { type: 'integer' };
    case 'date': return { type: 'string', format: 'date' };
    case 'yesNo': return { type: 'boolean' };
    case 'choice': return { type: 'string', enum: ['ja', 'nein'], 'x-enum-titles': { de: ['Ja', 'Nein'], en: ['Yes', 'No'] } };
    case 'email': return { type: 'string', format: 'email', maxLength: 254 };
    case 'file': return { type: 'string', format: 'data-url', 'x-maxBytes': 5 * 1024 * 1024, 'x-mediaTypes': ['application/pdf', 'image/png', 'image/jpeg'] };
    case 'address': return {
      type: 'object',
      required: ['strasse', 'hausnummer', 'postleitzahl', 'ort'],
      properties: {
        strasse: { ...text('Straße', 'Street'), type: 'string', minLength: 1, maxLength: 55 },
        hausnummer: { ...text('Hausnummer', 'House number'), type: 'string', pattern: '^[0-9]{1,4}[a-zA-Z]?$' },
        postleitzahl: { ...text('Postleitzahl', 'Postcode'), type: 'string', pattern: '^[0-9]{5}$' },
        ort: { ...text('Ort', 'Town'), type: 'string', minLength: 1, maxLength: 40 },
      },
      additionalProperties: false,
    };
  }
}

/** The palette kind a field schema is, or `other` for what the palette does not make (lists, references). */
export function fieldKind(schema: JsonObject): FieldKind | 'other' {
  if (schema.type === 'object' && isObject(schema.properties)) return 'address';
  if (schema.type === 'string' && (schema.format === 'data-url' || schema.contentEncoding === 'base64')) return 'file';
  if (Array.isArray(schema.enum)) return 'choice';
  if (schema.type === 'boolean') return 'yesNo';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  if (schema.type !== 'string') return 'other';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'email') return 'email';
  if (schema.format === undefined && typeof schema.maxLength === 'number' && schema.maxLength > 200) return 'longText';
  return schema.format === undefined ? 'text' : 'other';
}

/** A one-page PDF's first bytes as a data URL: a file that passes the content check of file fields. */
const SAMPLE_PDF = 'data:application/pdf;name=beispiel.pdf;base64,JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==';

/** A text of `schema`'s length limits (patterns are the known ones of the palette's address). */
function sampleText(schema: JsonObject, key: string): string {
  if (schema.pattern === '^[0-9]{5}$') return '10115';
  if (schema.pattern === '^[0-9]{1,4}[a-zA-Z]?$') return '12';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 60;
  const base = `Beispiel ${key}`.slice(0, max);
  return base.length >= min ? base : base.padEnd(min, 'x');
}

/**
 * A sample value for a field schema: the first choice, the limits' lower end, an example date,
 * e-mail address and PDF; groups filled field by field. Undefined where nothing fits (a
 * `$ref`, a list).
 */
export function sampleValue(schema: JsonObject, key: string): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (fieldKind(schema)) {
    case 'address': return sampleObject(schema);
    case 'file': return SAMPLE_PDF;
    case 'yesNo': return true;
    case 'integer': case 'number': return typeof schema.minimum === 'number' ? schema.minimum : typeof schema.maximum === 'number' ? Math.min(1, schema.maximum) : 1;
    case 'date': return '2026-01-05';
    case 'email': return 'erika.mustermann@example.org';
    case 'text': case 'longText': return sampleText(schema, key);
    default: return undefined;
  }
}

/** Sample data for an object schema: a value for every field that can have one. */
export function sampleObject(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, sub] of Object.entries(objectAt(schema.properties))) {
    const value = isObject(sub) ? sampleValue(sub, key) : undefined;
    if (value !== undefined) out[key] = value;
  }
  return out;
}
