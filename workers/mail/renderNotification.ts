import { fillPlaceholders } from './fillPlaceholders.js';
import { formatBerlinTime } from './formatBerlinTime.js';
import { localize } from './localize.js';
import { notificationTemplates } from './notificationTemplates.js';
import type { LocalizedText, NotificationLanguage, NotificationOverrides, NotificationValues, RenderedNotification, TemplateName } from './NotificationValues.js';
import { renderBlocks } from './renderBlocks.js';

/** Which notification to render, in which language, with which values. */
export interface RenderNotificationInput<K extends TemplateName = TemplateName> {
  template: K;
  language: NotificationLanguage;
  values: NotificationValues[K];
  /** The procedure's own wording for some templates, see {@link NotificationOverrides}. */
  overrides?: NotificationOverrides;
}

/** Values that are instants, shown as Berlin local time in placeholders too. */
const TIMES = new Set(['receivedAt', 'dueAt', 'deadline', 'accessedAt', 'validUntil']);

/**
 * Renders one notification mail: subject, plain text and HTML (every value escaped). Uses the
 * procedure's override for the template when there is one, else the built-in wording. Throws a
 * TypeError for an unknown template or a missing required value — effect parameters come from
 * procedure JSON, and a mail saying "undefined" to a citizen is worse than a failed activity.
 */
export function renderNotification<K extends TemplateName>(input: RenderNotificationInput<K>): RenderedNotification {
  const { template, language, values } = input;
  const builtIn = Object.hasOwn(notificationTemplates, template) ? notificationTemplates[template] : undefined;
  if (builtIn === undefined) throw new TypeError(`renderNotification: unknown template ${JSON.stringify(template)}`);
  const missing = builtIn.required.filter((key) => (values as Record<string, unknown>)[key] === undefined);
  if (missing.length > 0) throw new TypeError(`renderNotification: template ${template} needs ${missing.join(', ')}`);

  const override = input.overrides?.[template]?.[language];
  if (override === undefined) {
    const { subject, blocks } = builtIn.render(values, language);
    return renderBlocks(oneLine(subject), blocks, language);
  }
  const display = displayValues(values as Record<string, unknown>, language);
  // The author's text is split into paragraphs and escaped as a whole after substitution, so
  // neither the wording nor a value can add markup.
  const paragraphs = fillPlaceholders(override.text, display).trim().split(/\n\s*\n/);
  return renderBlocks(oneLine(fillPlaceholders(override.subject, display)), paragraphs, language);
}

/** Every value as text for `{{name}}`: localized, times in Berlin time, lists comma-separated. */
function displayValues(values: Record<string, unknown>, language: NotificationLanguage): Record<string, string> {
  const show = (value: LocalizedText) => localize(value, language);
  const display: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (TIMES.has(key) && typeof value === 'string') {
      const { date, time } = formatBerlinTime(value, language);
      display[key] = language === 'de' ? `${date}, ${time}` : `${date} ${time}`;
    } else {
      display[key] = Array.isArray(value) ? value.map(show).join(', ') : show(value as LocalizedText);
    }
  }
  return display;
}

/** A subject is one header line: a newline in a value must not end it early. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
