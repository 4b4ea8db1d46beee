import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFontCharset, wrapText } from './fitText.js';

let font: PDFFont;
beforeAll(async () => {
  font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
});

describe('toFontCharset()', () => {
  it('keeps German umlauts, ß, typographic quotes, dashes and €', () => {
    expect(toFontCharset('Äöü ß „Zitat“ – 5 €', font)).toBe('Äöü ß „Zitat“ – 5 €');
  });

  it('replaces letters WinAnsi lacks by their base letter', () => {
    expect(toFontCharset('Łukasz Dvořák Erdős', font)).toBe('Lukasz Dvorák Erdos');
  });

  it('replaces characters without a base letter by ?', () => {
    expect(toFontCharset('Antrag 😀 ✓', font)).toBe('Antrag ? ?');
  });

  it('turns tabs into spaces and keeps line breaks', () => {
    expect(toFontCharset('a\tb\r\nc', font)).toBe('a b\nc');
  });
});

describe('wrapText()', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    const lines = wrapText('Die Gewerbeanmeldung wird hiermit bestätigt und ist ab sofort wirksam.', font, 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Die Gewerbeanmeldung wird hiermit bestätigt und ist ab sofort wirksam.');
  });

  it('breaks inside a word only when the word alone is too wide', () => {
    const lines = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', font, 10, 60);
    expect(lines.join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(60);
  });

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapText('a\n\nb', font, 10, 100)).toEqual(['a', '', 'b']);
  });
});
