/**
 * Data URLs (RFC 2397) as form fields carry files: `data:<type>/<subtype>[;name=<file name>];base64,<content>`
 * — what RJSF's file widget (`format: "data-url"`) and the browser's `FileReader.readAsDataURL`
 * write. Pure string work: no Buffer, no atob, so it runs in the workflow sandbox and the browser.
 */

/** A data URL taken apart; `base64` is the encoded content, not decoded. */
export interface DataUrl {
  mediaType: string;
  /** The `name=` parameter, percent-decoded (RJSF writes it with encodeURIComponent). */
  name?: string;
  base64: string;
}

// RFC 2045 token characters for type, subtype and parameter names; parameter values also take
// `%` (percent-encoding) and the characters encodeURIComponent leaves alone.
const TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
const VALUE = "[A-Za-z0-9!#$&'()*+.^_`|~%-]*";
const SYNTAX = new RegExp(`^data:(${TOKEN}/${TOKEN})((?:;${TOKEN}=${VALUE})*);base64,([A-Za-z0-9+/]*={0,2})$`);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The parts of a data URL, or undefined when `value` is not one with a media type and base64
 * content of valid length and padding (files are always base64: RJSF and FileReader write it so).
 */
export function parseDataUrl(value: string): DataUrl | undefined {
  const m = SYNTAX.exec(value);
  if (!m) return undefined;
  const base64 = m[3]!;
  if (base64.length % 4 !== 0) return undefined;
  let name: string | undefined;
  for (const param of m[2]!.split(';').slice(1)) {
    const [key, raw] = param.split('=') as [string, string];
    if (key.toLowerCase() !== 'name') continue;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return undefined; // a broken percent-escape
    }
  }
  return { mediaType: m[1]!.toLowerCase(), ...(name !== undefined ? { name } : {}), base64 };
}

/** The number of bytes base64 text decodes to (without decoding it). */
export function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** The first bytes of base64 content (at most `count`): enough to recognise a file type. */
export function leadingBytes(base64: string, count: number): Uint8Array {
  const chars = base64.slice(0, Math.ceil(count / 3) * 4).replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const c of chars) {
    buffer = (buffer << 6) | ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes.slice(0, count));
}

/** Leading bytes ("magic numbers") of the file types Amtsweg recognises by content. */
const SIGNATURES: Record<string, number[]> = {
  // ISO 32000-1, 7.5.2: a PDF starts with `%PDF-`.
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  // PNG signature (ISO/IEC 15948, 5.2).
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  // JPEG: start-of-image marker followed by the next marker's 0xFF.
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The media types whose content Amtsweg can recognise, and so the only ones a form may accept. */
export const RECOGNISED_MEDIA_TYPES = Object.keys(SIGNATURES);

/** The media type `bytes` start like (PDF, PNG, JPEG), or undefined. */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
  return RECOGNISED_MEDIA_TYPES.find((type) => SIGNATURES[type]!.every((b, i) => bytes[i] === b));
}
