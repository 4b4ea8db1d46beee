import { RECOGNISED_MEDIA_TYPES, sniffMediaType } from './dataUrl.js';
import { FILE_REF_PREFIX, readFileValue } from './fileRef.js';

/**
 * Installation-wide limits of files in form data. Files do not travel through Temporal: the
 * server stores each once in PostgreSQL (content-addressed by SHA-256) when it accepts the
 * event and puts a reference in its place (fileRef.ts); the workflow checks the reference, the
 * effects read the content back. What bounds a file is the HTTP body (base64 inflates it by
 * 4/3, see the server's FORM_BODY_LIMIT) and PostgreSQL; a form may declare less per field, never more.
 */
export const UPLOAD_LIMITS = {
  /** Largest file a field may accept (and the default of a field that declares no `x-maxBytes`). */
  maxBytes: 20 * 1024 * 1024,
  /** All files of one submission together. */
  totalMaxBytes: 50 * 1024 * 1024,
  /** Types a field accepts when it declares none: the ones recognised by their content. */
  mediaTypes: RECOGNISED_MEDIA_TYPES,
} as const;

/** What a file field accepts. */
export interface FileLimits {
  maxBytes: number;
  mediaTypes: string[];
}

type Schema = Record<string, unknown>;

/**
 * Whether a field holds a file: a string with `format: "data-url"` (RJSF's file widget) or with
 * `contentEncoding: "base64"` (JSON Schema's content vocabulary). Both hold a data URL
 * `data:<type>;name=<file name>;base64,<content>`: the base64 content with its type and name.
 */
export function isFileField(schema: Schema): boolean {
  return schema.type === 'string' && (schema.format === 'data-url' || schema.contentEncoding === 'base64');
}

/**
 * The limits of a file field: `x-maxBytes` (else the installation's maximum) and `x-mediaTypes`,
 * else `contentMediaType` as the one type, else PDF, PNG and JPEG.
 */
export function fileLimits(schema: Schema): FileLimits {
  const declared = schema['x-mediaTypes'];
  const one = schema.contentMediaType;
  return {
    maxBytes: typeof schema['x-maxBytes'] === 'number' ? schema['x-maxBytes'] : UPLOAD_LIMITS.maxBytes,
    mediaTypes: Array.isArray(declared) ? declared.map(String) : typeof one === 'string' ? [one] : [...UPLOAD_LIMITS.mediaTypes],
  };
}

/** "5 MB", "512 KB", "1,5 MB" (1 MB = 1024 × 1024 bytes, as file managers count). */
export function formatBytes(bytes: number, language: string): string {
  const number = (n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${number(Math.max(1, Math.round(bytes / 1024)))} KB` : `${number(bytes / (1024 * 1024))} MB`;
}

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** "PDF, PNG oder JPEG" / "PDF, PNG or JPEG": the accepted types as people name them. */
export function mediaTypeNames(types: string[], language: string): string {
  const names = types.map((t) => TYPE_NAMES[t] ?? t);
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'de-DE', { type: 'disjunction' }).format(names);
}

/** Why a file value is refused: the JSON Schema keyword it fails, and the text in German and English. */
export interface FileProblem {
  keyword: 'format' | 'x-maxBytes' | 'x-mediaTypes';
  de: string;
  en: string;
}

/** What a person sees of a file value: its name, type and size; undefined for no data URL. */
export function fileInfo(value: unknown): { name?: string; mediaType: string; size: number } | undefined {
  const file = typeof value === 'string' ? readFileValue(value) : undefined;
  return file ? { ...(file.name !== undefined ? { name: file.name } : {}), mediaType: file.mediaType, size: file.size } : undefined;
}

/** The text of a file that is no valid data URL (the `format` check of `data-url`). */
export const FILE_UNREADABLE = { de: 'Die Datei konnte nicht gelesen werden (kein gültiger Data-URL).', en: 'The file could not be read (not a valid data URL).' } as const;

/**
 * The files of a submission together over UPLOAD_LIMITS.totalMaxBytes: every data URL and file
 * reference in the data counts (what the e-file takes as attachments). Undefined when they fit.
 */
export function checkFilesTotal(data: unknown): Omit<FileProblem, 'keyword'> | undefined {
  let total = 0;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const file = value.startsWith('data:') || value.startsWith(FILE_REF_PREFIX) ? readFileValue(value) : undefined;
      if (file) total += file.size;
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(data);
  if (total <= UPLOAD_LIMITS.totalMaxBytes) return undefined;
  const max = (language: string) => formatBytes(UPLOAD_LIMITS.totalMaxBytes, language);
  return { de: `Die Dateien sind zusammen zu groß (höchstens ${max('de')}).`, en: `The files together are too large (at most ${max('en')}).` };
}

/**
 * Checks a file field's value: a data URL (RFC 2397, base64) or the server's reference to a
 * stored one (fileRef.ts, checked by what it records), not empty, at most `maxBytes`
 * decoded, of an accepted type — both the type it declares and the type its first bytes show
 * (a renamed `.exe` is no PDF). Undefined when the file is acceptable.
 */
export function checkFile(value: string, limits: FileLimits): FileProblem | undefined {
  const file = readFileValue(value);
  if (!file) return { keyword: 'format', ...FILE_UNREADABLE };
  const size = file.size;
  if (size > limits.maxBytes) {
    return { keyword: 'x-maxBytes', de: `Die Datei ist zu groß (höchstens ${formatBytes(limits.maxBytes, 'de')}).`, en: `The file is too large (at most ${formatBytes(limits.maxBytes, 'en')}).` };
  }
  const allowed = (language: string) => mediaTypeNames(limits.mediaTypes, language);
  if (size === 0) return { keyword: 'x-mediaTypes', de: `Die Datei ist leer. Erlaubt: ${allowed('de')}.`, en: `The file is empty. Allowed: ${allowed('en')}.` };
  const sniffed = sniffMediaType(file.head);
  if (!limits.mediaTypes.includes(file.mediaType) || sniffed !== file.mediaType) {
    return { keyword: 'x-mediaTypes', de: `Dieser Dateityp ist nicht erlaubt. Erlaubt: ${allowed('de')}.`, en: `This file type is not allowed. Allowed: ${allowed('en')}.` };
  }
  return undefined;
}
