import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** The name of a document or notification template (the meta-schema's rule): `bescheid`, `gewerbe-bestaetigt`. */
export const TEMPLATE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** The kinds of administrative document the meta-schema knows; `bescheid` and `ablehnung` need a `remedy`. */
export const DOCUMENT_KINDS = ['bescheid', 'ablehnung', 'fiktionsbescheinigung', 'auskunft', 'nachforderung', 'bescheinigung', 'mitteilung'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The text parts of a document, in the order a letter has them. */
export const DOCUMENT_PARTS = ['title', 'addressee', 'tenor', 'reasons', 'notes', 'remedy'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** The text parts of a notification (mail and inbox notice). */
export const NOTIFICATION_PARTS = ['subject', 'body'] as const;
export type NotificationPart = (typeof NOTIFICATION_PARTS)[number];

type Section = 'documents' | 'notifications';

/** The definition's templates of one section, copied so that the edit does not touch history. */
function sectionOf(def: JsonObject, section: Section): JsonObject {
  def[section] = { ...objectAt(def[section]) };
  return def[section] as JsonObject;
}

function entryOf(def: JsonObject, section: Section, name: string): JsonObject {
  const all = sectionOf(def, section);
  if (!Object.hasOwn(all, name)) throw new Error(`no ${section === 'documents' ? 'document' : 'notification'} ${name}`);
  const entry = { ...objectAt(all[name]) };
  all[name] = entry;
  return entry;
}

function add(def: JsonObject, section: Section, name: string, entry: JsonObject): void {
  if (!TEMPLATE_NAME.test(name)) throw new Error(`invalid template name ${name}`);
  const all = sectionOf(def, section);
  if (Object.hasOwn(all, name)) throw new Error(`${name} exists`);
  all[name] = entry;
}

/**
 * Sets one language of one text part (a Mustache template). An emptied language stays empty for
 * the checker to name (both languages are required); a part emptied in both languages is removed,
 * so an optional part (addressee, notes) can be taken out again.
 */
function setText(entry: JsonObject, part: string, language: 'de' | 'en', text: string): void {
  const next = { ...objectAt(entry[part]), [language]: text };
  if (!next.de && !next.en) delete entry[part];
  else entry[part] = next;
}

/** Adds a document template of `kind` with its title; tenor and reasons are for the designer to write (the checker asks for them). */
export function addDocument(def: JsonObject, name: string, kind: DocumentKind, title: { de: string; en: string }): void {
  add(def, 'documents', name, { kind, title });
}

/** Changes the kind of a document (`bescheid` and `ablehnung` then need a Rechtsbehelfsbelehrung). */
export function setDocumentKind(def: JsonObject, name: string, kind: DocumentKind): void {
  entryOf(def, 'documents', name).kind = kind;
}

/** Sets one language of one part of a document. */
export function setDocumentText(def: JsonObject, name: string, part: DocumentPart, language: 'de' | 'en', text: string): void {
  setText(entryOf(def, 'documents', name), part, language, text);
}

/** Deletes a document template; effects that render it stay, for the problems panel to name. */
export function deleteDocument(def: JsonObject, name: string): void {
  delete sectionOf(def, 'documents')[name];
}

/** Adds a notification template with its subject (the body is for the designer to write). */
export function addNotification(def: JsonObject, name: string, subject: { de: string; en: string }): void {
  add(def, 'notifications', name, { subject });
}

/** Sets one language of a notification's subject or body. */
export function setNotificationText(def: JsonObject, name: string, part: NotificationPart, language: 'de' | 'en', text: string): void {
  setText(entryOf(def, 'notifications', name), part, language, text);
}

/** Deletes a notification template; effects that send it stay, for the problems panel to name. */
export function deleteNotification(def: JsonObject, name: string): void {
  delete sectionOf(def, 'notifications')[name];
}
