import type { FormShapes } from './formShapes.js';
import type { FieldShape } from './formShapes.js';
import { resolvePlaceholder, sectionScope } from './resolvePlaceholder.js';
import { templatePlaceholders } from './templatePlaceholders.js';
import { viewShape } from './viewShape.js';

/**
 * The data categories a set of templates can reveal: those of every form field they name (a
 * section over a group reveals at least whether it is filled). A document rendered from them
 * is filed with these, so reading it is logged and gated for what it shows — not for all the
 * case holds.
 */
export function templateCategories(templates: readonly string[], forms: FormShapes): string[] {
  const root = viewShape(forms);
  const found = new Set<string>();
  for (const template of templates) {
    const parsed = templatePlaceholders(template);
    if (!parsed.ok) continue;
    const sections = new Map<string, FieldShape>();
    for (const p of parsed.placeholders) {
      const scopes = [root, ...p.within.map((name) => sections.get(name)).filter((s): s is FieldShape => s !== undefined)];
      const node = resolvePlaceholder(p.name, scopes);
      if (!node) continue;
      if (p.kind === 'section') sections.set(p.name, sectionScope(node));
      node.categories.forEach((c) => found.add(c));
    }
  }
  return [...found].sort();
}
