/** Id of a field's hint text (schema `description`). */
export const hintId = (id: string) => `${id}-hint`;
/** Id of a field's error text. */
export const errorTextId = (id: string) => `${id}-error`;

/**
 * `aria-describedby` of a field: its hint and its error text — only ids that are rendered
 * (RJSF's default names ids that may not exist).
 */
export function describedBy(id: string, hasHint: boolean, hasErrors: boolean): string | undefined {
  const ids = [hasHint ? hintId(id) : '', hasErrors ? errorTextId(id) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
