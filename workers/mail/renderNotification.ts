import { notificationTemplates } from './notificationTemplates.js';
import type { NotificationLanguage, NotificationValues, RenderedNotification, TemplateName } from './NotificationValues.js';
import { renderBlocks } from './renderBlocks.js';

/** Which notification to render, in which language, with which values. */
export interface RenderNotificationInput<K extends TemplateName = TemplateName> {
  template: K;
  language: NotificationLanguage;
  values: NotificationValues[K];
}

/**
 * Renders one built-in notification mail: subject, plain text and HTML (every value escaped). A
 * procedure's own notifications are templates of its definition (`renderOwnNotification`). Throws a
 * TypeError for an unknown template or a missing required value — effect parameters come from
 * procedure JSON, and a mail saying "undefined" to a citizen is worse than a failed activity.
 */
export function renderNotification<K extends TemplateName>(input: RenderNotificationInput<K>): RenderedNotification {
  const { template, language, values } = input;
  const builtIn = Object.hasOwn(notificationTemplates, template) ? notificationTemplates[template] : undefined;
  if (builtIn === undefined) throw new TypeError(`renderNotification: unknown template ${JSON.stringify(template)}`);
  const missing = builtIn.required.filter((key) => (values as Record<string, unknown>)[key] === undefined);
  if (missing.length > 0) throw new TypeError(`renderNotification: template ${template} needs ${missing.join(', ')}`);

  const { subject, blocks } = builtIn.render(values, language);
  return renderBlocks(subject, blocks, language);
}
