import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDocument, type DocumentContent } from './renderDocument.js';
import { runPoppler } from './testing/popplerTools.js';

const content: DocumentContent = {
  title: 'Bescheid über die Gewerbeanmeldung',
  authority: 'Gewerbeamt Musterstadt',
  caseId: 'GA-2026-0001',
  procedureTitle: 'Gewerbeanmeldung (§ 14 GewO)',
  fields: [{ label: 'Name', value: 'Jürgen Müller' }, { label: 'Tätigkeit', value: 'Straßenverkauf von Süßwaren' }],
  body: ['Sehr geehrter Herr Müller,', 'Ihre Anmeldung ist vollständig eingegangen und wird hiermit bestätigt.'],
  date: '2026-03-02',
  language: 'de',
};

describe('renderDocument()', () => {
  it('renders title, authority, case, fields and body with umlauts and ß', async () => {
    const text = runPoppler('pdftotext', await renderDocument(content));
    for (const expected of ['Bescheid über die Gewerbeanmeldung', 'Gewerbeamt Musterstadt', 'Aktenzeichen: GA-2026-0001',
      'Verfahren: Gewerbeanmeldung (§ 14 GewO)', 'Tätigkeit', 'Straßenverkauf von Süßwaren', 'Sehr geehrter Herr Müller,']) {
      expect(text).toContain(expected);
    }
  });

  it('writes the date long-form in the document language', async () => {
    expect(runPoppler('pdftotext', await renderDocument(content))).toContain('2. März 2026');
    expect(runPoppler('pdftotext', await renderDocument({ ...content, language: 'en' }))).toContain('2 March 2026');
  });

  it('uses English labels for English documents', async () => {
    const text = runPoppler('pdftotext', await renderDocument({ ...content, language: 'en' }));
    expect(text).toContain('Case: GA-2026-0001');
    expect(text).toContain('Page 1 of 1');
  });

  it('replaces characters the standard font cannot encode instead of failing', async () => {
    const pdf = await renderDocument({ ...content, fields: [{ label: 'Name', value: 'Łukasz Wiśniewski 😀' }] });
    expect(runPoppler('pdftotext', pdf)).toContain('Lukasz Wisniewski ?');
  });

  it('sets title, author and the document date as metadata', async () => {
    const info = runPoppler('pdfinfo', await renderDocument(content));
    expect(info).toMatch(/Title:\s+Bescheid über die Gewerbeanmeldung/);
    expect(info).toMatch(/Author:\s+Gewerbeamt Musterstadt/);
    expect(info).toMatch(/CreationDate:\s+Mon Mar {2}2 00:00:00 2026 UTC/);
  });

  it('gives the same bytes for the same content', async () => {
    expect(Buffer.from(await renderDocument(content)).equals(Buffer.from(await renderDocument(content)))).toBe(true);
  });

  it('continues long content on further pages, numbered', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Absatz ${i + 1}: ${'Begründung des Bescheids. '.repeat(12)}`);
    const pdf = await renderDocument({ ...content, body });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(2);
    expect(runPoppler('pdftotext', pdf)).toContain('Seite 2 von');
    expect(runPoppler('pdftotext', pdf)).toContain('Absatz 40:');
  });

  it('throws for an invalid date', async () => {
    await expect(renderDocument({ ...content, date: '02.03.2026' })).rejects.toThrow(/invalid date/);
  });
});
