import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTICES } from '../../engine/index.js';
import { notificationTemplates } from './notificationTemplates.js';
import { renderOwnNotification } from './renderOwnNotification.js';

describe('renderOwnNotification()', () => {
  const text = { subject: 'Ihre Baugenehmigung\nist erteilt (BAUG-2026-1A2B3C4D)', body: 'Sehr geehrte Damen und Herren,\n\nfür „<img src=x onerror=alert(1)>“ ist die Genehmigung erteilt.\nZeile zwei' };

  it('keeps the subject on one line and splits the body into paragraphs, with the footer', () => {
    const mail = renderOwnNotification(text, 'de');
    expect(mail.subject).toBe('Ihre Baugenehmigung ist erteilt (BAUG-2026-1A2B3C4D)');
    expect(mail.text).toBe('Sehr geehrte Damen und Herren,\n\nfür „<img src=x onerror=alert(1)>“ ist die Genehmigung erteilt.\nZeile zwei\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n');
  });

  it('escapes the wording and every value in the HTML body', () => {
    const { html } = renderOwnNotification(text, 'en');
    expect(html).toContain('<p>für „&lt;img src=x onerror=alert(1)&gt;“ ist die Genehmigung erteilt.<br>\nZeile zwei</p>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<html lang="en">');
  });
});

describe('the built-in notices a definition may name', () => {
  it('are all templates of workers/mail', () => {
    for (const name of BUILT_IN_NOTICES) expect(Object.keys(notificationTemplates)).toContain(name);
  });
});
