import fontkit from '@pdf-lib/fontkit';

/** The parts of a fontkit TrueType subset this module touches. */
interface GlyphSubset {
  _addGlyph?: (gid: number) => number;
  glyf: Uint8Array[];
  offset: number;
}

/**
 * `@pdf-lib/fontkit` with one fix: its TrueType subsets copy each glyph as is but may write the
 * short `loca` format, which can only point at even offsets. Fonts whose glyphs have odd lengths
 * (Noto Sans: a third of them) then lose most letters on screen — the text still extracts,
 * so only the picture is wrong. Padding each glyph to an even length, as the OpenType spec
 * recommends, keeps every offset right.
 */
export const subsettingFontkit: typeof fontkit = {
  ...fontkit,
  create(...args: Parameters<typeof fontkit.create>) {
    const font = fontkit.create(...args);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const glyphs = subset as unknown as GlyphSubset;
      const addGlyph = glyphs._addGlyph?.bind(subset);
      if (addGlyph) {
        glyphs._addGlyph = (gid) => {
          const index = addGlyph(gid);
          const glyph = glyphs.glyf[index]!;
          if (glyph.length % 2) {
            // fontkit's streams take only its own (polyfilled) Buffer class, the glyph's.
            const FontkitBuffer = glyph.constructor as typeof Buffer;
            glyphs.glyf[index] = FontkitBuffer.concat([glyph, FontkitBuffer.alloc(1)]);
            glyphs.offset += 1;
          }
          return index;
        };
      }
      return subset;
    };
    return font;
  },
};
