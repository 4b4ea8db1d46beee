import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDocument, type DocumentContent } from './renderDocument.js';
import { runPoppler } from './testing/popplerTools.js';

const content: DocumentContent = {
  kind: 'bescheid',
  language: 'de',
  authority: { name: 'Stadt Musterstadt – Gewerbeamt', address: ['Rathausplatz 1', '86150 Musterstadt'] },
  reference: 'GEWE-2026-1A2B3C4D',
  procedureTitle: 'Gewerbeanmeldung (§ 14 GewO)',
  date: '2026-03-02',
  addressee: ['Łukasz Żółć', 'Ørstedvej 7', '86150 Musterstadt'],
  title: 'Bescheid über die Gewerbeanmeldung',
  tenor: 'Die Anmeldung des Gewerbes „Straßenverkauf von Süßwaren“ wird bestätigt.',
  reasons: 'Die Anmeldung ist vollständig.\n\nÄnderungen sind anzuzeigen (§ 14 Abs. 1 GewO).',
  notes: 'Gebühr: 30 Euro. Genehmigungsfiktion, Pflichten, offline, Auflagen, effizient.',
  remedy: 'Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Verwaltungsgericht Augsburg erhoben werden.',
};
const text = async (c: DocumentContent) => runPoppler('pdftotext', await renderDocument(c));

describe('renderDocument()', () => {
  it('prints names with Polish and Danish letters, umlauts and ß exactly (embedded Noto Sans)', async () => {
    const out = await text(content);
    for (const expected of ['Łukasz Żółć', 'Ørstedvej 7', 'Straßenverkauf von Süßwaren', 'Änderungen sind anzuzeigen']) expect(out).toContain(expected);
  });

  it('replaces what Noto Sans cannot draw instead of failing', async () => {
    expect(await text({ ...content, addressee: ['Łukasz 😀 Żółć'] })).toContain('Łukasz ? Żółć');
  });

  it('has the parts of an administrative act: authority with address, Aktenzeichen, date, addressee, Tenor, Begründung, Rechtsbehelfsbelehrung, seal note', async () => {
    const out = await text(content);
    for (const expected of ['Stadt Musterstadt – Gewerbeamt', 'Rathausplatz 1', '86150 Musterstadt', 'Aktenzeichen: GEWE-2026-1A2B3C4D', '2. März 2026',
      'Bescheid über die Gewerbeanmeldung', 'Begründung', 'Hinweise', 'Gebühr: 30 Euro. Genehmigungsfiktion, Pflichten, offline, Auflagen, effizient.', 'Rechtsbehelfsbelehrung', 'Verwaltungsgericht Augsburg',
      'mit dem elektronischen Siegel der Behörde versehen']) expect(out).toContain(expected);
    expect(out.indexOf('Begründung')).toBeLessThan(out.indexOf('Rechtsbehelfsbelehrung'));
  });

  it('embeds the fonts as subsets, not the standard fonts', async () => {
    const pdf = await PDFDocument.load(await renderDocument(content));
    const raw = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
    expect(raw).toContain('AMTSWG+NotoSans-Regular');
    expect(raw).not.toContain('/Helvetica');
    expect((await renderDocument(content)).byteLength).toBeLessThan(120_000);
  });

  it('heads the reasons of a certificate "Erläuterungen" and leaves out parts it does not have', async () => {
    const out = await text({ ...content, kind: 'bescheinigung', remedy: undefined, notes: undefined });
    expect(out).toContain('Erläuterungen');
    expect(out).not.toContain('Begründung');
    expect(out).not.toContain('Rechtsbehelfsbelehrung');
  });

  it('marks a draft on every page and in its title, and claims no seal (issue 11: the preview before sealing)', async () => {
    const long = { ...content, reasons: Array.from({ length: 60 }, (_, i) => `Absatz ${i + 1}: Die Anmeldung ist vollständig und richtig.`).join('\n\n'), draft: true };
    const pdf = await renderDocument(long);
    const out = runPoppler('pdftotext', pdf);
    const pages = out.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Entwurf – nicht bekanntgegeben');
    expect(out).toContain('nicht gesiegelt, nicht bekanntgegeben');
    expect(out).not.toContain('mit dem elektronischen Siegel der Behörde versehen');
    expect((await PDFDocument.load(pdf)).getTitle()).toBe('Entwurf – nicht bekanntgegeben: Bescheid über die Gewerbeanmeldung');
    expect(await text({ ...content, language: 'en', draft: true })).toContain('Draft – not issued');
    expect(await text(content)).not.toContain('Entwurf');
  });

  it('writes labels and the date in English for English documents', async () => {
    const out = await text({ ...content, language: 'en' });
    for (const expected of ['Reference: GEWE-2026-1A2B3C4D', '2 March 2026', 'Reasons', 'Information on legal remedies', 'Page 1 of 1']) expect(out).toContain(expected);
  });

  it('sets title, author and the document date as metadata', async () => {
    const info = runPoppler('pdfinfo', await renderDocument(content));
    expect(info).toMatch(/Title:\s+Bescheid über die Gewerbeanmeldung/);
    expect(info).toMatch(/Author:\s+Stadt Musterstadt – Gewerbeamt/);
    expect(info).toMatch(/CreationDate:\s+Mon Mar {2}2 00:00:00 2026 UTC/);
  });

  it('gives the same bytes for the same content', async () => {
    expect(Buffer.from(await renderDocument(content)).equals(Buffer.from(await renderDocument(content)))).toBe(true);
  });

  it('continues long content on further pages, numbered', async () => {
    const reasons = Array.from({ length: 40 }, (_, i) => `Absatz ${i + 1}: ${'Begründung des Bescheids. '.repeat(12)}`).join('\n\n');
    const pdf = await renderDocument({ ...content, reasons });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(2);
    const out = runPoppler('pdftotext', pdf);
    expect(out).toContain('Seite 2 von');
    expect(out).toContain('Absatz 40:');
  });

  it('throws for an invalid date', async () => {
    await expect(renderDocument({ ...content, date: '02.03.2026' })).rejects.toThrow(/invalid date/);
  });
});
