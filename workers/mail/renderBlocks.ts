import { escapeHtml } from './escapeHtml.js';
import type { NotificationLanguage, RenderedNotification } from './NotificationValues.js';

/** A piece of a mail body: a paragraph (single newlines kept), a bullet list, or a link. */
export type Block = string | { list: string[] } | { link: string; label: string };

/**
 * Lays out the same blocks as plain text and as HTML, under a one-line subject. All content is escaped here, in one
 * place, so no template and no value can smuggle markup into the HTML body.
 */
export function renderBlocks(title: string, blocks: Block[], language: NotificationLanguage): RenderedNotification {
  // A subject is one header line: a newline in a value must not end it early.
  const subject = title.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const text = blocks.map((block) => {
    if (typeof block === 'string') return block;
    if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
    return `${block.label}: ${block.link}`;
  });
  const html = blocks.map((block) => {
    if (typeof block === 'string') return `<p>${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>`;
    if ('list' in block) return `<ul>\n${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    if (!/^https?:\/\//i.test(block.link)) throw new TypeError(`renderNotification: links must be http(s), got ${JSON.stringify(block.link)}`);
    return `<p><a href="${escapeHtml(block.link)}">${escapeHtml(block.label)}</a></p>`;
  });
  return {
    subject,
    text: `${text.join('\n\n')}\n`,
    html: [
      '<!DOCTYPE html>',
      `<html lang="${language}">`,
      `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      '<body>',
      ...html,
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  };
}
