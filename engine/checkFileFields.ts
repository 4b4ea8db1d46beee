import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { RECOGNISED_MEDIA_TYPES } from './dataUrl.js';
import { isFileField, UPLOAD_LIMITS } from './fileFields.js';
import type { ProcedureConfig } from './types.js';

type Schema = Record<string, unknown>;

// Keywords whose value maps names to schemas (a property may be called "format"), and ones that hold data, not schemas.
const MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const DATA = new Set(['examples', 'enum', 'const', 'default', 'x-i18n', 'x-enum-titles']);
const isObject = (v: unknown): v is Schema => !!v && typeof v === 'object' && !Array.isArray(v);
const FILE_KEYWORDS = ['x-maxBytes', 'x-mediaTypes', 'contentMediaType'] as const;

/** The problems of one schema node's file keywords. */
function checkNode(node: Schema, at: string): DefinitionIssue[] {
  const found: DefinitionIssue[] = [];
  const add = (key: string, code: string, de: string, en: string) => found.push(issue(at + pointer(key), code, de, en));
  if ('contentEncoding' in node && node.contentEncoding !== 'base64') {
    add('contentEncoding', 'file-encoding', 'Dateien werden nur als base64 angenommen (contentEncoding: "base64").', 'Files are only taken as base64 (contentEncoding: "base64").');
  }
  const file = isFileField(node);
  if (file && node.format !== undefined && node.format !== 'data-url') {
    add('format', 'file-format', 'Ein Dateifeld hat das Format "data-url" oder keines.', 'A file field has the format "data-url" or none.');
  }
  for (const key of FILE_KEYWORDS) {
    if (key in node && !file) add(key, 'file-keyword-misplaced', `„${key}“ gilt nur für Dateifelder (type "string" mit format "data-url" oder contentEncoding "base64").`, `"${key}" only applies to file fields (type "string" with format "data-url" or contentEncoding "base64").`);
  }
  if (!file) return found;
  const max = node['x-maxBytes'];
  if (max !== undefined && !(Number.isInteger(max) && (max as number) >= 1 && (max as number) <= UPLOAD_LIMITS.maxBytes)) {
    add('x-maxBytes', 'file-max-bytes', `x-maxBytes ist eine ganze Zahl von Bytes zwischen 1 und ${UPLOAD_LIMITS.maxBytes} (die Obergrenze der Installation).`, `x-maxBytes is a whole number of bytes from 1 to ${UPLOAD_LIMITS.maxBytes} (the installation's limit).`);
  }
  const known = (t: unknown) => typeof t === 'string' && RECOGNISED_MEDIA_TYPES.includes(t);
  const names = RECOGNISED_MEDIA_TYPES.join(', ');
  const types = node['x-mediaTypes'];
  if (types !== undefined && !(Array.isArray(types) && types.length > 0 && types.every(known) && new Set(types).size === types.length)) {
    add('x-mediaTypes', 'file-media-types', `x-mediaTypes ist eine Liste verschiedener Medientypen aus: ${names}.`, `x-mediaTypes is a list of distinct media types out of: ${names}.`);
  }
  if (node.contentMediaType !== undefined && !known(node.contentMediaType)) {
    add('contentMediaType', 'file-media-types', `contentMediaType ist einer von: ${names}.`, `contentMediaType is one of: ${names}.`);
  }
  if (node.contentMediaType !== undefined && types !== undefined) {
    add('contentMediaType', 'file-media-types', 'Entweder contentMediaType (ein Typ) oder x-mediaTypes (eine Liste), nicht beides.', 'Either contentMediaType (one type) or x-mediaTypes (a list), not both.');
  }
  return found;
}

/**
 * Checks the file fields of every form (fileFields.ts): `contentEncoding` only `base64`, a file
 * field's format only `data-url`, `x-maxBytes` a whole number up to the installation's limit,
 * `x-mediaTypes` / `contentMediaType` only types Amtsweg recognises by content, and none of them
 * on a field that holds no file. Each problem with the JSON pointer of the keyword.
 */
export function checkFileFields(config: ProcedureConfig): DefinitionIssue[] {
  const found: DefinitionIssue[] = [];
  const walk = (node: unknown, at: string, isMap: boolean): void => {
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${at}/${i}`, false));
    if (!isObject(node)) return;
    if (!isMap) found.push(...checkNode(node, at));
    for (const [key, value] of Object.entries(node)) {
      if (!isMap && DATA.has(key)) continue;
      walk(value, at + pointer(key), !isMap && MAPS.has(key));
    }
  };
  for (const [id, form] of Object.entries(config.forms ?? {})) walk(form.schema, pointer('forms', id, 'schema'), false);
  return found;
}
