import { describe, expect, it } from 'vitest';
import type { NotificationValues, TemplateName } from './NotificationValues.js';
import { renderNotification } from './renderNotification.js';

const title = { de: 'Gewerbeanmeldung', en: 'Business registration' };
const examples: { [K in TemplateName]: NotificationValues[K] } = {
  receipt: { procedureTitle: title, caseId: 'case-0001', receivedAt: '2026-03-02T08:15:00Z' },
  decision: { procedureTitle: title, caseId: 'case-0001' },
  statusChanged: { procedureTitle: title, caseId: 'case-0001', stateLabel: { de: 'In Prüfung', en: 'Under review' } },
  documentsRequested: { procedureTitle: title, caseId: 'case-0001', documents: ['Personalausweis', 'Handelsregisterauszug'], dueAt: '2026-04-15T21:59:00Z' },
  deadlineEscalation: { procedureTitle: title, caseId: 'case-0001', stateLabel: 'submitted', deadline: '2026-06-02T08:15:00Z' },
  accessNotice: { authority: 'Finanzamt Musterstadt', purpose: 'Prüfung der Angaben', categories: ['Einkommen', 'Anschrift'], accessedAt: '2026-03-05T13:00:00Z' },
  consentRequested: { authority: 'Jobcenter Musterstadt', purpose: 'Leistungsberechnung', categories: ['Einkommen'], caseId: 'case-0002' },
  message: { procedureTitle: title, caseId: 'case-0001', receivedAt: '2026-03-02T08:15:00Z', sender: 'authority', authority: 'Gewerbeamt Musterstadt' },
  newCase: { procedureTitle: title, caseId: 'case-0001', receivedAt: '2026-03-02T08:15:00Z' },
  citizenAnswered: { procedureTitle: title, caseId: 'case-0001', receivedAt: '2026-03-02T08:15:00Z', event: { de: 'Unterlagen nachreichen', en: 'Submit documents' } },
  deadlineNear: { procedureTitle: title, caseId: 'case-0001', deadline: '2026-06-02T08:15:00Z' },
};
const templates = Object.keys(examples) as TemplateName[];

describe('renderNotification()', () => {
  it.each(templates.flatMap((t) => [[t, 'de'], [t, 'en']] as const))('renders %s in %s with subject, text and HTML', (template, language) => {
    const mail = renderNotification({ template, language, values: examples[template] });
    expect(mail.subject).not.toBe('');
    expect(mail.text).toContain(template === 'accessNotice' || template === 'consentRequested' ? 'Musterstadt' : 'case-0001');
    expect(mail.html).toContain(`<html lang="${language}">`);
    expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/undefined|\[object Object\]/);
  });

  it('tells of a message by whom and where to read it, for the citizen and for the authority\'s staff', () => {
    const toCitizen = renderNotification({ template: 'message', language: 'de', values: examples.message });
    expect(toCitizen.subject).toBe('Neue Nachricht von Gewerbeamt Musterstadt');
    expect(toCitizen.text).toContain('Zum Schutz Ihrer Daten steht der Text nicht in dieser E-Mail.');
    const toStaff = renderNotification({ template: 'message', language: 'en', values: { ...examples.message, sender: 'citizen' } });
    expect(toStaff.subject).toBe('New message in case case-0001');
    expect(toStaff.text).toMatch(/^Hello,/);
  });

  it('tells staff of a new case, an answer and a deadline near without the applicant\'s data', () => {
    const fresh = renderNotification({ template: 'newCase', language: 'de', values: examples.newCase });
    expect(fresh.subject).toBe('Neuer Vorgang: Gewerbeanmeldung');
    expect(fresh.text).toMatch(/^Guten Tag,\n\nam 02\.03\.2026 um 09:15 Uhr ist ein neuer Vorgang „Gewerbeanmeldung“ eingegangen\. Vorgangsnummer: case-0001\./);
    expect(renderNotification({ template: 'citizenAnswered', language: 'en', values: examples.citizenAnswered }).subject).toBe('Received in case case-0001: Submit documents');
    const near = renderNotification({ template: 'deadlineNear', language: 'de', values: examples.deadlineNear });
    expect(near.subject).toBe('Frist läuft ab: Vorgang case-0001');
    expect(near.text).toContain('läuft am 02.06.2026 um 10:15 Uhr ab');
  });

  it('addresses citizens formally in German', () => {
    const { text } = renderNotification({ template: 'decision', language: 'de', values: examples.decision });
    expect(text).toMatch(/^Sehr geehrte Damen und Herren,/);
    expect(text).toContain('Sie können ihn in Ihrem Postfach im Portal abrufen');
    expect(text).not.toMatch(/\b(du|dein|dich)\b/i);
  });

  it('shows the time of receipt in Berlin local time with a German date', () => {
    const { subject, text } = renderNotification({ template: 'receipt', language: 'de', values: examples.receipt });
    expect(subject).toBe('Eingangsbestätigung: Gewerbeanmeldung');
    expect(text).toContain('Ihr Antrag „Gewerbeanmeldung“ ist am 02.03.2026 um 09:15 Uhr eingegangen. Ihre Vorgangsnummer lautet case-0001.');
    expect(text).toContain('signierte Eingangsbestätigung finden Sie in Ihrem Postfach im Portal');
  });

  it('shows the time of receipt ISO-like with its UTC offset in English, summer time included', () => {
    const values = { ...examples.receipt, receivedAt: '2026-07-01T22:30:00Z' };
    const { subject, text } = renderNotification({ template: 'receipt', language: 'en', values });
    expect(subject).toBe('Confirmation of receipt: Business registration');
    expect(text).toContain('was received on 2026-07-02 at 00:30 (UTC+02:00)');
  });

  it('lists requested documents as bullets in text and HTML', () => {
    const mail = renderNotification({ template: 'documentsRequested', language: 'de', values: examples.documentsRequested });
    expect(mail.text).toContain('- Personalausweis\n- Handelsregisterauszug');
    expect(mail.text).toContain('bis zum 15.04.2026');
    expect(mail.html).toContain('<ul>\n<li>Personalausweis</li>\n<li>Handelsregisterauszug</li>\n</ul>');
  });

  it('escapes values in the HTML body and keeps them verbatim in the text body', () => {
    const values = { ...examples.statusChanged, stateLabel: '<script>alert("x")</script>' };
    const mail = renderNotification({ template: 'statusChanged', language: 'en', values });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.text).toContain('<script>alert("x")</script>');
  });

  it('links the portal only over http(s)', () => {
    const ok = renderNotification({ template: 'decision', language: 'en', values: { ...examples.decision, portalUrl: 'https://portal.example/?a=1&b=2' } });
    expect(ok.html).toContain('<a href="https://portal.example/?a=1&amp;b=2">Go to the portal</a>');
    expect(() => renderNotification({ template: 'decision', language: 'en', values: { ...examples.decision, portalUrl: 'javascript:alert(1)' } })).toThrow(TypeError);
  });

  it('keeps a subject on one line when a value contains a line break', () => {
    const values = { ...examples.decision, procedureTitle: 'Gewerbe\r\nBcc: x@example.org' };
    expect(renderNotification({ template: 'decision', language: 'de', values }).subject).toBe('Bescheid zu Ihrem Antrag: Gewerbe Bcc: x@example.org');
  });

  it('throws for a missing required value instead of mailing "undefined"', () => {
    const values = { procedureTitle: title } as unknown as NotificationValues['receipt'];
    expect(() => renderNotification({ template: 'receipt', language: 'de', values })).toThrow('template receipt needs caseId, receivedAt');
  });

  it('throws for an unknown template', () => {
    expect(() => renderNotification({ template: 'fax' as TemplateName, language: 'de', values: examples.decision })).toThrow(/unknown template "fax"/);
  });
});
