import type { LocalizedText, NotificationLanguage } from './NotificationValues.js';

/** Picks the language's variant of a text; a plain string is the same in both. */
export function localize(text: LocalizedText, language: NotificationLanguage): string {
  return typeof text === 'string' ? text : text[language];
}
