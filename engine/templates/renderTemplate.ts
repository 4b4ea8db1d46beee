import Mustache from 'mustache';
import { templatePlaceholders } from './templatePlaceholders.js';
import type { TemplateLanguage, TemplateView } from './templateView.js';

const YES_NO = { de: ['Ja', 'Nein'], en: ['Yes', 'No'] } as const;

/** How a value of the view shows: text as it is, yes/no, lists comma-separated, groups not at all. */
function show(value: unknown, language: TemplateLanguage): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return YES_NO[language][value ? 0 : 1];
  if (typeof value === 'number') return String(value);
  // Lists of the view have no prototype, so no `map` either.
  if (Array.isArray(value)) return Array.prototype.map.call(value, (v: unknown) => show(v, language)).filter(Boolean).join(', ');
  return '';
}

/**
 * Renders a Mustache template over a view as plain text — no HTML escaping (a PDF shows text;
 * mails escape once where they lay out their HTML, workers/mail/renderBlocks). Refuses what
 * publishing refuses (partials, unescaped tags, changed delimiters), so a definition started
 * without the validator cannot use them either. Runs of blank lines collapse to one.
 */
export function renderTemplate(template: string, view: TemplateView, language: TemplateLanguage): string {
  const parsed = templatePlaceholders(template);
  if (!parsed.ok) throw new TypeError(`renderTemplate: ${parsed.problem.en}`);
  const text = Mustache.render(template, view, undefined, { escape: (value: unknown) => show(value, language) });
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
