import { decodedSize, leadingBytes, parseDataUrl } from './dataUrl.js';

/**
 * A file of form data by reference: what the server puts in place of a data URL once it has
 * stored the file in PostgreSQL (content-addressed by SHA-256), so that no file travels through
 * Temporal (the update, the effects' inputs, continue-as-new). It records what the checks of a
 * file field need — size, declared type, name and the first bytes (type by content) — so the
 * workflow checks a reference exactly as it checks the data URL it replaced:
 * `amtsweg-file:sha256=<hex>;size=<bytes>;head=<base64 of the first 12 bytes>;type=<type>[;name=<percent-encoded>]`.
 * Pure string work: runs in the workflow sandbox and the browser.
 */
export interface FileRef {
  sha256: string;
  size: number;
  /** The first bytes of the content (up to HEAD_BYTES), base64. */
  head: string;
  mediaType: string;
  /** The name parameter as the data URL carried it (percent-encoded). */
  rawName?: string;
}

/** How every reference starts; a client's data holding it is refused (only the server makes references). */
export const FILE_REF_PREFIX = 'amtsweg-file:';
const HEAD_BYTES = 12;
const SYNTAX = /^amtsweg-file:sha256=([0-9a-f]{64});size=(\d{1,12});head=([A-Za-z0-9+/]*={0,2});type=([A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+)(?:;name=([A-Za-z0-9!#$&'()*+.^_`|~%-]*))?$/;

/** The reference of a data URL whose decoded content has this SHA-256; undefined for no data URL. */
export function fileRefOf(dataUrl: string, sha256: string): string | undefined {
  const url = parseDataUrl(dataUrl);
  if (!url) return undefined;
  const name = /;name=([^;,]*)/i.exec(dataUrl.slice(0, dataUrl.indexOf(';base64,') + 1))?.[1];
  const head = btoaBytes(leadingBytes(url.base64, HEAD_BYTES));
  return `${FILE_REF_PREFIX}sha256=${sha256};size=${decodedSize(url.base64)};head=${head};type=${url.mediaType}${name !== undefined ? `;name=${name}` : ''}`;
}

/** The parts of a reference, or undefined when `value` is none. */
export function parseFileRef(value: string): FileRef | undefined {
  const m = SYNTAX.exec(value);
  if (!m) return undefined;
  return { sha256: m[1]!, size: Number(m[2]), head: m[3]!, mediaType: m[4]!, ...(m[5] !== undefined ? { rawName: m[5] } : {}) };
}

/** The data URL a reference stands for, given the file's content as base64. */
export function dataUrlOf(ref: FileRef, base64: string): string {
  return `data:${ref.mediaType}${ref.rawName !== undefined ? `;name=${ref.rawName}` : ''};base64,${base64}`;
}

/** What the checks of a file field read of a value — a data URL or a reference; undefined for neither. */
export interface FileValue {
  mediaType: string;
  name?: string;
  size: number;
  /** The first bytes of the content (enough to recognise its type). */
  head: Uint8Array;
}

/** A file value's type, name, size and first bytes, from a data URL or a reference. */
export function readFileValue(value: string): FileValue | undefined {
  if (value.startsWith(FILE_REF_PREFIX)) {
    const ref = parseFileRef(value);
    if (!ref) return undefined;
    let name: string | undefined;
    try {
      name = ref.rawName !== undefined ? decodeURIComponent(ref.rawName) : undefined;
    } catch {
      return undefined;
    }
    return { mediaType: ref.mediaType, ...(name !== undefined ? { name } : {}), size: ref.size, head: leadingBytes(ref.head, HEAD_BYTES) };
  }
  const url = parseDataUrl(value);
  return url ? { mediaType: url.mediaType, ...(url.name !== undefined ? { name: url.name } : {}), size: decodedSize(url.base64), head: leadingBytes(url.base64, 8) } : undefined;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a few bytes without Buffer or btoa (the workflow sandbox has neither for sure). */
function btoaBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) + (c === undefined ? '=' : ALPHABET[n & 63]!);
  }
  return out;
}
