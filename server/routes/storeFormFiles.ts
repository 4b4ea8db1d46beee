import { createHash } from 'node:crypto';
import { FILE_REF_PREFIX, fileRefOf, formatBytes, parseDataUrl, readFileValue } from '../../engine/index.js';
import type { Store } from '../../store/index.js';
import { HttpError } from '../HttpError.js';

/** Deeper than the form validator allows (16): such data is refused there, untouched here. */
const MAX_DEPTH = 32;

/**
 * Files of data the case does not keep (a sealed bid, `keepData: false`) are not stored in
 * plain: they travel inline through Temporal (encrypted by the payload codec) as before, so
 * Temporal's payload limit bounds them (2 MB per payload, the data in the update and an effect).
 */
export const INLINE_FILES_MAX_BYTES = 512 * 1024;

/** Refuses (422) files of data kept inline that together pass INLINE_FILES_MAX_BYTES. */
export function checkInlineFiles(data: unknown): void {
  let total = 0;
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') total += (value.startsWith('data:') ? readFileValue(value)?.size : undefined) ?? 0;
    else if (value && typeof value === 'object' && depth <= MAX_DEPTH) Object.values(value).forEach((v) => visit(v, depth + 1));
  };
  visit(data, 0);
  if (total <= INLINE_FILES_MAX_BYTES) return;
  const max = (language: string) => formatBytes(INLINE_FILES_MAX_BYTES, language);
  const message = { de: `Die Dateien eines versiegelten Angebots sind zusammen zu groß (höchstens ${max('de')}).`, en: `The files of a sealed bid are too large together (at most ${max('en')}).` };
  throw new HttpError(422, 'invalid-form-data', message.en, { message, errors: [{ path: '', code: 'files-too-large', message }] });
}

/**
 * Takes the files out of an event's form data before it goes to Temporal: each data URL is
 * stored once in PostgreSQL under the SHA-256 of its decoded content and replaced by a
 * reference (engine fileRef.ts) that records its size, type, name and first bytes — so the
 * workflow checks it as it would the file, and the effects read the content back by hash.
 * Only the server makes references: data that already holds one is refused with 422.
 */
export async function storeFormFiles(store: Store, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const visit = async (value: unknown, path: string, depth: number): Promise<unknown> => {
    if (typeof value === 'string') {
      if (value.startsWith(FILE_REF_PREFIX)) {
        const message = { de: 'Dateien werden als Data-URL gesendet, nicht als Verweis.', en: 'Files are sent as data URLs, not as references.' };
        throw new HttpError(422, 'invalid-form-data', message.en, { message, errors: [{ path, code: 'format', message }] });
      }
      const url = value.startsWith('data:') ? parseDataUrl(value) : undefined;
      if (!url) return value;
      const content = Buffer.from(url.base64, 'base64');
      const sha256 = createHash('sha256').update(content).digest('hex');
      await store.storeFormFile(sha256, content);
      return fileRefOf(value, sha256)!;
    }
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const [i, v] of value.entries()) out.push(await visit(v, `${path}/${i}`, depth + 1));
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Own data properties only (defineProperty): a `__proto__` key stays a key, as JSON.parse made it.
      Object.defineProperty(out, k, { value: await visit(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return await visit(data, '', 0) as Record<string, unknown>;
}

/**
 * Stores an event's form data (files already references) as JSON under its SHA-256, which the
 * update carries: the workflow's effects get the data by that hash, not inline.
 */
export async function storeFormData(store: Store, data: Record<string, unknown>): Promise<string> {
  const json = Buffer.from(JSON.stringify(data), 'utf8');
  const sha256 = createHash('sha256').update(json).digest('hex');
  await store.storeFormFile(sha256, json);
  return sha256;
}
