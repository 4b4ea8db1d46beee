import type { ProcedureConfig } from '../../engine/index.js';

/** Category of fields that carry none: general case data. */
export const GENERAL = 'verfahrensdaten';

/** The data category of each field of each form (`x-data-category`, else general). */
export function fieldCategory(def: ProcedureConfig, form: string, field: string): string {
  const properties = (def.forms?.[form]?.schema.properties ?? {}) as Record<string, { 'x-data-category'?: string }>;
  return (Object.hasOwn(properties, field) ? properties[field]?.['x-data-category'] : undefined) ?? GENERAL;
}

/** Categories present in a case's data. */
export function categoriesIn(def: ProcedureConfig, data: Record<string, Record<string, unknown>>): string[] {
  const found = new Set<string>();
  for (const [form, fields] of Object.entries(data)) for (const field of Object.keys(fields)) found.add(fieldCategory(def, form, field));
  return [...found].sort();
}

/** Whether reading a category needs the citizen's consent. */
export function needsConsent(def: ProcedureConfig, category: string): boolean {
  const categories = def.dataCategories ?? {};
  return Object.hasOwn(categories, category) && categories[category]?.consentRequired === true;
}

/** Only the fields of the given categories. */
export function pickCategories(def: ProcedureConfig, data: Record<string, Record<string, unknown>>, categories: Set<string>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(data).map(([form, fields]) => [form,
    Object.fromEntries(Object.entries(fields).filter(([field]) => categories.has(fieldCategory(def, form, field))))]));
}
