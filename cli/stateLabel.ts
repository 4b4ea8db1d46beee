/**
 * A state value for people: `verfahren.entscheidung`, parallel regions in parentheses:
 * `verfahren.stellungnahmen(brandschutz.abgegeben, denkmalschutz.angefragt)`.
 */
export function stateLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  const parts = Object.entries(value).map(([key, child]) => {
    if (typeof child === 'string') return `${key}.${child}`;
    const inner = stateLabel(child);
    return Object.keys(child as object).length > 1 ? `${key}(${inner})` : `${key}.${inner}`;
  });
  return parts.join(', ');
}
