/**
 * Escapes text for HTML element content and quoted attribute values. Unlike the XML escaper of
 * workers/documents it keeps control characters (HTML tolerates them) and writes `&#39;`,
 * which every mail client understands, where XML's `&apos;` is not HTML 4.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
