import type { NotificationLanguage, RenderedNotification } from './NotificationValues.js';
import { FOOTER } from './notificationTemplates.js';
import { renderBlocks } from './renderBlocks.js';

/** A procedure's own notification, its templates already rendered in one language. */
export interface OwnNotificationText {
  subject: string;
  body: string;
}

/**
 * Lays out a procedure's own notification as a mail: the subject on one line, the body split
 * into paragraphs at blank lines, and the automatic-message footer. Text and values are
 * escaped once, in renderBlocks, so neither the wording nor a value can add markup.
 */
export function renderOwnNotification(text: OwnNotificationText, language: NotificationLanguage): RenderedNotification {
  const paragraphs = text.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return renderBlocks(text.subject, [...paragraphs, FOOTER[language]], language);
}
