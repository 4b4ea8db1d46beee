import { TranslatableString, replaceStringParameters } from '@rjsf/utils';
import type { TFunction } from 'i18next';
import { fileLimits, formatBytes, isFileField, mediaTypeNames, UPLOAD_LIMITS } from '../../engine/index.js';
import type { ErrorMessage } from './createFormValidator.js';

/** The limit a failed keyword names (`minLength` → the schema's minLength). */
const limitOf = (keyword: string, field: Record<string, unknown>) => field[keyword.split('.')[0]!];

/** What a file error names: the field's size limit and its types, the total of all files. */
function fileValues(field: Record<string, unknown>, language: string) {
  const limits = fileLimits(field);
  return { size: formatBytes(limits.maxBytes, language), types: mediaTypeNames(limits.mediaTypes, language), total: formatBytes(UPLOAD_LIMITS.totalMaxBytes, language) };
}

/**
 * The text beside a field for a failed JSON Schema keyword, in the UI's language; the same for
 * the browser's check and the server's 422, so both read alike at the field.
 */
export function errorMessages(t: TFunction<'form'>, language: string): ErrorMessage {
  return (keyword, field) => {
    // A missing file is asked for as a file ("Wählen Sie eine Datei aus"), not as an answer.
    const items = (field.items ?? {}) as Record<string, unknown>;
    if (keyword === 'required' && isFileField(field)) return t('errors.fileRequired');
    if (keyword === 'minItems' && isFileField(items)) return t('errors.filesMinItems', { count: Number(field.minItems) });
    const key = t(`errors.${keyword}`, { defaultValue: '' }) ? keyword : keyword.startsWith('format.') ? 'format' : 'other';
    return t(`errors.${key}`, { limit: limitOf(keyword, field), ...fileValues(field, language) });
  };
}

const NAMES = new Map(Object.entries(TranslatableString).map(([name, text]) => [text as string, name]));

/** RJSF's `translateString`: its built-in English texts looked up under `form:rjsf.<name>`. */
export function rjsfTranslator(t: TFunction<'form'>) {
  return (text: TranslatableString, params?: string[]) => {
    const name = NAMES.get(text);
    const translated = name ? t(`rjsf.${name}`, { defaultValue: text }) : text;
    return replaceStringParameters(translated, params);
  };
}
