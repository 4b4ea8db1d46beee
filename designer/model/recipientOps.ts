import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** An external recipient's name (the meta-schema's rule for names). */
export const RECIPIENT_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

const recipientsOf = (def: JsonObject): JsonObject => {
  def.recipients = { ...objectAt(def.recipients) };
  return def.recipients as JsonObject;
};

/**
 * Adds an external recipient of notifications (the tax office, say), with a title and the
 * provision that allows passing data to it. A role of the same name is refused: `notify` looks
 * up roles first, so the recipient could never be reached.
 */
export function addRecipient(def: JsonObject, name: string, title: { de: string; en: string }, legalBasis?: string): void {
  if (!RECIPIENT_NAME.test(name)) throw new Error(`invalid recipient name ${name}`);
  if (Object.hasOwn(objectAt(def.roles), name)) throw new Error(`a role is named ${name}`);
  const recipients = recipientsOf(def);
  if (Object.hasOwn(recipients, name)) throw new Error(`recipient ${name} exists`);
  recipients[name] = { title, ...(legalBasis ? { legalBasis } : {}) };
}

/** Changes a recipient's title or legal basis (an empty legal basis is removed); other fields stay. */
export function updateRecipient(def: JsonObject, name: string, patch: { title?: { de: string; en: string }; legalBasis?: string }): void {
  const recipients = recipientsOf(def);
  if (!Object.hasOwn(recipients, name)) throw new Error(`no recipient ${name}`);
  const recipient = { ...objectAt(recipients[name]) };
  if (patch.title) recipient.title = patch.title;
  if (patch.legalBasis === '') delete recipient.legalBasis;
  else if (patch.legalBasis !== undefined) recipient.legalBasis = patch.legalBasis;
  recipients[name] = recipient;
}

/** Deletes a recipient (the last one takes `recipients` with it); `notify` effects naming it stay, for the problems panel. */
export function deleteRecipient(def: JsonObject, name: string): void {
  const recipients = recipientsOf(def);
  delete recipients[name];
  if (Object.keys(recipients).length === 0) delete def.recipients;
}
