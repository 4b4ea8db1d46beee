const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces `{{name}}` with `values[name]` — plain substitution, no expressions, no helpers, so
 * a procedure author's wording can never run code. Unknown names stay as written, visible in
 * the mail, so authors notice a typo in review instead of sending an empty gap.
 */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] ?? whole : whole));
}
