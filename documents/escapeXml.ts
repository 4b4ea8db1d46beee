/** Characters XML 1.0 cannot carry at all, not even escaped; lone surrogates included. */
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML element content and double- or single-quoted attributes, and drops the
 * characters XML 1.0 forbids (which would make the whole manifest unreadable).
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
