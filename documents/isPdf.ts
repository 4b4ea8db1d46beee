const HEADER = new TextEncoder().encode('%PDF-');

/** Whether `bytes` start like a PDF file (ISO 32000-1, 7.5.2: the header `%PDF-1.n`). */
export function isPdf(bytes: Uint8Array): boolean {
  return HEADER.every((byte, i) => bytes[i] === byte);
}
