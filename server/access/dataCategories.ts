import { GENERAL_CATEGORY } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import type { DocumentRecord } from '../../store/index.js';
import { HttpError } from '../HttpError.js';

/** Whether reading a category needs the citizen's consent. */
export function needsConsent(def: ProcedureConfig, category: string): boolean {
  const categories = def.dataCategories ?? {};
  return Object.hasOwn(categories, category) && categories[category]?.consentRequired === true;
}

/** Every category a procedure's data can carry: those it declares, and general case data. */
export function procedureCategories(def: ProcedureConfig): string[] {
  return [...new Set([GENERAL_CATEGORY, ...Object.keys(def.dataCategories ?? {})])].sort();
}

/** The categories named in `?categories=a,b`, refused (400, naming them) when the procedure has no such category. */
export function askedCategories(def: ProcedureConfig, list: string): string[] {
  const asked = [...new Set(list.split(',').filter(Boolean))];
  const declared = procedureCategories(def);
  const unknown = asked.filter((c) => !declared.includes(c));
  if (unknown.length) throw new HttpError(400, 'unknown-category', `Procedure ${def.id} has no data category ${unknown.join(', ')}`, { categories: unknown });
  return asked;
}

/**
 * The categories documents hold, together: each document's own, recorded when it was filed; for
 * one filed before that was recorded, every category the procedure declares (unknown counts as
 * everything). General case data always: a document tells the case, its time, its authority.
 */
export function documentCategories(def: ProcedureConfig, docs: Pick<DocumentRecord, 'categories'>[]): string[] {
  const found = new Set([GENERAL_CATEGORY]);
  for (const doc of docs) (doc.categories ?? procedureCategories(def)).forEach((c) => found.add(c));
  return [...found].sort();
}
