/**
 * Text widths from the bundled DejaVu fonts (the fonts resvg draws preview images with), so
 * build-time layouts wrap and shrink text by the real glyph widths, kerning included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import type { Font, Glyph } from 'opentype.js';
import type { Measure } from '../../src/components/share/images/text-fit';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const PREVIEW_FONT_FILES = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;
export const PREVIEW_FONT_FAMILY = 'DejaVu Sans';

function load(file: string): Font {
  const bytes = readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * Glyph advances plus pair kerning. (opentype.js's own getAdvanceWidth runs its shaper, which
 * stops on a DejaVu substitution table it does not support; advances and kerning are all a
 * line of Latin text needs, and what resvg's shaper applies.)
 */
export function dejaVuMeasure(): Measure {
  const fonts = { regular: load(PREVIEW_FONT_FILES.regular), bold: load(PREVIEW_FONT_FILES.bold) };
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let units = cache.get(key);
    if (units === undefined) {
      const font = bold ? fonts.bold : fonts.regular;
      units = 0;
      let previous: Glyph | undefined;
      for (const char of text) {
        const glyph = font.charToGlyph(char);
        units += glyph.advanceWidth ?? 0;
        if (previous) units += font.getKerningValue(previous, glyph);
        previous = glyph;
      }
      units /= font.unitsPerEm;
      cache.set(key, units);
    }
    return units * size;
  };
}
