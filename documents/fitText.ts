import type { PDFFont } from 'pdf-lib';

/** Letters Unicode does not decompose to a base letter, for names from neighbouring languages. */
const BASE_LETTERS: Record<string, string> = { 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i' };

/**
 * Makes `text` drawable with `font`: characters the font lacks (with the embedded Noto Sans, only
 * scripts beyond Latin, Greek and Cyrillic, or emoji) are replaced by their base letter when they
 * have one (ő → o, Ł → L) or by `?` — never a crash on an unexpected character. Tabs become spaces;
 * line breaks are kept for {@link wrapText}.
 */
export function toFontCharset(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const char of text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || supported.has(code)) out += char;
    else {
      const base = BASE_LETTERS[char] ?? char.normalize('NFD').charAt(0);
      out += base !== char && supported.has(base.codePointAt(0) ?? 0) ? base : '?';
    }
  }
  return out;
}

/**
 * Breaks `text` (already in the font's charset) into lines no wider than `width` points: at spaces
 * where possible, inside a word only when the word alone is too wide. Empty input gives one empty line.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return lines;
}
