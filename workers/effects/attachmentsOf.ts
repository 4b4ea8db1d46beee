import type { ReceivedAttachment } from '../../documents/index.js';
import { parseDataUrl } from '../../engine/index.js';

/** A file found in form data, with the JSON pointer of the field that held it. */
export interface FoundAttachment extends ReceivedAttachment {
  pointer: string;
}

const escape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const BAD_NAME_CHARS = /[\u0000-\u001f\u007f/\\]/g;

/**
 * Files inside form data: every string value that is a data URL (what a file field holds, see
 * engine fileFields; validateForm checked its size and type), with the `name=` parameter as file
 * name (path separators and control characters replaced), else the field's path.
 */
export function attachmentsOf(data: unknown, path = '', pointer = ''): FoundAttachment[] {
  if (typeof data === 'string') {
    const url = data.startsWith('data:') ? parseDataUrl(data) : undefined;
    if (!url) return [];
    // The name is the sender's: no path, no control characters, not endless.
    const name = (url.name?.replace(BAD_NAME_CHARS, '_').trim().slice(0, 200) || path.replace(/^\//, '').replace(/\//g, '-')) || 'anhang';
    return [{ name, mediaType: url.mediaType, content: new Uint8Array(Buffer.from(url.base64, 'base64')), pointer }];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => attachmentsOf(v, `${path}/${i}`, `${pointer}/${i}`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => attachmentsOf(v, `${path}/${k}`, `${pointer}/${escape(k)}`));
  return [];
}
