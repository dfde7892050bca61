/**
 * Fits text into a box by real glyph widths: wraps at word boundaries, then shrinks the type,
 * and only as a last resort shortens the text at a word boundary with an ellipsis. A headline
 * is never cut mid-word. The width of text comes from a `Measure`, so the same layout runs at
 * build time (the font file's metrics) and in the browser (the canvas's metrics).
 */

/** The width, in pixels, of `text` set at `size` pixels. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  maxSize: number;
  minSize: number;
  bold?: boolean;
  /** Line height as a multiple of the size. */
  leading?: number;
  /** The most height the lines may take; limits maxLines further at larger sizes. */
  maxHeight?: number;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** Line height in pixels. */
  lineHeight: number;
  /** True when the text had to be shortened (it did not fit whole at the smallest size). */
  shortened: boolean;
}

const ELLIPSIS = '…';
export const DEFAULT_LEADING = 1.22;

/** Greedy wrap by words. A single word wider than the line gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, size: number, bold: boolean, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function linesAllowed(options: FitOptions, size: number): number {
  const leading = options.leading ?? DEFAULT_LEADING;
  const byHeight = options.maxHeight === undefined ? Infinity : Math.floor(options.maxHeight / (size * leading));
  return Math.max(1, Math.min(options.maxLines, byHeight));
}

/** Whether wrapped lines fit: few enough, and none wider than the box (a long word may be). */
function fits(lines: string[], allowed: number, options: FitOptions, size: number, measure: Measure): boolean {
  return lines.length <= allowed && lines.every((l) => measure(l, size, options.bold ?? false) <= options.maxWidth);
}

export function fitText(text: string, options: FitOptions, measure: Measure): Fitted {
  const bold = options.bold ?? false;
  const leading = options.leading ?? DEFAULT_LEADING;
  const step = Math.max(0.5, options.maxSize / 40);
  for (let size = options.maxSize; size >= options.minSize - 1e-9; size -= step) {
    const lines = wrapWords(text, options.maxWidth, size, bold, measure);
    if (fits(lines, linesAllowed(options, size), options, size, measure)) {
      return { size, lines, lineHeight: size * leading, shortened: false };
    }
  }
  const size = options.minSize;
  return {
    size,
    lines: shorten(text, linesAllowed(options, size), options.maxWidth, size, bold, measure),
    lineHeight: size * leading,
    shortened: true,
  };
}

/** The words that fit in `maxLines` lines, the last ending in an ellipsis after a whole word. */
function shorten(
  text: string,
  maxLines: number,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const lines = wrapWords(text, maxWidth, size, bold, measure).slice(0, maxLines);
  let last = lines[lines.length - 1] ?? '';
  while (last.includes(' ') && measure(`${last}${ELLIPSIS}`, size, bold) > maxWidth) last = last.replace(/\s+\S+$/, '');
  // Trailing punctuation before the ellipsis reads badly ("report it:…").
  lines[lines.length - 1] = `${last.replace(/[\s,;:–—-]+$/, '')}${ELLIPSIS}`;
  return lines;
}
