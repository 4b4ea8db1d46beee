import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** A consent purpose's id (the meta-schema's rule): lower case, digits and hyphens. */
export const CONSENT_PURPOSE_ID = /^[a-z][a-z0-9-]{0,62}$/;

const purposesOf = (def: JsonObject): JsonObject => {
  def.consentPurposes = { ...objectAt(def.consentPurposes) };
  return def.consentPurposes as JsonObject;
};

/** Adds a purpose for which staff may ask the citizen's consent; the citizen reads its title as written. */
export function addConsentPurpose(def: JsonObject, id: string, title: { de: string; en: string }): void {
  if (!CONSENT_PURPOSE_ID.test(id)) throw new Error(`invalid consent purpose ${id}`);
  const purposes = purposesOf(def);
  if (Object.hasOwn(purposes, id)) throw new Error(`consent purpose ${id} exists`);
  purposes[id] = { title };
}

/** Changes a purpose's title; other fields stay. */
export function setConsentPurposeTitle(def: JsonObject, id: string, title: { de: string; en: string }): void {
  const purposes = purposesOf(def);
  if (!Object.hasOwn(purposes, id)) throw new Error(`no consent purpose ${id}`);
  purposes[id] = { ...objectAt(purposes[id]), title };
}

/** Deletes a purpose (the last one takes `consentPurposes` with it). */
export function deleteConsentPurpose(def: JsonObject, id: string): void {
  const purposes = purposesOf(def);
  delete purposes[id];
  if (Object.keys(purposes).length === 0) delete def.consentPurposes;
}
