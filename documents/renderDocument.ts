import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { documentFonts } from './documentFonts.js';
import { toFontCharset, wrapText } from './fitText.js';
import { isUtcIsoString } from './isUtcIsoString.js';
import { subsettingFontkit } from './subsettingFontkit.js';

/** What an official document says, every text already rendered in the document's language. */
export interface DocumentContent {
  /** Kind of document (`bescheid`, `ablehnung`, …): administrative acts get the headings of one. */
  kind: string;
  language: 'de' | 'en';
  authority: { name: string; address: readonly string[] };
  /** Aktenzeichen. */
  reference: string;
  procedureTitle: string;
  /** Date of the document: ISO `2026-03-02` or a UTC timestamp; shown as the date in Berlin. */
  date: string;
  /** Lines of the address block (name, street, town); none when the document names no addressee. */
  addressee: readonly string[];
  title: string;
  /** Tenor, Begründung, notes and Rechtsbehelfsbelehrung: paragraphs split at blank lines, `\n` a line break. */
  tenor: string;
  reasons: string;
  notes?: string;
  remedy?: string;
  /**
   * A preview before the event is fired: every page carries "Entwurf – nicht bekanntgegeben",
   * the title says it too, and the seal note gives way to one that says nothing is sealed.
   */
  draft?: boolean;
}

const ACTS = new Set(['bescheid', 'ablehnung']);
const TEXT = {
  de: {
    reference: 'Aktenzeichen', procedure: 'Verfahren', date: 'Datum', page: 'Seite', of: 'von', locale: 'de-DE', lang: 'de-DE',
    reasons: 'Begründung', explanations: 'Erläuterungen', notes: 'Hinweise', remedy: 'Rechtsbehelfsbelehrung',
    seal: 'Dieses Dokument wurde elektronisch erstellt und mit dem elektronischen Siegel der Behörde versehen; es ist ohne Unterschrift gültig. Das Siegel können Sie im Portal oder mit „amtsweg verify“ prüfen.',
    draft: 'Entwurf – nicht bekanntgegeben',
    draftNote: 'Vorschau vor der Entscheidung: nicht gesiegelt, nicht bekanntgegeben, ohne Rechtswirkung.',
  },
  en: {
    reference: 'Reference', procedure: 'Procedure', date: 'Date', page: 'Page', of: 'of', locale: 'en-GB', lang: 'en-GB',
    reasons: 'Reasons', explanations: 'Explanations', notes: 'Notes', remedy: 'Information on legal remedies',
    seal: 'This document was created electronically and carries the electronic seal of the authority; it is valid without a signature. You can verify the seal in the portal or with "amtsweg verify".',
    draft: 'Draft – not issued',
    draftNote: 'Preview before the decision: not sealed, not issued, without legal effect.',
  },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const WIDTH = A4[0] - 2 * MARGIN;
const GREY = rgb(0.35, 0.35, 0.35);
const BLACK = rgb(0, 0, 0);
// Subset fonts carry a tag before their name; a fixed one (pdf-lib would pick a random one) keeps the bytes reproducible.
const FONT_NAMES = { regular: 'AMTSWG+NotoSans-Regular', bold: 'AMTSWG+NotoSans-Bold' };

const paragraphs = (text: string | undefined) => (text ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/**
 * Renders an official document as an A4 PDF with the parts of a German administrative act:
 * authority and address, addressee, Aktenzeichen and date, title, Tenor, Begründung, notes,
 * Rechtsbehelfsbelehrung and the seal note. Noto Sans is embedded as a subset, so every Latin,
 * Greek and Cyrillic letter prints as written. Pure: the same content gives the same bytes
 * (metadata dates come from `date`, not the clock). Throws for an invalid `date`.
 */
export async function renderDocument(content: DocumentContent): Promise<Uint8Array> {
  const date = new Date(content.date);
  // Strict ISO only: `new Date('02.03.2026')` would happily guess a month-first local date.
  if (!(ISO_DATE.test(content.date) || isUtcIsoString(content.date)) || Number.isNaN(date.getTime())) throw new TypeError(`renderDocument: invalid date ${JSON.stringify(content.date)}`);
  const text = TEXT[content.language];
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(subsettingFontkit);
  const fonts = documentFonts();
  const regular = await pdf.embedFont(fonts.regular, { subset: true, customName: FONT_NAMES.regular });
  const bold = await pdf.embedFont(fonts.bold, { subset: true, customName: FONT_NAMES.bold });
  setMetadata(pdf, content, date, text.lang, content.draft ? text.draft : undefined);

  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  /** Draws wrapped lines at x, moving down; starts a new page when the bottom margin is reached. */
  const write = (value: string, font: PDFFont, size: number, color = BLACK, x = MARGIN, width = WIDTH): void => {
    for (const line of wrapText(toFontCharset(value, font), font, size, width)) {
      if (y - size < MARGIN + 30) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x, y: y - size, size, font, color });
      y -= size * 1.4;
    }
  };
  const section = (heading: string | undefined, body: string | undefined, size = 10.5) => {
    const parts = paragraphs(body);
    if (!parts.length) return;
    y -= 8;
    if (heading) write(heading, bold, 11);
    for (const p of parts) {
      write(p, regular, size);
      y -= 5;
    }
  };

  // Letterhead: authority and its address; the date on the right.
  write(content.authority.name, bold, 12);
  for (const line of content.authority.address) write(line, regular, 9, GREY);
  const formattedDate = toFontCharset(new Intl.DateTimeFormat(text.locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date), regular);
  page.drawText(formattedDate, { x: A4[0] - MARGIN - regular.widthOfTextAtSize(formattedDate, 10), y: A4[1] - MARGIN - 12, size: 10, font: regular });
  y -= 18;
  if (content.addressee.length) {
    write([content.authority.name, ...content.authority.address].join(' · '), regular, 7, GREY);
    y -= 2;
    for (const line of content.addressee) write(line, regular, 11);
    y -= 14;
  }
  write(`${text.reference}: ${content.reference}`, regular, 9.5, GREY);
  write(`${text.procedure}: ${content.procedureTitle}`, regular, 9.5, GREY);
  y -= 16;
  write(content.title, bold, 15);
  section(undefined, content.tenor, 11);
  section(ACTS.has(content.kind) ? text.reasons : text.explanations, content.reasons);
  section(text.notes, content.notes);
  section(text.remedy, content.remedy);
  y -= 14;
  write(content.authority.name, bold, 10);
  write(content.draft ? text.draftNote : text.seal, regular, 8.5, GREY);

  drawPageNumbers(pdf.getPages(), regular, text);
  if (content.draft) drawDraftMark(pdf.getPages(), bold, text.draft);
  return pdf.save();
}

function setMetadata(pdf: PDFDocument, content: DocumentContent, date: Date, lang: string, draft: string | undefined): void {
  pdf.setTitle(draft ? `${draft}: ${content.title}` : content.title);
  pdf.setAuthor(content.authority.name);
  pdf.setSubject(`${content.procedureTitle} – ${content.reference}`);
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

/** The preview's mark: a line at the top and a large diagonal one across each page, in red. */
function drawDraftMark(pages: PDFPage[], font: PDFFont, label: string): void {
  const red = rgb(0.75, 0.05, 0.05);
  for (const page of pages) {
    page.drawText(label, { x: MARGIN, y: A4[1] - MARGIN / 2, size: 11, font, color: red });
    const size = 44;
    const width = font.widthOfTextAtSize(label, size);
    const turn = Math.PI / 4;
    // Centred on the page, turned by 45°: start half the text's length back along the diagonal.
    page.drawText(label, {
      x: A4[0] / 2 - (width / 2) * Math.cos(turn), y: A4[1] / 2 - (width / 2) * Math.sin(turn), size, font, color: red, opacity: 0.18, rotate: degrees(45),
    });
  }
}
