import type { ReceivedAttachment } from '../../documents/index.js';

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*)(;base64)?,(.*)$/s;

/** A file found in form data, with the JSON pointer of the field that held it. */
export interface FoundAttachment extends ReceivedAttachment {
  pointer: string;
}

const escape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Files inside form data: every string value that is a data URL (what a JSON Schema
 * `format: data-url` field holds), with the `name=` parameter as file name.
 */
export function attachmentsOf(data: unknown, path = '', pointer = ''): FoundAttachment[] {
  if (typeof data === 'string') {
    const m = DATA_URL.exec(data);
    if (!m) return [];
    const name = /;name=([^;,]*)/.exec(m[2] ?? '')?.[1];
    const payload = m[4] ?? '';
    const content = m[3] ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
    return [{ name: name ? decodeURIComponent(name) : path.replace(/^\//, '') || 'anhang', mediaType: m[1] ?? 'text/plain', content: new Uint8Array(content), pointer }];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => attachmentsOf(v, `${path}/${i}`, `${pointer}/${i}`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => attachmentsOf(v, `${path}/${k}`, `${pointer}/${escape(k)}`));
  return [];
}
