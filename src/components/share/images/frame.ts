/**
 * The frame every picture shares: a white page with the site's accent band, and a footer that
 * carries what a picture needs to travel on its own: the site's name, the link back to the
 * view, the date and the licence line. Layouts draw into the box the frame leaves them.
 */
import { messages } from '../../../i18n/messages';
import { licence } from '../../../i18n/share';
import { ACCENT, escapeXml, INK, MUTED, rect, textLines } from './svg';
import { DEFAULT_LEADING, fitText, wrapWords, type Fitted, type Measure } from './text-fit';

export interface ImageMeta {
  /** What the picture shows; also its SVG <title>. */
  title: string;
  /** The absolute address of the view. */
  link: string;
  /** A date line, e.g. "Last reviewed 2026-11-20 · Downloaded 2026-12-06". */
  date?: string;
}

export interface ImageFrame {
  width: number;
  height: number;
  measure: Measure;
  /** The font family list written into the SVG (the renderer's fonts). */
  fontFamily: string;
  meta: ImageMeta;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The sizes a reader can download, and the size of link previews. */
export const IMAGE_SIZES = {
  slides: { width: 1920, height: 1080 },
  social: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
} as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

/** One design unit: a pixel on a 630-pixel-high preview, larger on larger pictures. */
export const unitOf = (frame: Pick<ImageFrame, 'width' | 'height'>): number =>
  Math.min(frame.width, frame.height) / 630;

export function drawFrame(frame: ImageFrame, drawBody: (box: Box, u: number) => string): string {
  const { width, height, meta, measure } = frame;
  const u = unitOf(frame);
  const margin = 44 * u;
  const footerSize = 17 * u;
  // Whole, always: the link and the licence line are what let a picture travel on its own.
  // Both lines in one size: the largest at which each fits on one line, else on two.
  const footerLines = [
    `${messages.siteName} · ${meta.link}`,
    [meta.date, licence.fileLine].filter(Boolean).join(' · '),
  ];
  const fitAll = (maxLines: number, minSize: number) => {
    const fitted = footerLines.map((text, i) =>
      fitText(
        text,
        { maxWidth: width - 2 * margin, maxLines, maxSize: footerSize, minSize: minSize * u, bold: i === 0 },
        measure,
      ),
    );
    const size = Math.min(...fitted.map((f) => f.size));
    const lines = footerLines.map((text, i) => wrapWords(text, width - 2 * margin, size, i === 0, measure));
    return { whole: fitted.every((f) => !f.shortened), lines, size };
  };
  const oneLine = fitAll(1, 13);
  const footer = oneLine.whole ? oneLine : fitAll(2, 11);
  const [first, second] = footer.lines.map((lines) => ({
    size: footer.size,
    lines,
    lineHeight: footer.size * DEFAULT_LEADING,
    shortened: false,
  })) as [Fitted, Fitted];
  const footerTop =
    height - margin * 0.7 - first.lines.length * first.lineHeight - second.lines.length * second.lineHeight;
  const body: Box = {
    x: margin,
    y: 12 * u + margin * 0.8,
    width: width - 2 * margin,
    height: footerTop - 16 * u - (12 * u + margin * 0.8),
  };
  const description = `${meta.link} · ${licence.fileLine}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(frame.fontFamily)}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    rect(0, 0, width, height, '#ffffff'),
    rect(0, 0, width, 12 * u, ACCENT),
    drawBody(body, u),
    rect(margin, footerTop - 10 * u, width - 2 * margin, Math.max(1, u), '#d8d0e3'),
    textLines(margin, footerTop, first, { fill: ACCENT, bold: true }),
    textLines(margin, footerTop + first.lines.length * first.lineHeight, second, { fill: MUTED }),
    '</svg>',
  ].join('\n');
}

/** The picture's title, fitted to the top of the box; returns the markup and the height used. */
export function drawTitle(box: Box, u: number, title: string, measure: Measure): { svg: string; height: number } {
  // Two lines in large type if it fits; else three; a title is never shortened if it can be whole.
  const at = (maxLines: number, minSize: number) =>
    fitText(
      title,
      {
        maxWidth: box.width,
        maxLines,
        maxSize: 50 * u,
        minSize: minSize * u,
        bold: true,
        leading: 1.15,
        maxHeight: box.height * 0.26,
      },
      measure,
    );
  let fitted = at(2, 34);
  if (fitted.shortened) fitted = at(3, 24);
  return {
    svg: textLines(box.x, box.y, fitted, { bold: true, fill: INK }),
    height: fitted.lines.length * fitted.lineHeight,
  };
}
