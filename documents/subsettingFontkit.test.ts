import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { documentFonts } from './documentFonts.js';
import { subsettingFontkit } from './subsettingFontkit.js';

type Subset = { includeGlyph(glyph: unknown): number; encodeStream(): NodeJS.ReadableStream };

/** Subsets `text` with a fontkit and reads the subset back: the outline of each glyph, by subset glyph id. */
async function subsetOutlines(kit: typeof fontkit, text: string): Promise<{ original: string[]; subset: string[] }> {
  const font = kit.create(documentFonts().regular);
  const subset = font.createSubset() as unknown as Subset;
  const glyphs = font.layout(text).glyphs;
  const ids = glyphs.map((g) => subset.includeGlyph(g));
  const chunks: Buffer[] = [];
  const stream = subset.encodeStream();
  await new Promise((resolve) => {
    stream.on('data', (chunk: Uint8Array) => chunks.push(Buffer.from(chunk)));
    stream.on('end', resolve);
  });
  const read = fontkit.create(Buffer.concat(chunks));
  return { original: glyphs.map((g) => g.path.toSVG()), subset: ids.map((id) => read.getGlyph(id).path.toSVG()) };
}

describe('subsettingFontkit', () => {
  it('keeps the outline of every glyph of a Noto Sans subset (odd-length glyphs included)', async () => {
    const { original, subset } = await subsetOutlines(subsettingFontkit, 'Łukasz Żółć Ørsted äöüß Baugenehmigung');
    expect(subset).toEqual(original);
  });

  it('is needed: the unpatched fontkit garbles that subset (outlines differ or do not even read)', async () => {
    const garbled = await subsetOutlines(fontkit, 'Łukasz Żółć Ørsted äöüß Baugenehmigung').then(
      ({ original, subset }) => JSON.stringify(subset) !== JSON.stringify(original),
      (e: unknown) => e instanceof RangeError,
    );
    expect(garbled).toBe(true);
  });
});
