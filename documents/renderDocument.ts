import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { toFontCharset, wrapText } from './fitText.js';
import { isUtcIsoString } from './isUtcIsoString.js';

/** What a decision (Bescheid) or other official letter says; all text in the document's language. */
export interface DocumentContent {
  title: string;
  /** Display name of the authority, e.g. "Gewerbeamt Musterstadt". */
  authority: string;
  caseId: string;
  procedureTitle: string;
  fields: readonly { label: string; value: string }[];
  /** Body paragraphs; a `\n` inside one is a line break. */
  body: readonly string[];
  /** Date of the document: ISO `2026-03-02` or a UTC timestamp; shown as the date in Berlin. */
  date: string;
  language: 'de' | 'en';
}

const TEXT = {
  de: { caseId: 'Aktenzeichen', procedure: 'Verfahren', page: 'Seite', of: 'von', locale: 'de-DE', lang: 'de-DE',
    sealNote: 'Dieses Dokument wurde elektronisch erstellt und mit dem elektronischen Siegel der Behörde versehen.' },
  en: { caseId: 'Case', procedure: 'Procedure', page: 'Page', of: 'of', locale: 'en-GB', lang: 'en-GB',
    sealNote: 'This document was created electronically and carries the electronic seal of the authority.' },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const WIDTH = A4[0] - 2 * MARGIN;
const LABEL_WIDTH = 170;
const GREY = rgb(0.35, 0.35, 0.35);

/**
 * Renders an official document as an A4 PDF with the standard Helvetica fonts (umlauts and ß
 * render; characters outside WinAnsi are replaced, not fatal). Pure: the same content gives the
 * same bytes, since metadata dates come from `date`, not the clock. Throws for an invalid `date`.
 */
export async function renderDocument(content: DocumentContent): Promise<Uint8Array> {
  const date = new Date(content.date);
  // Strict ISO only: `new Date('02.03.2026')` would happily guess a month-first local date.
  if (!(ISO_DATE.test(content.date) || isUtcIsoString(content.date)) || Number.isNaN(date.getTime())) throw new TypeError(`renderDocument: invalid date ${JSON.stringify(content.date)}`);
  const text = TEXT[content.language];
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  setMetadata(pdf, content, date, text.lang);

  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  /** Draws wrapped lines at x, moving down; starts a new page when the bottom margin is reached. */
  const write = (value: string, font: PDFFont, size: number, x = MARGIN, width = WIDTH, color = rgb(0, 0, 0)): number => {
    const lines = wrapText(toFontCharset(value, font), font, size, width);
    for (const line of lines) {
      if (y - size < MARGIN + 30) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x, y: y - size, size, font, color });
      y -= size * 1.4;
    }
    return lines.length;
  };

  write(content.authority, bold, 12);
  const formattedDate = toFontCharset(new Intl.DateTimeFormat(text.locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date), regular);
  page.drawText(formattedDate, { x: A4[0] - MARGIN - regular.widthOfTextAtSize(formattedDate, 10), y: y + 2, size: 10, font: regular });
  y -= 6;
  write(`${text.caseId}: ${content.caseId}`, regular, 10, MARGIN, WIDTH, GREY);
  write(`${text.procedure}: ${content.procedureTitle}`, regular, 10, MARGIN, WIDTH, GREY);
  y -= 24;
  write(content.title, bold, 16);
  y -= 10;

  for (const field of content.fields) {
    const top = y;
    const topPage = page;
    write(field.label, bold, 10, MARGIN, LABEL_WIDTH - 10);
    const labelBottom = y;
    // The value starts level with its label, unless the label itself ran onto a new page.
    if (page === topPage) y = top;
    write(field.value, regular, 10, MARGIN + LABEL_WIDTH, WIDTH - LABEL_WIDTH);
    if (page === topPage) y = Math.min(y, labelBottom);
    y -= 4;
  }
  y -= 12;
  for (const paragraph of content.body) {
    write(paragraph, regular, 11);
    y -= 8;
  }
  y -= 8;
  write(text.sealNote, regular, 9, MARGIN, WIDTH, GREY);

  drawPageNumbers(pdf.getPages(), regular, text);
  return pdf.save();
}

function setMetadata(pdf: PDFDocument, content: DocumentContent, date: Date, lang: string): void {
  pdf.setTitle(content.title);
  pdf.setAuthor(content.authority);
  pdf.setSubject(content.procedureTitle);
  pdf.setCreator('Amtsweg');
  pdf.setProducer('Amtsweg (pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage(lang);
}

function drawPageNumbers(pages: PDFPage[], font: PDFFont, text: (typeof TEXT)[keyof typeof TEXT]): void {
  pages.forEach((page, index) => {
    const label = `${text.page} ${index + 1} ${text.of} ${pages.length}`;
    page.drawText(label, { x: A4[0] - MARGIN - font.widthOfTextAtSize(label, 8), y: MARGIN - 20, size: 8, font, color: GREY });
  });
}
