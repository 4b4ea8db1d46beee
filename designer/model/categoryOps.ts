import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** A data category's name (the meta-schema's rule). */
export const CATEGORY_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

const categoriesOf = (def: JsonObject): JsonObject => {
  def.dataCategories = { ...objectAt(def.dataCategories) };
  return def.dataCategories as JsonObject;
};

/** Adds a data category with a title (not consent-gated until marked). */
export function addCategory(def: JsonObject, name: string, title: { de: string; en: string }): void {
  if (!CATEGORY_NAME.test(name)) throw new Error(`invalid category name ${name}`);
  const categories = categoriesOf(def);
  if (Object.hasOwn(categories, name)) throw new Error(`category ${name} exists`);
  categories[name] = { title };
}

/**
 * Marks whether staff may read a category only after the citizen's consent; unmarking removes
 * the flag (false is the default). Other fields of the category stay.
 */
export function setConsentRequired(def: JsonObject, name: string, required: boolean): void {
  const categories = categoriesOf(def);
  if (!Object.hasOwn(categories, name)) throw new Error(`no category ${name}`);
  const category = { ...objectAt(categories[name]) };
  if (required) category.consentRequired = true;
  else delete category.consentRequired;
  categories[name] = category;
}

/** Changes a category's title. */
export function setCategoryTitle(def: JsonObject, name: string, title: { de: string; en: string }): void {
  const categories = categoriesOf(def);
  if (!Object.hasOwn(categories, name)) throw new Error(`no category ${name}`);
  categories[name] = { ...objectAt(categories[name]), title };
}

/** Deletes a category; form fields naming it stay, for the problems panel to name. */
export function deleteCategory(def: JsonObject, name: string): void {
  const categories = categoriesOf(def);
  delete categories[name];
  if (Object.keys(categories).length === 0) delete def.dataCategories;
}
